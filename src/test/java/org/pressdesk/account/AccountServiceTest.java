package org.pressdesk.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pressdesk.domain.AuditEvent;
import org.pressdesk.domain.AuditKind;
import org.pressdesk.domain.PermissionDeniedException;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.Role;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.i18n.Messages;
import org.pressdesk.store.AuditRepository;
import org.pressdesk.store.UserRepository;
import org.pressdesk.store.jooq.Tables;
import org.pressdesk.testing.TestOffice;

class AccountServiceTest {
    private static final char[] GOOD = TestOffice.PASSWORD.toCharArray();

    @TempDir
    Path tempDir;

    private TestOffice office;
    private AccountService accounts;

    @BeforeEach
    void open() {
        office = TestOffice.open(tempDir);
        accounts = office.services().accounts();
    }

    @AfterEach
    void close() {
        office.close();
    }

    @Test
    void theFirstAdministratorIsCreatedOnceOnly() {
        assertThat(office.admin().role()).isEqualTo(Role.ADMINISTRATOR);
        assertThat(lastEvents(2)).extracting(AuditEvent::kind, AuditEvent::detail).containsExactly(
                tuple(AuditKind.ACCOUNT_CREATED, "user=admin role=ADMINISTRATOR"),
                tuple(AuditKind.OFFICE_CREATED, "office=BIP/MAECI"));
        int events = office.auditEvents();

        assertThatThrownBy(() -> accounts.createFirstAdministrator("second", "Second", GOOD))
                .isInstanceOfSatisfying(PressDeskException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.alreadyInitialized"));

        assertThat(accounts.list(office.admin())).extracting(UserAccount::username)
                .containsExactly(TestOffice.ADMIN);
        assertThat(office.auditEvents()).isEqualTo(events);
    }

    @Test
    void aSecondAccountWithTheSameNameInAnotherCaseIsRefused() {
        accounts.createAccount(office.admin(), "Redaction", null, Role.EDITOR, GOOD);

        assertThatThrownBy(() -> accounts.createAccount(office.admin(), "redaction", null, Role.MANAGER, GOOD))
                .isInstanceOfSatisfying(PressDeskException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.exists"));
        assertThat(office.rows(Tables.USER_ACCOUNT)).isEqualTo(2);
    }

    @Test
    void theRightPasswordSignsInAndIsAudited() {
        UserAccount signedIn = accounts.signIn(" ADMIN ", GOOD);

        assertThat(signedIn).isEqualTo(office.admin());
        assertThat(lastEvents(1)).extracting(AuditEvent::kind, AuditEvent::actorId)
                .containsExactly(tuple(AuditKind.SIGN_IN, office.admin().id()));
    }

    @Test
    void aWrongPasswordAndAnUnknownAccountAreRefusedInTheSameWordsAndBothAudited() {
        PressDeskException wrongPassword = refusal(TestOffice.ADMIN, "pas-le-bon-mot");
        PressDeskException unknownAccount = refusal("inconnu", TestOffice.PASSWORD);

        assertThat(wrongPassword.messageKey()).isEqualTo("signIn.refused");
        assertThat(unknownAccount.messageKey()).isEqualTo("signIn.refused");
        Messages french = Messages.french();
        assertThat(french.describe(wrongPassword)).isEqualTo(french.describe(unknownAccount));
        assertThat(lastEvents(2)).extracting(AuditEvent::kind, AuditEvent::actorName, AuditEvent::detail)
                .containsExactly(
                        tuple(AuditKind.SIGN_IN_FAILED, TestOffice.ADMIN, "password"),
                        tuple(AuditKind.SIGN_IN_FAILED, "inconnu", "unknown"));
    }

    @Test
    void afterThreeFailuresEachAttemptWaitsLongerAndASuccessStartsAfresh() {
        for (int i = 0; i < 3; i++) {
            refusal(TestOffice.ADMIN, "faux-" + i);
        }
        assertThat(office.sleeper().waits()).as("three free attempts").isEmpty();

        refusal(TestOffice.ADMIN, "faux-3");
        refusal(TestOffice.ADMIN, "faux-4");
        accounts.signIn(TestOffice.ADMIN, GOOD);
        assertThat(office.sleeper().waits())
                .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
        assertThat(failedAttempts(TestOffice.ADMIN)).isZero();

        for (int i = 0; i < 3; i++) {
            refusal(TestOffice.ADMIN, "encore-" + i);
        }
        assertThat(office.sleeper().waits()).as("counting restarted after the success").hasSize(3);
        assertThat(failedAttempts(TestOffice.ADMIN)).isEqualTo(3);
    }

    @Test
    void theWaitCountsFromTheLastFailure() {
        for (int i = 0; i < 4; i++) {
            refusal(TestOffice.ADMIN, "faux-" + i);
        }
        office.clock().advance(Duration.ofMillis(1_500));

        refusal(TestOffice.ADMIN, "faux-4");

        assertThat(office.sleeper().waits()).containsExactly(Duration.ofSeconds(1), Duration.ofMillis(500));
    }

    @Test
    void anInactiveAccountIsRefusedEvenWithItsPassword() {
        UserAccount editor = office.addAccount("redaction", Role.EDITOR);
        new UserRepository(office.services().database()).updateActive(editor.id(), false, office.clock().instant());

        PressDeskException refused = refusal("redaction", TestOffice.PASSWORD);

        assertThat(refused.messageKey()).isEqualTo("signIn.refused");
        assertThat(lastEvents(1)).extracting(AuditEvent::kind, AuditEvent::detail)
                .containsExactly(tuple(AuditKind.SIGN_IN_FAILED, "inactive"));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"EDITOR", "MANAGER"})
    void onlyAnAdministratorCreatesAccounts(Role role) {
        UserAccount actor = office.addAccount("personne", role);
        int events = office.auditEvents();

        assertThatThrownBy(() -> accounts.createAccount(actor, "nouveau", null, Role.EDITOR, GOOD))
                .isInstanceOfSatisfying(PermissionDeniedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("permission.administratorOnly"));
        assertThat(accounts.find("nouveau")).isEmpty();
        assertThat(office.auditEvents()).isEqualTo(events);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"EDITOR", "MANAGER"})
    void onlyAnAdministratorListsAccounts(Role role) {
        UserAccount actor = office.addAccount("personne", role);

        assertThatThrownBy(() -> accounts.list(actor))
                .isInstanceOfSatisfying(PermissionDeniedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("permission.administratorOnly"));
        assertThat(accounts.list(office.admin())).extracting(UserAccount::username)
                .containsExactly(TestOffice.ADMIN, "personne");
    }

