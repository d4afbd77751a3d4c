package org.pressdesk.archive;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pressdesk.domain.TextKeys;

/**
 * The place of the event when the text states it: a place-and-date line ("Bamako, le 3 février 2026"), else "à"
 * followed by a capitalised name ("à Addis-Abeba", "à Bamako") in the sentence of the event date or in the first
 * sentence. Capitalised words that are no places ("à Son Excellence", "à Monsieur…") are passed over.
 */
final class Places {
    private static final String NAME = "\\p{Lu}[\\p{L}’'\\-]+(?:[ \\-](?:\\p{Lu}[\\p{L}’'\\-]+|de|du|des|d’\\p{Lu}"
            + "[\\p{L}\\-]+))*";
    private static final Pattern DATELINE = Pattern.compile("(?:^|[.!?]\\s+|\\n)(?<place>" + NAME + ")"
            + "(?:\\s*\\([^)]{1,40}\\))?,\\s+(?:le|ce)\\s+(?:\\p{L}+\\s+)?(?:1er|\\d{1,2})\\s");
    private static final Pattern AT = Pattern.compile("(?<![\\p{L}])à\\s+(?<place>" + NAME + ")");
    private static final Set<String> NOT_PLACES = Set.of("son", "sa", "ses", "leur", "leurs", "monsieur", "madame",
            "mademoiselle", "m", "mme", "s", "la", "le", "les", "l", "un", "une", "notre", "nos", "votre", "vos",
            "cette",
            "ce", "chaque", "tous", "toutes", "compter", "partir", "travers", "titre", "savoir", "l’issue", "l'issue",
            "excellence", "dieu", "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout",
            "septembre", "octobre", "novembre", "decembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
            "samedi", "dimanche", "huis");

    private Places() {
    }

    /** {@code dateSentenceStart}: where the sentence holding the event date begins, or -1. */
    static Optional<String> find(String text, int dateSentenceStart) {
        Matcher dateline = DATELINE.matcher(text);
        if (dateline.find() && isPlace(dateline.group("place"))) {
            return Optional.of(dateline.group("place"));
        }
        Optional<String> inDateSentence = dateSentenceStart < 0 ? Optional.empty()
                : firstAt(sentenceFrom(text, dateSentenceStart));
        return inDateSentence.or(() -> firstAt(sentenceFrom(text, 0)));
    }

    private static Optional<String> firstAt(String sentence) {
        Matcher at = AT.matcher(sentence);
        while (at.find()) {
            if (isPlace(at.group("place"))) {
                return Optional.of(at.group("place"));
            }
        }
        return Optional.empty();
    }

    private static boolean isPlace(String name) {
        String first = TextKeys.fold(name.split("[ \\-’']")[0]);
        return !NOT_PLACES.contains(first) && name.length() <= 60;
    }

    /** The sentence that starts at or before {@code from}, up to its final period. */
    static String sentenceFrom(String text, int from) {
        int start = from;
        while (start > 0 && !isSentenceBreak(text, start - 1)) {
            start--;
        }
        int end = from;
        while (end < text.length() && !isSentenceBreak(text, end)) {
            end++;
        }
        return text.substring(start, Math.min(text.length(), end + 1));
    }

    private static boolean isSentenceBreak(String text, int i) {
        char c = text.charAt(i);
        return c == '\n' || ((c == '.' || c == '!' || c == '?') && i + 1 < text.length()
                && Character.isWhitespace(text.charAt(i + 1)) && i > 1 && Character.isLowerCase(text.charAt(i - 1)));
    }
}
