package org.pressdesk.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.Role;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.store.jooq.Tables;
import org.pressdesk.testing.TestOffice;

/** The rules for account names and passwords; every row uses its own name, so the rows share one office. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountRulesTest {
    private static final char[] GOOD = TestOffice.PASSWORD.toCharArray();

    private TestOffice office;
    private AccountService accounts;

    @BeforeAll
    void open(@TempDir Path tempDir) {
        office = TestOffice.open(tempDir);
        accounts = office.services().accounts();
    }

    @AfterAll
    void close() {
        office.close();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"a", "deux mots", "semi;colon", "awa@presse", "   ",
        "abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijX"})
    void aNameOutsideTheRulesIsRefusedAndNothingIsWritten(String name) {
        int accountsBefore = office.rows(Tables.USER_ACCOUNT);
        int events = office.auditEvents();

        assertThatThrownBy(() -> accounts.createAccount(office.admin(), name, null, Role.EDITOR, GOOD))
                .isInstanceOfSatisfying(PressDeskException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.invalidName"));
        assertThat(office.rows(Tables.USER_ACCOUNT)).isEqualTo(accountsBefore);
        assertThat(office.auditEvents()).isEqualTo(events);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "awa.traore", "Fatoumata_D", "jean-marc2", "rédaction", "  espacés  ",
        "abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghij"})
    void aNameWithinTheRulesIsAcceptedWithoutItsOuterBlanks(String name) {
        UserAccount created = accounts.createAccount(office.admin(), name, null, Role.EDITOR, GOOD);

        assertThat(created.username()).isEqualTo(name.strip());
        assertThat(created.displayName()).isEqualTo(name.strip());
        assertThat(accounts.signIn(name.strip().toUpperCase(Locale.ROOT), GOOD)).isEqualTo(created);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"court", "7chars!"})
    void aPasswordShorterThanEightCharactersIsRefused(String password) {
        char[] typed = password == null ? null : password.toCharArray();

        assertThatThrownBy(() -> accounts.createAccount(office.admin(), "mot-court", null, Role.EDITOR, typed))
                .isInstanceOfSatisfying(PressDeskException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("account.passwordTooShort");
                    assertThat(e.arguments()).containsExactly(8);
                });
        assertThat(accounts.find("mot-court")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"huit-car", "un mot de passe bien plus long que huit caractères"})
    void aPasswordOfEightCharactersOrMoreIsAccepted(String password) {
        String name = "compte-" + password.length();

        accounts.createAccount(office.admin(), name, null, Role.EDITOR, password.toCharArray());

        assertThat(accounts.signIn(name, password.toCharArray()).username()).isEqualTo(name);
    }
}
