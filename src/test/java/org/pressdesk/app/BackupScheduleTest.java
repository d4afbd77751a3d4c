package org.pressdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pressdesk.store.jooq.Tables.REVISION;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.domain.PermissionDeniedException;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.Role;
import org.pressdesk.store.DatabaseCensus;
import org.pressdesk.testing.TestOffice;

/** Scheduled backups on a real H2 file: when they are due, what the rotation removes, and what it never touches. */
class BackupScheduleTest {
    @TempDir
    Path tempDir;

    private TestOffice office;
    private BackupSchedule schedule;
    private Path folder;

    @BeforeEach
    void officeWithOneCommunique() {
        office = TestOffice.open(tempDir);
        office.services().communiques().create(office.admin(), office.content("Audience", "Le Ministre a reçu."));
        schedule = office.services().backupSchedule();
        folder = tempDir.resolve("cle-usb");
    }

    @AfterEach
    void close() {
        office.close();
    }

    @Test
    void theCensusSeesARevisionChangedBehindTheApplicationsBackWithTheSameCounts() {
        DatabaseCensus before = DatabaseCensus.of(office.services().database());

        office.services().database().dsl().update(REVISION).set(REVISION.BODY, "Le Ministre n’a reçu personne.")
                .execute();

        DatabaseCensus after = DatabaseCensus.of(office.services().database());
        assertThat(after.rows()).isEqualTo(before.rows());
        assertThat(after).isNotEqualTo(before);
        assertThat(after.revisionsDifferingFrom(before)).hasSize(1);
    }

    @Test
    void aDailyBackupIsDueOnlyOnceAFolderIsChosenAndTheLastGoodOneIsADayOld() {
        assertThat(schedule.due(BackupSchedule.DAY)).as("no folder chosen").isFalse();
        schedule.configure(office.admin(), folder.toString(), 7, 4);
        assertThat(schedule.due(BackupSchedule.DAY)).as("never backed up").isTrue();

        Backups.Backup made = schedule.dailyIfDue().orElseThrow();

        assertThat(made.file()).exists().hasParent(folder);
        assertThat(schedule.lastGood()).contains(made.madeAt());
        assertThat(schedule.due(BackupSchedule.DAY)).isFalse();
        assertThat(schedule.dailyIfDue()).isEmpty();
    }

    @Test
    void theRotationRemovesOnlyPressDesksOwnOldBackups() throws IOException {
        schedule.configure(office.admin(), folder.toString(), 2, 1);
        Files.createDirectories(folder);
        Instant now = Instant.now();
        Path old = ours(now.minus(Duration.ofDays(3)), ".zip");
        Path older = ours(now.minus(Duration.ofDays(20)), ".zip");
        Path oldKeys = Files.writeString(folder.resolve(BackupFolder.NAME.format(now.minus(Duration.ofDays(20)))
                + ".keys"), "clés");
        Path interrupted = ours(now.minus(Duration.ofDays(2)), ".partial.zip");
        Path photo = Files.writeString(folder.resolve("photo-ministre.jpg"), "pas une sauvegarde");
        Path lookalike = Files.writeString(folder.resolve("pressdesk-notes.zip"), "pas une sauvegarde");

        Backups.Backup made = schedule.atSignOut().orElseThrow();

        assertThat(files()).containsExactlyInAnyOrder(made.file(), old, photo, lookalike);
        assertThat(older).doesNotExist();
        assertThat(oldKeys).doesNotExist();
        assertThat(interrupted).doesNotExist();
    }

    @Test
    void anUnwritableFolderGivesAClearMessageAndNoGoodBackup() throws IOException {
        Path notAFolder = Files.writeString(tempDir.resolve("fichier"), "x");
        schedule.configure(office.admin(), notAFolder.resolve("sauvegardes").toString(), 7, 4);

        assertThatThrownBy(schedule::atSignOut).isInstanceOf(PressDeskException.class)
                .extracting(e -> ((PressDeskException) e).messageKey()).isEqualTo("backup.cannotWrite");
        assertThat(schedule.lastGood()).isEmpty();
    }

    @Test
    void onlyAnAdministratorSetsTheScheduleAndTheCountsAreBounded() {
        var editor = office.addAccount("redaction", Role.EDITOR);

        assertThatThrownBy(() -> schedule.configure(editor, folder.toString(), 7, 4))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> schedule.configure(office.admin(), folder.toString(), 0, 4))
                .isInstanceOf(PressDeskException.class);
        assertThatThrownBy(() -> schedule.configure(office.admin(), "relatif", 7, 4))
                .isInstanceOf(PressDeskException.class);
        assertThat(schedule.plan().folder()).isEmpty();
    }

    private Path ours(Instant at, String suffix) throws IOException {
        return Files.writeString(folder.resolve(BackupFolder.NAME.format(at) + suffix), "ancienne");
    }

    private java.util.List<Path> files() throws IOException {
        try (Stream<Path> all = Files.list(folder)) {
            return all.filter(p -> !p.toString().endsWith(".keys")).toList();
        }
    }
}