    @Test
    void anAccountChangesItsOwnPasswordButOnlyAnAdministratorChangesAnothers() {
        UserAccount editor = office.addAccount("redaction", Role.EDITOR);
        UserAccount manager = office.addAccount("direction", Role.MANAGER);
        char[] fresh = "un-nouveau-mot-de-passe".toCharArray();

        accounts.changePassword(editor, editor, fresh.clone());

        assertThat(accounts.signIn("redaction", fresh.clone())).isEqualTo(editor);
        assertThat(refusal("redaction", TestOffice.PASSWORD).messageKey()).isEqualTo("signIn.refused");
        assertThatThrownBy(() -> accounts.changePassword(editor, manager, fresh.clone()))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(accounts.signIn("direction", GOOD)).isEqualTo(manager);
        accounts.changePassword(office.admin(), manager, fresh.clone());
        assertThat(accounts.signIn("direction", fresh.clone())).isEqualTo(manager);
    }

    @Test
    void anAdministratorsNewAccountSignsInWithItsRole() {
        accounts.createAccount(office.admin(), "direction", "Fatoumata Diallo", Role.MANAGER, GOOD);

        UserAccount signedIn = accounts.signIn("direction", GOOD);

        assertThat(signedIn.role()).isEqualTo(Role.MANAGER);
        assertThat(signedIn.displayName()).isEqualTo("Fatoumata Diallo");
    }

    private PressDeskException refusal(String name, String password) {
        try {
            accounts.signIn(name, password.toCharArray());
        } catch (PressDeskException e) {
            return e;
        }
        throw new AssertionError("sign-in of " + name + " should have been refused");
    }

    private int failedAttempts(String name) {
        return new UserRepository(office.services().database()).findForSignIn(name).orElseThrow().failedAttempts();
    }

    /** The newest {@code n} audit entries, oldest first. */
    private List<AuditEvent> lastEvents(int n) {
        List<AuditEvent> events = new ArrayList<>(new AuditRepository(office.services().database()).latest(n));
        Collections.reverse(events);
        return events;
    }
}
