package org.pressdesk.ui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.Genre;
import org.pressdesk.ui.UiTestData;
import org.pressdesk.ui.task.TaskRunner;

/** The backups window's state and commands, without a toolkit, on a real database and real folders. */
class BackupsViewModelTest {
    @TempDir
    Path directory;

    private UiTestData data;
    private BackupsViewModel model;
    private Path stick;

    @BeforeEach
    void open() {
        data = new UiTestData(directory.resolve("data"));
        data.services.communiques().create(data.editor, new CommuniqueContent("Audience", "Le Ministre a reçu.",
                Genre.AUDIENCE_REPORT, data.office.id(), "Bamako", null, "fr"));
        model = new BackupsViewModel(data.services.backupSchedule(), data.services.backups(), data.admin,
                data.messages, TaskRunner.sameThread());
        stick = directory.resolve("cle-usb");
    }

    @AfterEach
    void close() {
        data.close();
    }

    @Test
    void withoutAFolderNothingIsScheduledAndNothingCanBeBackedUp() {
        model.load();

        assertThat(model.folder().get()).isEmpty();
        assertThat(model.canBackUp().get()).isFalse();
        assertThat(model.message().get()).contains("Aucun dossier");
        assertThat(model.keepDaily().get()).isEqualTo(7);
    }

    @Test
    void aChosenFolderIsSavedThenABackupListsAsGoodAndRestoresIntoANewFolder() {
        model.chooseFolder(stick);
        model.keepDaily().set(3);
        model.saveSchedule();
        assertThat(data.services.backupSchedule().plan().folder()).contains(stick.toAbsolutePath());
        assertThat(data.services.backupSchedule().plan().keepDaily()).isEqualTo(3);
        boolean[] told = {false};
        model.setOnBackedUp(() -> told[0] = true);

        model.backupNow();

        assertThat(model.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.good()).isTrue();
            assertThat(model.stateOf(entry)).isEqualTo("Bonne (vérifiée)");
            assertThat(model.sizeOf(entry)).endsWith("Mo");
        });
        assertThat(model.message().get()).contains("relue et vérifiée");
        assertThat(told[0]).isTrue();
        assertThat(model.busy().get()).isFalse();

        Path target = directory.resolve("copie");
        model.restore(model.entries().get(0).file(), target);

        assertThat(target.resolve("pressdesk.mv.db")).exists();
        assertThat(model.message().get()).contains("n’a pas changé");
    }

    @Test
    void aMissingStickGivesAClearMessageAndNoGoodBackup() throws Exception {
        Path file = Files.writeString(directory.resolve("pas-un-dossier"), "x");
        model.chooseFolder(file.resolve("sauvegardes"));

        model.backupNow();

        assertThat(model.message().get()).startsWith("Impossible d’écrire la sauvegarde");
        assertThat(model.entries()).isEmpty();
        assertThat(model.busy().get()).isFalse();
    }

    @Test
    void aDamagedBackupRestoresNothing() throws Exception {
        Files.createDirectories(stick);
        Path damaged = Files.writeString(stick.resolve("pressdesk-20261201-080000.zip"), "abîmé");
        Path target = directory.resolve("copie");

        model.restore(damaged, target);

        assertThat(model.message().get()).contains("rien n’a été écrit");
        assertThat(target).doesNotExist();
    }

    @Test
    void theStatusBarWarnsWithoutABackupOrWhenTheLastOneIsOverAWeekOld() {
        Instant now = Instant.parse("2026-12-03T10:00:00Z");
        BackupReminder reminder = new BackupReminder(data.services.backupSchedule(), data.messages,
                TaskRunner.sameThread(), Clock.fixed(now, ZoneOffset.UTC));
        reminder.refresh();
        assertThat(reminder.warning().get()).startsWith("Aucune sauvegarde vérifiée").contains("Outils");
        // an editor has no Outils → Sauvegardes: told whom to alert instead
        BackupReminder editors = new BackupReminder(data.services.backupSchedule(), data.messages,
                TaskRunner.sameThread(), Clock.fixed(now, ZoneOffset.UTC), false);
        editors.refresh();
        assertThat(editors.warning().get()).startsWith("Aucune sauvegarde vérifiée").contains("administrateur")
                .doesNotContain("Outils");

        model.chooseFolder(stick);
        model.backupNow();
        Instant made = model.entries().get(0).madeAt();
        BackupReminder later = new BackupReminder(data.services.backupSchedule(), data.messages,
                TaskRunner.sameThread(), Clock.fixed(made.plus(Duration.ofDays(8)), ZoneOffset.UTC));
        later.refresh();
        assertThat(later.warning().get()).contains("plus d’une semaine");
        BackupReminder soon = new BackupReminder(data.services.backupSchedule(), data.messages,
                TaskRunner.sameThread(), Clock.fixed(made.plus(Duration.ofDays(2)), ZoneOffset.UTC));
        soon.refresh();
        assertThat(soon.warning().get()).isEmpty();
    }
}
