package org.pressdesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.ui.MainAssembly;
import org.pressdesk.ui.UiTestData;
import org.pressdesk.ui.UnsavedQuestion;
import org.pressdesk.ui.WindowRunners;
import org.pressdesk.ui.common.Theme;
import org.pressdesk.ui.common.UiContext;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The session in the window: accounts for an administrator, switching user and quitting without losing text. */
@ExtendWith(ApplicationExtension.class)
class SessionWindowTest {
    @TempDir
    static Path directory;

    private UiTestData data;
    private final WindowRunners runners = new WindowRunners();
    private final AtomicInteger switches = new AtomicInteger();
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Theme.apply();
        data = new UiTestData(Files.createTempDirectory(directory, "run").resolve("data"));
    }

    @AfterEach
    void close() {
        runners.close();
        data.close();
    }

    private void open(FxRobot robot, UserAccount user) throws Exception {
        UiContext base = runners.context(user, data.messages, (o, t, f, d, n) -> Optional.empty());
        UiContext context = new UiContext(base.user(), base.messages(), base.persistence(),
                base.rendering(), base.listing(), base.scheduler(), base.dialogs(),
                new UiContext.Windows() {
                    @Override
                    public void openMainWindow() {
                    }

                    @Override
                    public void languageChanged() {
                    }

                    @Override
                    public void switchUser() {
                        switches.incrementAndGet();
                    }
                });
        robot.interact(() -> {
            window = new MainAssembly(data.services, context).mainWindow(new Stage());
            window.show(false);
        });
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> robot.lookup("#officeBox").queryComboBox().getValue() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void anAdministratorAddsAManagerFromToolsAccounts(FxRobot robot) throws Exception {
        open(robot, data.admin);

        robot.clickOn("#menuTools").clickOn("#menuAccounts");
        TableView<UserAccount> table = robot.lookup("#accountsTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        robot.clickOn("#newUsernameField").write("fatou");
        robot.clickOn("#addAccountButton");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        String password = robot.lookup("#shownPassword").queryTextInputControl().getText();
        assertThat(password).isNotBlank();
        assertThat(robot.lookup("#shownPassword").query().isVisible()).isTrue();
        assertThat(data.services.accounts().signIn("fatou", password.toCharArray()).username()).isEqualTo("fatou");
        robot.interact(() -> window.stage().close());
    }

    @Test
    void closingTheAccountsWindowWithAnAccountTypedButNotAddedAsksFirst(FxRobot robot) throws Exception {
        open(robot, data.admin);
        robot.clickOn("#menuTools").clickOn("#menuAccounts");
        TableView<UserAccount> table = robot.lookup("#accountsTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        robot.clickOn("#newUsernameField").write("fatou");
        javafx.stage.Window accounts = table.getScene().getWindow();

        UnsavedQuestion.closing(robot, accounts, "accountsUnsavedDialog");
        robot.clickOn(UnsavedQuestion.button(robot, "accountsUnsavedDialog", data.messages.get("unsaved.cancel")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(accounts.isShowing()).isTrue();
        assertThat(robot.lookup("#newUsernameField").queryTextInputControl().getText()).isEqualTo("fatou");

        UnsavedQuestion.closing(robot, accounts, "accountsUnsavedDialog");
        robot.clickOn(UnsavedQuestion.button(robot, "accountsUnsavedDialog",
                data.messages.get("accounts.unsaved.add")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        assertThat(accounts.isShowing()).as("the new password is shown once, so the window stays").isTrue();
        assertThat(robot.lookup("#shownPassword").queryTextInputControl().getText()).isNotBlank();

        robot.clickOn("#newUsernameField").write("awa");
        UnsavedQuestion.closing(robot, accounts, "accountsUnsavedDialog");
        robot.clickOn(UnsavedQuestion.button(robot, "accountsUnsavedDialog", data.messages.get("unsaved.discard")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !accounts.isShowing());
        assertThat(data.services.accounts().list(data.admin).stream().map(UserAccount::username)).doesNotContain("awa");
        robot.interact(() -> window.stage().close());
    }

    @Test
    void anEditorHasNoAccountsMenuButCanSwitchUser(FxRobot robot) throws Exception {
        open(robot, data.editor);

        robot.clickOn("#menuTools");
        assertThat(robot.lookup("#menuAccounts").tryQuery()).isEmpty();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        robot.clickOn("#menuFile").clickOn("#menuSwitchUser");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> switches.get() == 1);
        robot.interact(() -> window.stage().close());
    }

    @Test
    void switchingUserOrQuittingWithUnsavedTextAsksFirst(FxRobot robot) throws Exception {
        open(robot, data.editor);
        robot.clickOn("#titleField").write("Texte en cours");

        robot.clickOn("#menuFile").clickOn("#menuSwitchUser");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#unsavedDialog").tryQuery().isPresent());
        robot.clickOn("Annuler");
        assertThat(switches.get()).isZero();
        assertThat(window.stage().isShowing()).isTrue();

        robot.clickOn("#titleField");
        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#unsavedDialog").tryQuery().isPresent());
        robot.clickOn("Annuler");
        assertThat(window.stage().isShowing()).isTrue();
        assertThat(robot.lookup("#titleField").queryTextInputControl().getText()).isEqualTo("Texte en cours");
    }

    @Test
    void theSearchTabPutsTheCursorInItsFieldAndCtrlIStaysItalic(FxRobot robot) throws Exception {
        open(robot, data.editor);

        robot.clickOn("#searchTab");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.stage().getScene().getFocusOwner().getId()).isEqualTo("searchField");

        MenuItem importItem = robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().get(0).getItems().stream()
                .filter(item -> "menuImport".equals(item.getId())).findFirst().orElseThrow();
        assertThat(importItem.getAccelerator().getName()).doesNotMatch("(Ctrl|Shortcut)\\+I");
        robot.interact(() -> window.stage().close());
    }
}
