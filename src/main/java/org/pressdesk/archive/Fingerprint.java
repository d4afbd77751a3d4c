package org.pressdesk.archive;

import org.pressdesk.domain.ContentHash;
import org.pressdesk.domain.TextKeys;

/**
 * The normalised content hash that recognises a communiqué met again: SHA-256 of its title and body folded (no
 * case, no accents) with everything but letters and digits dropped, so that re-typed quotes, spaces, line ends or
 * the encoding of the file do not make a duplicate look new.
 */
public final class Fingerprint {
    private Fingerprint() {
    }

    public static String of(String title, String body) {
        return ContentHash.sha256(key(title) + "\n" + key(body));
    }

    /** The folded text's letters and digits ({@link TextKeys#lettersAndNumbers}). */
    static String key(String text) {
        return TextKeys.lettersAndNumbers(text);
    }
}
