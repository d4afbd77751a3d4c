package org.pressdesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.ui.MainAssembly;
import org.pressdesk.ui.SharedDataWindowTest;
import org.testfx.api.FxRobot;

/**
 * The menus the assembly declares, as the user meets them: every menu, every entry in its order, its text and its
 * keyboard shortcut, and what depends on the role. A new entry changes this table on purpose.
 */
class MainMenusWindowTest extends SharedDataWindowTest {
    @Test
    void anAdministratorSeesEveryMenuInItsOrderWithItsShortcuts(FxRobot robot) {
        MenuBar bar = menuBar(robot, data.admin);
        assertThat(bar.getMenus().stream().map(m -> m.getId() + " " + m.getText()).toList()).containsExactly(
                "menuFile Fichier", "menuEdit Édition", "menuView Affichage", "menuReview Relecture",
                "menuTools Outils", "menuHelp Aide");
        assertThat(entries(bar, "menuFile")).containsExactly(expected("menuNew Shortcut+N",
                "menuNewWindow Shortcut+Shift+N", "menuImport Shortcut+Shift+I", "menuExchange", "---",
                "menuSave Shortcut+S",
                "menuExport Shortcut+E", "menuExportSelection Shortcut+Shift+E", "---", "menuSwitchUser",
                "menuClose Shortcut+W", "menuQuit Shortcut+Q"));
        assertThat(entries(bar, "menuEdit")).containsExactly(expected("menuFilter Shortcut+F",
                "menuSearch Shortcut+Shift+F", "menuDiscard"));
        assertThat(entries(bar, "menuView")).containsExactly(expected("menuPreview Shortcut+P", "menuRefresh F5"));
        assertThat(entries(bar, "menuReview")).containsExactly(expected("menuSubmit Shortcut+Shift+S",
                "menuReviewQueue Shortcut+R", "menuHistory Shortcut+H", "---", "menuAuditLog"));
        assertThat(entries(bar, "menuTools")).containsExactly(expected("menuLetterhead", "menuAccounts",
                "menuVerifyPdf", "menuPreferences Shortcut+Comma", "menuVerifyAudit", "---", "menuTags",
                "menuRebuildIndex", "menuBackups", "menuEncrypt"));
        assertThat(entries(bar, "menuHelp")).containsExactly(expected("menuAbout"));
        assertThat(item(bar, "menuTools", "menuLetterhead").isDisable()).isFalse();
        assertThat(item(bar, "menuFile", "menuNew").getText()).isEqualTo(data.messages.get("menu.file.new"));
        assertThat(((CheckMenuItem) item(bar, "menuView", "menuPreview")).isSelected()).isTrue();
    }

    @Test
    void anEditorHasNoAccountsEntryAndCannotOpenTheLetterhead(FxRobot robot) {
        MenuBar bar = menuBar(robot, data.editor);
        assertThat(entries(bar, "menuTools")).containsExactly(expected("menuLetterhead", "menuVerifyPdf",
                "menuPreferences Shortcut+Comma", "menuVerifyAudit", "---", "menuTags", "menuRebuildIndex"));
        assertThat(item(bar, "menuTools", "menuLetterhead").isDisable()).isTrue();
    }

    private MenuBar menuBar(FxRobot robot, UserAccount user) {
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> window[0] = new MainAssembly(data.services,
                runners.context(user, data.messages, (o, t, f, d, n) -> Optional.empty())).mainWindow(new Stage()));
        return (MenuBar) window[0].stage().getScene().lookup("#menuBar");
    }

    /** "id accelerator" as the assembly writes them, the accelerator in the toolkit's own spelling. */
    private static String[] expected(String... entries) {
        return Arrays.stream(entries).map(entry -> {
            int space = entry.indexOf(' ');
            return space < 0 ? entry
                    : entry.substring(0, space) + " " + KeyCombination.keyCombination(entry.substring(space + 1))
                            .getName();
        }).toArray(String[]::new);
    }

    private static List<String> entries(MenuBar bar, String menuId) {
        return menu(bar, menuId).getItems().stream().map(MainMenusWindowTest::describe).toList();
    }

    private static String describe(MenuItem item) {
        if (item instanceof SeparatorMenuItem) {
            return "---";
        }
        return item.getAccelerator() == null ? item.getId() : item.getId() + " " + item.getAccelerator().getName();
    }

    private static MenuItem item(MenuBar bar, String menuId, String itemId) {
        return menu(bar, menuId).getItems().stream().filter(i -> itemId.equals(i.getId())).findFirst().orElseThrow();
    }

    private static Menu menu(MenuBar bar, String id) {
        return bar.getMenus().stream().filter(m -> id.equals(m.getId())).findFirst().orElseThrow();
    }
}
