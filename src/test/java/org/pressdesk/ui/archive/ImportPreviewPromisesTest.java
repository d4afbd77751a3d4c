package org.pressdesk.ui.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.archive.ArchiveFixture;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.task.TaskRunner;

/**
 * The import preview says what the import will do: an office the reader may not create is not promised, and the
 * À vérifier column follows the fields the user corrects (a real archive read into a real database).
 */
class ImportPreviewPromisesTest {
    private static final String UNKNOWN_SIGNATURE = """
            Audience du Gouverneur de la région de Kayes

            Kayes, le 12 janvier 2026 – Le Gouverneur a reçu les représentants des associations de femmes de la \
            région pour préparer la journée de la femme. Cellule régionale de Kayes
            """;
    private static final String NO_DATE = """
            Communiqué sur la saison des pluies

            Le Ministère rappelle aux usagers les consignes de prudence pendant la saison des pluies. BIP/MAECI
            """;

    @TempDir
    Path directory;
    private ArchiveFixture fixture;
    private final Messages messages = Messages.forLocale(Locale.FRENCH);

    @BeforeEach
    void open() {
        fixture = new ArchiveFixture(directory.resolve("data"));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private ImportViewModel read(UserAccount user, String text) throws IOException {
        Path file = Files.writeString(directory.resolve("archive.txt"), text);
        ImportViewModel model = new ImportViewModel(fixture.services.archiveImport(), fixture.services.offices(),
                TaskRunner.sameThread(), user, messages);
        model.add(List.of(file));
        assertThat(model.rows()).hasSize(1);
        return model;
    }

    @Test
    void aManagerIsToldAnUnknownOfficeNeedsAnAdministratorNotThatItWillBeCreated() throws IOException {
        ImportViewModel model = read(fixture.manager, UNKNOWN_SIGNATURE);
        ImportRow row = model.rows().get(0);

        assertThat(row.notes()).contains("seul un administrateur").doesNotContain("sera créé");
        assertThat(row.selected().get()).as("left out until an existing office is chosen").isFalse();
        assertThat(model.officeCodes()).as("only offices that exist can be chosen")
                .containsExactlyInAnyOrder("BIP/MAECI", "PRIMATURE", "CCRP PRÉSIDENCE");
    }

    @Test
    void mappedToAnExistingOfficeTheManagersImportDoesWhatThePreviewThenSays() throws IOException {
        ImportViewModel model = read(fixture.manager, UNKNOWN_SIGNATURE);
        ImportRow row = model.rows().get(0);

        row.office().set("BIP/MAECI");
        row.selected().set(true);

        assertThat(row.notes()).as("the column follows the correction").doesNotContain("administrateur");
        model.importChosen();
        assertThat(model.message().get()).contains("1 communiqué(s) importé(s)");
        assertThat(fixture.services.offices().list()).hasSize(3);
    }

    @Test
    void aManagerWhoKeepsTheUnknownOfficeMeetsTheRefusalThePreviewAnnounced() throws IOException {
        ImportViewModel model = read(fixture.manager, UNKNOWN_SIGNATURE);
        model.rows().get(0).selected().set(true);

        model.importChosen();

        assertThat(model.message().get()).contains("Seul un administrateur");
        assertThat(fixture.services.communiques().count("")).isZero();
    }

    @Test
    void anAdministratorIsToldTheOfficeWillBeCreatedAndItIs() throws IOException {
        ImportViewModel model = read(fixture.admin, UNKNOWN_SIGNATURE);
        ImportRow row = model.rows().get(0);

        assertThat(row.notes()).contains("sera créé");
        assertThat(row.selected().get()).isTrue();
        model.importChosen();
        assertThat(fixture.services.offices().list()).hasSize(4);
    }

    @Test
    void theDateNoteGoesOnceADateIsTypedAndComesBackWhenItIsCleared() throws IOException {
        ImportRow row = read(fixture.manager, NO_DATE).rows().get(0);
        assertThat(row.notes()).contains("Date de l’événement introuvable");

        row.eventDate().set(LocalDate.of(2026, 7, 1));
        assertThat(row.notes()).doesNotContain("Date");

        row.eventDate().set(null);
        assertThat(row.notes()).contains("Date de l’événement introuvable");
    }
}
