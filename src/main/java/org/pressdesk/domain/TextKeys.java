package org.pressdesk.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Keys for matching text the way people type it: no accents, no case, single spaces. */
public final class TextKeys {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");

    private TextKeys() {
    }

    /** "Cérémonie  ŒUVRES" becomes "ceremonie oeuvres". */
    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String fast = FoldTable.fold(text);
        return fast != null ? fast : exactFold(text);
    }

    /**
     * The folded text's letters and digits only (Unicode's L and N categories, as {@code [\p{L}\p{N}]} means):
     * "BIP / MAECI." and "bip-maeci" give the same key.
     */
    public static String lettersAndNumbers(String text) {
        String folded = fold(text);
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

    /** The definition of {@link #fold}, for any text; {@link FoldTable} gives the same faster for most. */
    static String exactFold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("");
        String ligatures = bare.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
                .replace('’', '\'');
        return SPACES.matcher(ligatures.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }
}
