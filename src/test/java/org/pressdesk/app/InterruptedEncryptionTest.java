package org.pressdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.local.DataDirectory;
import org.pressdesk.store.keys.KeySlots;

/**
 * A conversion cut short at each step leaves a database that opens: before the key slots exist the staged copy is
 * dropped and the original stays; after, the checked copy replaces the original.
 */
class InterruptedEncryptionTest {
    @TempDir
    Path tempDir;

    @Test
    void aStagedCopyWithoutKeySlotsIsDroppedAndTheOriginalStays() throws IOException {
        Path data = Files.createDirectories(tempDir.resolve("data"));
        Path original = Files.writeString(data.resolve("pressdesk.mv.db"), "H:2,original");
        Path staged = Files.createDirectories(data.resolve(DatabaseEncryption.STAGE)).resolve("pressdesk.mv.db");
        Files.writeString(staged, "H2encrypt copie à moitié écrite");

        DatabaseEncryption.finishInterrupted(DataDirectory.prepare(data));

        assertThat(Files.readString(original)).isEqualTo("H:2,original");
        assertThat(data.resolve(DatabaseEncryption.STAGE)).doesNotExist();
    }

    @Test
    void aCheckedCopyWithKeySlotsReplacesTheOriginalWhichIsKeptAside() throws IOException {
        Path data = Files.createDirectories(tempDir.resolve("data"));
        Files.writeString(data.resolve("pressdesk.mv.db"), "H:2,original");
        Files.writeString(data.resolve(KeySlots.FILE_NAME), "format=pressdesk-keys-1\n");
        Path staged = Files.createDirectories(data.resolve(DatabaseEncryption.STAGE)).resolve("pressdesk.mv.db");
        Files.writeString(staged, "H2encrypt copie vérifiée");
        Files.createDirectories(data.resolve("index"));

        DatabaseEncryption.finishInterrupted(DataDirectory.prepare(data));

        assertThat(Files.readString(data.resolve("pressdesk.mv.db"))).isEqualTo("H2encrypt copie vérifiée");
        assertThat(Files.readString(data.resolve(DatabaseEncryption.PLAIN_COPY))).isEqualTo("H:2,original");
        assertThat(data.resolve("index")).as("the clear index goes").doesNotExist();
    }

    @Test
    void aRunCutAfterTheOriginalWasMovedAsideIsFinished() throws IOException {
        Path data = Files.createDirectories(tempDir.resolve("data"));
        Files.writeString(data.resolve(DatabaseEncryption.PLAIN_COPY), "H:2,original");
        Files.writeString(data.resolve(KeySlots.FILE_NAME), "format=pressdesk-keys-1\n");
        Path staged = Files.createDirectories(data.resolve(DatabaseEncryption.STAGE)).resolve("pressdesk.mv.db");
        Files.writeString(staged, "H2encrypt copie vérifiée");

        DatabaseEncryption.finishInterrupted(DataDirectory.prepare(data));

        assertThat(Files.readString(data.resolve("pressdesk.mv.db"))).isEqualTo("H2encrypt copie vérifiée");
        assertThat(Files.readString(data.resolve(DatabaseEncryption.PLAIN_COPY))).isEqualTo("H:2,original");
    }

    @Test
    void aRunCutAfterTheSwapButBeforeTheCleanUpLosesItsStageFolderAndThePlainIndex() throws IOException {
        Path data = Files.createDirectories(tempDir.resolve("data"));
        Files.writeString(data.resolve("pressdesk.mv.db"), "H2encrypt copie vérifiée");
        Files.writeString(data.resolve(DatabaseEncryption.PLAIN_COPY), "H:2,original");
        Files.writeString(data.resolve(KeySlots.FILE_NAME), "format=pressdesk-keys-1\n");
        Files.createDirectories(data.resolve(DatabaseEncryption.STAGE));
        Files.writeString(Files.createDirectories(data.resolve("index")).resolve("_0.cfs"), "ambassadeur");

        DatabaseEncryption.finishInterrupted(DataDirectory.prepare(data));

        assertThat(data.resolve("index")).as("the clear index goes").doesNotExist();
        assertThat(data.resolve(DatabaseEncryption.STAGE)).doesNotExist();
        assertThat(Files.readString(data.resolve("pressdesk.mv.db"))).isEqualTo("H2encrypt copie vérifiée");
    }
}
