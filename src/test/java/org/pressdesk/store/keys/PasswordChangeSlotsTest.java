package org.pressdesk.store.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.domain.PressDeskException;

/**
 * A password change writes the new password's slot beside the old one before the new hash is committed, so a program
 * killed in between (found by the re-keying kill trials) leaves both able to open the key; the change's end keeps
 * the new one alone.
 */
class PasswordChangeSlotsTest {
    private static final SecureRandom RANDOM = new SecureRandom();

    @TempDir
    Path folder;

    @Test
    void betweenTheTwoStepsBothPasswordsOpenAndAfterwardsOnlyTheNewOne() {
        KeySlots slots = KeySlots.create(1_000, RANDOM);
        try (DataKey key = DataKey.random(RANDOM)) {
            slots.put("awa", "ancien-mot".toCharArray(), key);
            slots.putNext("awa", "nouveau-mot".toCharArray(), key);
            slots.save(folder);

            KeySlots cut = KeySlots.load(folder, 1_000, RANDOM);
            assertThat(cut.unlock("awa", "ancien-mot".toCharArray())).isNotNull();
            assertThat(cut.unlock("awa", "nouveau-mot".toCharArray())).isNotNull();

            cut.put("awa", "nouveau-mot".toCharArray(), key);
            cut.save(folder);
            KeySlots done = KeySlots.load(folder, 1_000, RANDOM);
            assertThat(done.unlock("awa", "nouveau-mot".toCharArray())).isNotNull();
            assertThatThrownBy(() -> done.unlock("awa", "ancien-mot".toCharArray()))
                    .isInstanceOf(PressDeskException.class);
            assertThat(done.size()).isEqualTo(1);
        }
    }
}
