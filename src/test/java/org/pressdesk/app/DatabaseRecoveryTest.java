package org.pressdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.Genre;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.local.DataDirectory;
import org.pressdesk.local.OwnerOnlyFiles;
import org.pressdesk.testing.DamagedFiles;
import org.pressdesk.testing.MutableClock;
import org.pressdesk.testing.RecordingSleeper;
import org.pressdesk.testing.TestOffice;

/** Real H2 files damaged on disk, then recovered or restored from a backup through the one recovery service. */
class DatabaseRecoveryTest {
    private static final char[] PASSWORD = TestOffice.PASSWORD.toCharArray();
    private static final int COMMUNIQUES = 12;

    @TempDir
    Path tempDir;

    private final AppServices.Settings settings = TestOffice.settings(new MutableClock(), new RecordingSleeper());

    @Test
    void aDamagedFileIsSetAsideUntouchedAndWhatH2ReadsIsRecoveredCheckedAndOpened() throws IOException {
        DataDirectory data = DataDirectory.prepare(tempDir.resolve("data"));
        try (AppServices services = AppServices.open(data, settings)) {
            fill(services, services.accounts().createFirstAdministrator("awa", "Awa Traoré", PASSWORD.clone()));
        }
        byte[] damaged = damageUntilRefused(data);

        DatabaseRecovery.Outcome outcome = AppServices.recovery(data, settings).recover(null, null);

        assertThat(outcome.used()).as("used: " + outcome).isTrue();
        assertThat(outcome.auditIntact()).isTrue();
        assertThat(outcome.rows().get("communique")).as("the state before the broken chunk")
                .isBetween(1L, (long) COMMUNIQUES);
        assertThat(Files.readAllBytes(outcome.damagedAside())).as("kept untouched").isEqualTo(damaged);
        assertThat(OwnerOnlyFiles.isOwnerOnly(outcome.damagedAside())).isTrue();
        try (AppServices reopened = AppServices.open(data, settings)) {
            assertThat(reopened.accounts().signIn("awa", PASSWORD.clone()).username()).isEqualTo("awa");
            assertThat(reopened.auditVerifier().verify().intact()).isTrue();
        }
    }

    /**
     * Breaks the newest chunk's pages; when the opening does not read the broken page (H2 reads lazily, and which
     * pages the last block holds depends on what was written last), the block before is broken too, as a failing
     * disk would, until H2 refuses the file. The opening must then say that the file is damaged.
     */
    private byte[] damageUntilRefused(DataDirectory data) throws IOException {
        Path file = data.resolve("pressdesk.mv.db");
        for (int block = 1; block <= 4; block++) {
            byte[] damaged = DamagedFiles.damageBlockFromEnd(file, block);
            try (AppServices opened = AppServices.open(data, settings)) {
                opened.communiques().count("");
            } catch (RuntimeException refused) {
                assertThat(DatabaseRecovery.isDamaged(refused)).as("told as damaged: " + refused).isTrue();
                return damaged;
            }
        }
        throw new AssertionError("H2 still opened the file after four damaged blocks");
    }

    @Test
    void aFileWithNothingReadableIsSetAsideAndNothingIsUsed() throws IOException {
        DataDirectory data = DataDirectory.prepare(tempDir.resolve("data"));
        try (AppServices services = AppServices.open(data, settings)) {
            fill(services, services.accounts().createFirstAdministrator("awa", "Awa Traoré", PASSWORD.clone()));
        }
        Path file = data.resolve("pressdesk.mv.db");
        byte[] noise = new byte[(int) Files.size(file)];
        new java.util.Random(3).nextBytes(noise);
        Files.write(file, noise);

        DatabaseRecovery.Outcome outcome = AppServices.recovery(data, settings).recover(null, null);

        assertThat(outcome.used()).isFalse();
        assertThat(outcome.totalRows()).isZero();
        assertThat(Files.readAllBytes(outcome.damagedAside())).isEqualTo(noise);
        assertThat(data.hasDatabase()).as("no half-recovered file put in its place").isFalse();
        try (Stream<Path> left = Files.list(data.path())) {
            assertThat(left.map(p -> p.getFileName().toString()).toList()).noneMatch(n -> n.startsWith(".recovery"));
        }
    }

    @Test
    void anEncryptedDamagedFileIsRecoveredWithThePersonsKeyAndStaysEncrypted() throws IOException {
        DataDirectory data = DataDirectory.prepare(tempDir.resolve("data"));
        AppServices.Created created = AppServices.createEncrypted(data, settings, "awa", "Awa Traoré",
                PASSWORD.clone());
        try (AppServices services = created.services()) {
            fill(services, created.admin());
        }
        // an encrypted block decrypts whole or not at all, so the same damage may also leave H2 an older chunk to
        // fall back on: what is tested here is that the tool reads the file with the person's key
        DamagedFiles.damageNewestChunk(data.resolve("pressdesk.mv.db"));

        DatabaseRecovery.Outcome outcome = AppServices.recovery(data, settings).recover("awa", PASSWORD.clone());

        assertThat(outcome.used()).as("used: " + outcome).isTrue();
        assertThat(outcome.rows().get("communique")).as("the state before the broken chunk")
                .isBetween(1L, (long) COMMUNIQUES);
        assertThat(org.pressdesk.store.Database.fileIsEncrypted(data)).isTrue();
        try (AppServices reopened = AppServices.unlock(data, settings, "awa", PASSWORD.clone())) {
            assertThat(reopened.auditVerifier().verify().intact()).isTrue();
        }
    }

    @Test
    void theLastCheckedBackupCanReplaceADamagedFile() throws IOException {
        DataDirectory data = DataDirectory.prepare(tempDir.resolve("data"));
        try (AppServices services = AppServices.open(data, settings)) {
            UserAccount awa = services.accounts().createFirstAdministrator("awa", "Awa Traoré", PASSWORD.clone());
            fill(services, awa);
            services.backups().create(services.backups().defaultFolder());
        }
        DamagedFiles.damageNewestChunk(data.resolve("pressdesk.mv.db"));
        DatabaseRecovery recovery = AppServices.recovery(data, settings);
        Path backup = recovery.lastBackup().orElseThrow().file();

        DatabaseRecovery.Outcome outcome = recovery.restore(backup, null, null);

        assertThat(outcome.used()).isTrue();
        assertThat(outcome.rows()).containsEntry("communique", (long) COMMUNIQUES);
        try (AppServices reopened = AppServices.open(data, settings)) {
            assertThat(reopened.auditVerifier().verify().intact()).isTrue();
        }
    }

    static void fill(AppServices services, UserAccount admin) {
        Office office = services.offices().create(admin, "BIP/MAECI", "Bureau de l’Information",
                Office.Letterhead.empty(), TestOffice.BAMAKO);
        for (int i = 0; i < COMMUNIQUES; i++) {
            services.communiques().create(admin, new CommuniqueContent("Audience n° " + i,
                    "Le Ministre a reçu une délégation, rencontre " + i + ".", Genre.PRESS_RELEASE, office.id(),
                    "Bamako", null, "fr"));
        }
    }
}
