package org.pressdesk.ui.main;

import java.util.Optional;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.pressdesk.i18n.Messages;

/**
 * What the signed-in session adds to the main window's menus: Fichier → Changer d’utilisateur (before closing the
 * window) and, for an administrator, Outils → Comptes.
 */
final class SessionHooks {
    private SessionHooks() {
    }

    /** What the session's menu entries do. */
    record Actions(boolean administrator, Runnable accounts, Runnable switchUser) {
    }

    static void installMenus(MenuBar bar, Messages messages, Actions actions) {
        menu(bar, "menuFile").ifPresent(file -> {
            int close = file.getItems().stream().map(MenuItem::getId).toList().indexOf("menuClose");
            file.getItems().add(close < 0 ? file.getItems().size() : close,
                    item("menuSwitchUser", messages.get("menu.file.switchUser"), actions.switchUser()));
        });
        if (actions.administrator()) {
            menu(bar, "menuTools").ifPresent(tools -> tools.getItems().add(1,
                    item("menuAccounts", messages.get("menu.tools.accounts"), actions.accounts())));
        }
    }

    private static Optional<Menu> menu(MenuBar bar, String id) {
        return bar.getMenus().stream().filter(m -> id.equals(m.getId())).findFirst();
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}
