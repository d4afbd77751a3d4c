package org.pressdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.local.LocalPreferences;
import org.pressdesk.office.LogoFiles;
import org.pressdesk.domain.BoundedRead;
import org.pressdesk.store.keys.KeySlots;

/**
 * Every reader of an outside file stops at its limit while reading: each is handed an endless file (/dev/zero, or a
 * link to it under the name the reader looks for) and must refuse it with its own message, not run out of memory.
 */
class EndlessInputTest {
    private static final Path ENDLESS = Path.of("/dev/zero");

    @TempDir
    Path dir;

    @BeforeAll
    static void needsAnEndlessFile() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(ENDLESS));
    }

    @Test
    void theSharedReaderStopsJustPastItsLimit() throws IOException {
        assertThatThrownBy(() -> BoundedRead.readAtMost(ENDLESS, 1000)).isInstanceOf(BoundedRead.TooLarge.class);
        try (InputStream limited = BoundedRead.limited(Files.newInputStream(ENDLESS), 5000)) {
            assertThatThrownBy(limited::readAllBytes).isInstanceOf(BoundedRead.TooLarge.class);
        }
        try (Reader reader = BoundedRead.utf8(ENDLESS, 5000)) {
            assertThatThrownBy(() -> reader.transferTo(java.io.Writer.nullWriter()))
                    .isInstanceOf(BoundedRead.TooLarge.class);
        }
        Path small = Files.writeString(dir.resolve("petit.txt"), "Communiqué");
        assertThat(BoundedRead.readAtMost(small, 1000)).hasSize((int) Files.size(small));
    }

    @Test
    void anEndlessBodyFileIsRefused() {
        assertThatThrownBy(() -> ContentOptions.readBody(ENDLESS)).isInstanceOfSatisfying(PressDeskException.class,
                e -> assertThat(e.messageKey()).isEqualTo("cli.fileTooLarge"));
    }

    @Test
    void anEndlessPeerCertificateIsRefused() {
        assertThatThrownBy(() -> ExchangeCommand.read(ENDLESS)).isInstanceOfSatisfying(PressDeskException.class,
                e -> assertThat(e.messageKey()).isEqualTo("exchange.certificateInvalid"));
    }

    @Test
    void anEndlessLogoIsRefused() {
        assertThatThrownBy(() -> LogoFiles.read(ENDLESS)).isInstanceOfSatisfying(PressDeskException.class,
                e -> assertThat(e.messageKey()).isEqualTo("logo.tooLarge"));
    }

    @Test
    void endlessKeySlotsAreDamagedAndEndlessPreferencesAreIgnored() throws IOException {
        Files.createSymbolicLink(dir.resolve(KeySlots.FILE_NAME), ENDLESS);
        assertThatThrownBy(() -> KeySlots.load(dir, 1000, new SecureRandom()))
                .isInstanceOfSatisfying(PressDeskException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("keys.damaged"));
        Files.createSymbolicLink(dir.resolve("preferences.properties"), ENDLESS);
        assertThat(LocalPreferences.load(dir).get("ui.language")).isEmpty();
    }
}
