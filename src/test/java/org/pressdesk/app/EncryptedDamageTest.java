package org.pressdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.local.DataDirectory;
import org.pressdesk.testing.DamagedEncryptedFolder;
import org.pressdesk.testing.MutableClock;
import org.pressdesk.testing.RecordingSleeper;
import org.pressdesk.testing.TestOffice;

/**
 * An encrypted database damaged by a crash: H2 answers as if the key were wrong, but the key came from the person's
 * slot, whose authenticated unwrap proves it right, so the opening must say the file is damaged (and the window
 * then offers recovery). A wrong password still fails at the slot, as a refused sign-in, before H2 is asked.
 */
class EncryptedDamageTest {
    @TempDir
    Path tempDir;

    private final AppServices.Settings settings = TestOffice.settings(new MutableClock(), new RecordingSleeper());

    @Test
    void aDamagedEncryptedFileIsToldAsDamagedToTheRightPasswordAndAsARefusalToAWrongOne() throws IOException {
        DataDirectory data = DamagedEncryptedFolder.create(tempDir.resolve("data"), settings);

        RuntimeException refused = DamagedEncryptedFolder.damageUntilRefused(data, settings);

        assertThat(DatabaseRecovery.isDamaged(refused)).as("told as damaged: " + refused).isTrue();
        assertThatThrownBy(() -> AppServices.unlock(data, settings, DamagedEncryptedFolder.ADMIN,
                "pas le bon".toCharArray()))
                .isInstanceOfSatisfying(PressDeskException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("signIn.refused"))
                .matches(e -> !DatabaseRecovery.isDamaged(e));
    }
}
