package org.pressdesk.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.domain.PermissionDeniedException;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.Role;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.testing.TestOffice;

/** What an administrator does to accounts from the window: role, deactivation, unlock, password reset. */
class AccountAdministrationTest {
    private static final char[] GOOD = TestOffice.PASSWORD.toCharArray();

    @TempDir
    Path tempDir;

    private TestOffice office;
    private AccountService accounts;
    private UserAccount editor;

    @BeforeEach
    void open() {
        office = TestOffice.open(tempDir);
        accounts = office.services().accounts();
        editor = accounts.createAccount(office.admin(), "moussa", "Moussa", Role.EDITOR, GOOD);
    }

    @AfterEach
    void close() {
        office.close();
    }

    @Test
    void anAdministratorMakesAnEditorAManager() {
        UserAccount changed = accounts.changeRole(office.admin(), editor, Role.MANAGER);

        assertThat(changed.role()).isEqualTo(Role.MANAGER);
        assertThat(accounts.signIn("moussa", GOOD).role()).isEqualTo(Role.MANAGER);
    }

    @Test
    void onlyAnAdministratorChangesAccounts() {
        assertThatThrownBy(() -> accounts.changeRole(editor, editor, Role.ADMINISTRATOR))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> accounts.resetPassword(editor, office.admin()))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void theLastActiveAdministratorStaysOne() {
        assertThatThrownBy(() -> accounts.changeRole(office.admin(), office.admin(), Role.EDITOR))
                .isInstanceOfSatisfying(PressDeskException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.lastAdministrator"));
        assertThatThrownBy(() -> accounts.setActive(office.admin(), office.admin(), false))
                .isInstanceOfSatisfying(PressDeskException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.cannotDeactivateSelf"));
    }

    @Test
    void aDeactivatedAccountCannotSignInUntilActivatedAgain() {
        accounts.setActive(office.admin(), editor, false);
        assertThatThrownBy(() -> accounts.signIn("moussa", GOOD)).isInstanceOf(PressDeskException.class);

        accounts.setActive(office.admin(), editor, true);
        assertThat(accounts.signIn("moussa", GOOD).active()).isTrue();
    }

    @Test
    void aResetPasswordIsShownOnceAndTheOldOneStopsWorking() {
        char[] fresh = accounts.resetPassword(office.admin(), editor);

        assertThat(fresh).hasSize(NewPasswords.LENGTH);
        assertThat(accounts.signIn("moussa", fresh).username()).isEqualTo("moussa");
        assertThatThrownBy(() -> accounts.signIn("moussa", GOOD)).isInstanceOf(PressDeskException.class);
    }

    @Test
    void unlockingForgetsFailedAttempts() {
        for (int i = 0; i < 6; i++) {
            assertThatThrownBy(() -> accounts.signIn("moussa", "faux-mot-de-passe".toCharArray()))
                    .isInstanceOf(PressDeskException.class);
        }
        int waitsBefore = office.sleeper().waits().size();

        accounts.unlock(office.admin(), editor);
        accounts.signIn("moussa", GOOD);

        assertThat(office.sleeper().waits()).hasSize(waitsBefore);
    }
}
