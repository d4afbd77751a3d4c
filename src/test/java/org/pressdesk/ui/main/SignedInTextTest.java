package org.pressdesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pressdesk.domain.Role;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.i18n.Messages;

/** The status bar's "who is signed in", in either interface language. */
class SignedInTextTest {
    private static UserAccount account(String displayName, Role role) {
        return new UserAccount(1, UUID.randomUUID(), "admin", displayName, role, true);
    }

    @Test
    void theEnglishInterfaceReadsAdministratorNotAFrenchNameBesideAnEnglishRole() {
        Messages english = Messages.forLocale(Locale.ENGLISH);

        assertThat(SignedInText.of(account("Administrateur", Role.ADMINISTRATOR), english)).isEqualTo("Administrator");
        assertThat(SignedInText.of(account("Awa Traoré", Role.ADMINISTRATOR), english))
                .isEqualTo("Awa Traoré (Administrator)");
    }

    @Test
    void theFrenchInterfaceNamesThePersonAndTheirRole() {
        Messages french = Messages.french();

        assertThat(SignedInText.of(account("Administrateur", Role.ADMINISTRATOR), french)).isEqualTo("Administrateur");
        assertThat(SignedInText.of(account("Moussa Coulibaly", Role.EDITOR), french))
                .isEqualTo("Moussa Coulibaly (rédacteur)");
    }
}
