package org.pressdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.domain.PressDeskException;

/** A body file is read only up to its limit: an endless one is refused with a sentence, not an OutOfMemoryError. */
class BodyFileLimitTest {
    @Test
    void anEndlessFileIsRefusedOnceItPassesTheLimit() {
        Path endless = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(endless));
        assertThatThrownBy(() -> ContentOptions.readBody(endless))
                .isInstanceOfSatisfying(PressDeskException.class,
                        e -> assertThat(e.getMessage()).contains("cli.fileTooLarge"));
    }

    @Test
    void aFileUnderTheLimitIsReadWhole(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("corps.txt"), "Le Ministre a reçu l’Ambassadeur.");
        assertThat(ContentOptions.readAtMost(file, 100)).hasSize(Files.readAllBytes(file).length);
        assertThatThrownBy(() -> ContentOptions.readAtMost(file, 10)).isInstanceOf(PressDeskException.class);
    }
}
