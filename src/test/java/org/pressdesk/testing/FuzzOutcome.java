package org.pressdesk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.pressdesk.domain.PressDeskException;

/**
 * What a fuzz target may end with: success, or a refusal the user can read in both languages. Any other exception
 * (a NullPointerException, an OutOfMemoryError, a parser's own exception) escapes and is reported by the fuzzer as a
 * finding, with the input that caused it.
 */
public final class FuzzOutcome {
    private static final Properties FRENCH = BundleFiles.load("messages.properties");
    private static final Properties ENGLISH = BundleFiles.load("messages_en.properties");

    private FuzzOutcome() {
    }

    /** Runs {@code action}; returns the refusal if it refused with a translated message, null if it succeeded. */
    public static PressDeskException refusedClearlyOrDone(Runnable action) {
        try {
            action.run();
            return null;
        } catch (PressDeskException refused) {
            assertTranslated(refused.messageKey());
            return refused;
        }
    }

    /** The key names a message in the French bundle and in the English one, each file on its own. */
    public static void assertTranslated(String key) {
        assertThat(FRENCH.getProperty(key)).as("French message for %s", key).isNotBlank();
        assertThat(ENGLISH.getProperty(key)).as("English message for %s", key).isNotBlank();
    }
}
