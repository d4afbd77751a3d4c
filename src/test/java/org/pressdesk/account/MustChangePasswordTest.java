package org.pressdesk.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.Role;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.testing.TestOffice;

/** A reset that asks its owner to choose their own password at the next sign-in, on the real database. */
class MustChangePasswordTest {
    @TempDir
    Path tempDir;

    private TestOffice office;
    private AccountService accounts;
    private UserAccount editor;

    @BeforeEach
    void open() {
        office = TestOffice.open(tempDir);
        accounts = office.services().accounts();
        editor = accounts.createAccount(office.admin(), "moussa", "Moussa", Role.EDITOR,
                TestOffice.PASSWORD.toCharArray());
    }

    @AfterEach
    void close() {
        office.close();
    }

    @Test
    void aResetToChangeLetsTheHandedOverPasswordSignInOnceThenAsksForANewOne() {
        assertThat(accounts.mustChangePassword(editor)).isFalse();

        char[] handedOver = accounts.resetPassword(office.admin(), editor, true);
        UserAccount signedIn = accounts.signIn("moussa", handedOver.clone());

        assertThat(accounts.mustChangePassword(signedIn)).isTrue();
        accounts.chooseOwnPassword(signedIn, "le-mien-a-moi".toCharArray(), "le-mien-a-moi".toCharArray());
        assertThat(accounts.mustChangePassword(signedIn)).isFalse();
        assertThat(accounts.signIn("moussa", "le-mien-a-moi".toCharArray()).id()).isEqualTo(editor.id());
        assertThatThrownBy(() -> accounts.signIn("moussa", handedOver)).isInstanceOf(PressDeskException.class);
    }

    @Test
    void theNewPasswordMustBeTypedTwiceAlikeFollowTheLengthRuleAndDifferFromTheHandedOverOne() {
        char[] handedOver = accounts.resetPassword(office.admin(), editor, true);

        assertRefused(() -> accounts.chooseOwnPassword(editor, "le-mien-a-moi".toCharArray(),
                "le-mien-a-toi".toCharArray()), "account.passwordsDiffer");
        assertRefused(() -> accounts.chooseOwnPassword(editor, "court".toCharArray(), "court".toCharArray()),
                "account.passwordTooShort");
        assertRefused(() -> accounts.chooseOwnPassword(editor, handedOver.clone(), handedOver.clone()),
                "account.passwordUnchanged");
        assertThat(accounts.mustChangePassword(editor)).as("still to change after refusals").isTrue();
    }

    @Test
    void aResetShownOnceWithoutTheChoiceAsksNothingAndAnyPasswordChangeClearsTheFlag() {
        accounts.resetPassword(office.admin(), editor);
        assertThat(accounts.mustChangePassword(editor)).isFalse();

        accounts.resetPassword(office.admin(), editor, true);
        accounts.changePassword(office.admin(), editor, "choisi-par-admin".toCharArray());

        assertThat(accounts.mustChangePassword(editor)).isFalse();
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(PressDeskException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
