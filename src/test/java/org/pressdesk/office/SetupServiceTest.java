package org.pressdesk.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.HeaderLayout;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.Role;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.testing.MutableClock;
import org.pressdesk.testing.RecordingSleeper;
import org.pressdesk.testing.TestDatabases;
import org.pressdesk.testing.TestOffice;

class SetupServiceTest {
    @TempDir
    Path tempDir;

    private AppServices services;

    @BeforeEach
    void open() {
        services = TestDatabases.services(tempDir.resolve("data"),
                TestOffice.settings(new MutableClock(java.time.Instant.parse("2026-12-03T09:00:00Z")),
                        new RecordingSleeper()));
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theFirstStartCreatesTheAdministratorAndTheOffice() {
        UserAccount admin = services.setup().initialise("admin", "Awa Traoré", "mot-de-passe-1".toCharArray(),
                new SetupService.FirstOffice("BIP/MAECI", "Bureau de la Presse", TestOffice.BAMAKO));

        assertThat(admin.role()).isEqualTo(Role.ADMINISTRATOR);
        assertThat(services.offices().list()).singleElement()
                .satisfies(office -> assertThat(office.code()).isEqualTo("BIP/MAECI"));
    }

    @Test
    void theFirstOfficeKeepsTheLetterheadFilledIn() {
        Office.Letterhead filled = new Office.Letterhead("RÉPUBLIQUE DU MALI", "Un Peuple – Un But – Une Foi",
                "Ministère de la Communication", "Bamako", "Koulouba", "presse@example.ml", "");

        services.setup().initialise("admin", "Awa Traoré", "mot-de-passe-1".toCharArray(),
                new SetupService.FirstOffice("BIP/MAECI", "Bureau de la Presse", TestOffice.BAMAKO, filled));

        assertThat(services.offices().list().get(0).letterhead()).isEqualTo(filled);
    }

    @Test
    void aLetterheadLeftBlankGetsTheDefaultOneWithTheTimeZonesCity() {
        services.setup().initialise("admin", "Awa Traoré", "mot-de-passe-1".toCharArray(),
                new SetupService.FirstOffice("BIP/MAECI", "Bureau de la Presse", java.time.ZoneId.of(
                        "Africa/Abidjan"), Office.Letterhead.empty()));

        Office office = services.offices().list().get(0);
        assertThat(office.letterhead()).isEqualTo(SetupService.defaultLetterhead(office.timeZone()));
        assertThat(office.letterhead().layout()).isEqualTo(HeaderLayout.CENTERED);
        assertThat(office.timeCity()).isEqualTo("Abidjan");
        assertThat(office.letterhead().endMark()).isEqualTo("FIN");
    }

    @Test
    void anOfficeRefusedLeavesNoAdministratorBehind() {
        assertThatThrownBy(() -> services.setup().initialise("admin", "Awa Traoré",
                "mot-de-passe-1".toCharArray(), new SetupService.FirstOffice("  ", "Bureau", TestOffice.BAMAKO)))
                .isInstanceOf(PressDeskException.class);

        assertThat(services.accounts().hasAccounts()).isFalse();
        assertThat(services.offices().list()).isEmpty();
    }
}
