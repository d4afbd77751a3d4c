package org.pressdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.Role;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.local.DataDirectory;
import org.pressdesk.store.jooq.Tables;
import org.pressdesk.testing.MutableClock;
import org.pressdesk.testing.RecordingSleeper;
import org.pressdesk.testing.TestOffice;

class CommandLineInitTest {
    @TempDir
    Path tempDir;

    private final Cli cli = new Cli();

    @Test
    void initCreatesTheDatabaseTheAdministratorAndTheFirstOffice() {
        Path data = tempDir.resolve("presse");

        Cli.Run run = cli.run("--data", data.toString(), "init", "--admin", "awa", "--name", "Awa Traoré",
                "--office", "BIP/MAECI");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).contains(data.toString(), "awa", "BIP/MAECI");
        assertThat(run.err()).isEmpty();
        assertThat(data.resolve("pressdesk.mv.db")).isRegularFile();
        try (AppServices services = open(data)) {
            UserAccount admin = services.accounts().signIn("awa", TestOffice.PASSWORD.toCharArray());
            assertThat(admin.role()).isEqualTo(Role.ADMINISTRATOR);
            assertThat(admin.displayName()).isEqualTo("Awa Traoré");
            assertThat(services.offices().list()).extracting(Office::code, Office::name)
                    .containsExactly(tuple("BIP/MAECI", "Service de presse"));
            assertThat(services.auditVerifier().verify().intact()).isTrue();
        }
    }

    @Test
    void initAgainIsRefusedAndChangesNothing() {
        Path data = tempDir.resolve("presse");
        assertThat(cli.run("--data", data.toString(), "init", "--admin", "awa").code()).isZero();
        int[] before = counts(data);

        Cli.Run again = cli.with("PRESSDESK_PASSWORD", "un-autre-mot-de-passe")
                .run("--data", data.toString(), "init", "--admin", "autre", "--office", "AUTRE");

        assertThat(again.code()).as(again.toString()).isEqualTo(1);
        assertThat(again.err()).contains("déjà initialisée", "rien n’a été modifié");
        assertThat(again.out()).isEmpty();
        assertThat(counts(data)).containsExactly(before);
        try (AppServices services = open(data)) {
            assertThat(services.accounts().find("autre")).isEmpty();
            assertThat(services.accounts().signIn("awa", TestOffice.PASSWORD.toCharArray())).isNotNull();
        }
    }

    @Test
    void initWithATooShortPasswordCreatesNoAccount() {
        Path data = tempDir.resolve("presse");

        Cli.Run run = cli.with("PRESSDESK_PASSWORD", "court").run("--data", data.toString(), "init", "--admin", "awa");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("au moins 8 caractères").doesNotContain("Exception");
        assertThat(counts(data)).containsExactly(0, 0, 0);
    }

    @Test
    void initTakesTheLetterheadOfTheFirstOffice() throws Exception {
        Path data = tempDir.resolve("presse");
        Path logo = tempDir.resolve("armoiries.png");
        java.nio.file.Files.write(logo, org.pressdesk.publication.PublicationFixture.logo().bytes());

        Cli.Run run = cli.run("--data", data.toString(), "init", "--admin", "awa", "--office", "BIP/MAECI",
                "--country", "RÉPUBLIQUE DU MALI", "--ministry", "Ministère de la Communication", "--motto",
                "Un Peuple – Un But – Une Foi", "--address", "Koulouba, Bamako", "--logo", logo.toString());

        assertThat(run.code()).as(run.toString()).isZero();
        try (AppServices services = open(data)) {
            Office.Letterhead letterhead = services.offices().list().get(0).letterhead();
            assertThat(letterhead.countryName()).isEqualTo("RÉPUBLIQUE DU MALI");
            assertThat(letterhead.ministry()).isEqualTo("Ministère de la Communication");
            assertThat(letterhead.motto()).isEqualTo("Un Peuple – Un But – Une Foi");
            assertThat(letterhead.address()).isEqualTo("Koulouba, Bamako");
            assertThat(letterhead.logo()).isNotNull();
        }
    }

    @Test
    void initWithALogoThatIsNoImageCreatesNothing() throws Exception {
        Path data = tempDir.resolve("presse");
        Path logo = tempDir.resolve("logo.png");
        java.nio.file.Files.writeString(logo, "pas une image");

        Cli.Run run = cli.run("--data", data.toString(), "init", "--admin", "awa", "--logo", logo.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("logo.png").doesNotContain("Exception");
        assertThat(data.resolve("pressdesk.mv.db")).doesNotExist();
        assertThat(data.resolve("pressdesk.keys")).doesNotExist();
    }

    /** Accounts, offices and audit entries, counted in the database itself. */
    private static int[] counts(Path data) {
        try (AppServices services = open(data)) {
            var sql = services.database().dsl();
            return new int[] {sql.fetchCount(Tables.USER_ACCOUNT), sql.fetchCount(Tables.OFFICE),
                sql.fetchCount(Tables.AUDIT_EVENT)};
        }
    }

    private static AppServices open(Path data) {
        return AppServices.unlock(DataDirectory.prepare(data),
                TestOffice.settings(new MutableClock(), new RecordingSleeper()), "awa",
                TestOffice.PASSWORD.toCharArray());
    }
}
