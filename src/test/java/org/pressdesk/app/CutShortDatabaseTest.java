package org.pressdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.local.DataDirectory;
import org.pressdesk.testing.MutableClock;
import org.pressdesk.testing.RecordingSleeper;
import org.pressdesk.testing.TestOffice;

/**
 * A database file whose second half is gone (issue 10, found walking the reviewer's reproduction in the window):
 * H2 opened the older state still readable at its start without a word, the window showed the first-start screen of
 * an empty database, and the cut file was written on. It must be told as damaged, kept aside untouched, and go to
 * the recovery; an intact file, closed or left by a kill, still opens.
 */
class CutShortDatabaseTest {
    private static final char[] PASSWORD = TestOffice.PASSWORD.toCharArray();

    @TempDir
    Path tempDir;

    private final AppServices.Settings settings = TestOffice.settings(new MutableClock(), new RecordingSleeper());

    @Test
    void aFileCutInHalfIsToldAsDamagedKeptUntouchedAndRecovered() throws IOException {
        DataDirectory data = filledFolder();
        Path file = data.resolve("pressdesk.mv.db");
        try (RandomAccessFile cut = new RandomAccessFile(file.toFile(), "rw")) {
            cut.setLength(cut.length() / 2);
        }
        byte[] damaged = Files.readAllBytes(file);

        assertThatThrownBy(() -> AppServices.open(data, settings).close())
                .satisfies(refused -> assertThat(DatabaseRecovery.isDamaged(refused)).isTrue());
        assertThat(Files.readAllBytes(file)).as("nothing written on the cut file").isEqualTo(damaged);

        DatabaseRecovery.Outcome outcome = AppServices.recovery(data, settings).recover(null, null);
        assertThat(Files.readAllBytes(outcome.damagedAside())).as("kept aside untouched").isEqualTo(damaged);
        if (outcome.used()) {
            assertThat(outcome.auditIntact()).isTrue();
            assertThat(outcome.rows().get("user_account")).as("never an empty database in its place").isPositive();
        }
    }

    /**
     * Every process killed while the database was open leaves its commit receipt row; the census leaves those rows
     * out, and the recovery's check compared the script's count of them with nothing, refusing every such file (the
     * walk found it: a tenth of the file cut, 16 of 17 communiqués read, the audit trail intact, and nothing used).
     */
    @Test
    void aKilledProcesssReceiptDoesNotMakeTheRecoveryRefuseWhatWasRead() throws IOException {
        DataDirectory data = DataDirectory.prepare(tempDir.resolve("data"));
        try (AppServices services = AppServices.open(data, settings)) {
            DatabaseRecoveryTest.fill(services, services.accounts().createFirstAdministrator("awa", "Awa Traoré",
                    PASSWORD.clone()));
            services.database().inTransaction(() -> services.database().dsl()
                    .insertInto(org.pressdesk.store.jooq.Tables.COMMIT_RECEIPT)
                    .set(org.pressdesk.store.jooq.Tables.COMMIT_RECEIPT.WRITER, "a-window-killed-an-hour-ago")
                    .set(org.pressdesk.store.jooq.Tables.COMMIT_RECEIPT.TOKEN, "t")
                    .set(org.pressdesk.store.jooq.Tables.COMMIT_RECEIPT.WRITTEN_AT,
                            java.time.OffsetDateTime.now().minusHours(1))
                    .execute());
        }
        Path file = data.resolve("pressdesk.mv.db");
        org.pressdesk.testing.DamagedFiles.damageNewestChunk(file);

        DatabaseRecovery.Outcome outcome = AppServices.recovery(data, settings).recover(null, null);

        assertThat(outcome.used()).as("used: " + outcome).isTrue();
        assertThat(outcome.auditIntact()).isTrue();
        assertThat(outcome.rows().get("communique")).isPositive();
    }

    @Test
    void anIntactFileStillOpens() {
        DataDirectory data = filledFolder();
        try (AppServices reopened = AppServices.open(data, settings)) {
            assertThat(reopened.communiques().count("")).isEqualTo(12);
        }
    }

    private DataDirectory filledFolder() {
        DataDirectory data = DataDirectory.prepare(tempDir.resolve("data"));
        try (AppServices services = AppServices.open(data, settings)) {
            DatabaseRecoveryTest.fill(services, services.accounts().createFirstAdministrator("awa", "Awa Traoré",
                    PASSWORD.clone()));
        }
        return data;
    }
}
