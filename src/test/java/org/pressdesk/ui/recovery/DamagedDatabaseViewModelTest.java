package org.pressdesk.ui.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.app.AppServices;
import org.pressdesk.i18n.Messages;
import org.pressdesk.local.DataDirectory;
import org.pressdesk.testing.MutableClock;
import org.pressdesk.testing.RecordingSleeper;
import org.pressdesk.testing.TestOffice;
import org.pressdesk.ui.task.TaskRunner;

/** The choices' state without a toolkit: a file with nothing readable, and no backup. */
class DamagedDatabaseViewModelTest {
    @TempDir
    Path directory;

    @Test
    void nothingReadableAndNoBackupLeavesTheDatabaseClosedAndSaysSo() throws IOException {
        DataDirectory data = DataDirectory.prepare(directory.resolve("data"));
        byte[] noise = new byte[64 * 1024];
        new Random(5).nextBytes(noise);
        Files.write(data.resolve("pressdesk.mv.db"), noise);
        DamagedDatabaseViewModel model = new DamagedDatabaseViewModel(() -> AppServices.recovery(data,
                TestOffice.settings(new MutableClock(), new RecordingSleeper())), TaskRunner.sameThread(),
                Messages.forLocale(Locale.ENGLISH));

        model.start();
        assertThat(model.hasBackup().get()).isFalse();
        assertThat(model.working().get()).isFalse();
        model.recover();

        assertThat(model.repaired().get()).isFalse();
        assertThat(model.outcome().get()).contains("kept as it was").contains("Nothing could be read");
        assertThat(data.hasDatabase()).isFalse();
    }

    @Test
    void anEncryptedFolderAsksForTheNameAndPasswordBeforeAnythingIsMoved() throws IOException {
        DataDirectory data = DataDirectory.prepare(directory.resolve("encrypted"));
        byte[] noise = new byte[16 * 1024];
        new Random(7).nextBytes(noise);
        Files.write(data.resolve("pressdesk.mv.db"), noise);
        Files.writeString(data.resolve("pressdesk.keys"), "key slots: only their presence matters here");
        DamagedDatabaseViewModel model = new DamagedDatabaseViewModel(() -> AppServices.recovery(data,
                TestOffice.settings(new MutableClock(), new RecordingSleeper())), TaskRunner.sameThread(),
                Messages.forLocale(Locale.ENGLISH));

        model.start();
        assertThat(model.needsPassword().get()).isTrue();
        model.username().set("awa");
        model.recover();

        assertThat(model.outcome().get()).startsWith("Type your user name and password");
        assertThat(model.working().get()).isFalse();
        assertThat(Files.readAllBytes(data.resolve("pressdesk.mv.db"))).as("not moved").isEqualTo(noise);
    }
}
