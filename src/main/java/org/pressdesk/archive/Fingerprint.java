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

    /** The folded text's letters and digits (Unicode's L and N categories, as {@code [\p{L}\p{N}]} means). */
    static String key(String text) {
        String folded = TextKeys.fold(text);
        StringBuilder kept = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            if (letterOrNumber(c)) {
                kept.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return kept.toString();
    }

    private static boolean letterOrNumber(int c) {
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }
}
