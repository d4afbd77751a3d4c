package org.pressdesk.archive;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.TextKeys;

/**
 * Recognises the issuing office's signature at the end of a communiqué: a short line that does not end a sentence
 * and reads like an office (one known here; mostly capitals, as "PRIMATURE"; parts joined by "/", as
 * "BIP/MAECI"; or an organisation's name, as "Service de la Communication/Ministère de la Santé"), either on a line
 * of its own or after the final sentence of the last paragraph.
 */
final class Signatures {
    static final int MAX_LENGTH = 120;
    private static final List<String> ORGANISATION_WORDS = List.of("service", "cellule", "bureau", "direction",
            "ministere", "primature", "presidence", "cabinet", "secretariat", "gouvernement", "ambassade", "mission",
            "delegation", "porte-parole", "haut-commissariat", "haut commissariat", "commission", "agence",
            "departement", "prefecture", "gouvernorat", "mairie", "conseil national", "assemblee nationale");
    private static final List<String> ARTICLES = List.of("le ", "la ", "les ", "l'");
    /** A sentence ends with . ! ? or …, perhaps followed by closing quotes or a bracket, then a space. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…]+(?:\\s*[»”\"’)])*\\s+");
    /** Words whose period is no sentence end: "M.", "S.E.M.", "Mme.", "Dr.", "etc." before a name. */
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?:\\p{Lu}\\.)*\\p{Lu}|MM|Mme|Mmes|Mlle|Dr|Pr|Me|Mgr|St|Ste|cf|av|art|n°");

    private final Set<String> knownKeys;

    /** {@code knownOffices}: the codes and names of the offices known here. */
    Signatures(Set<String> knownOffices) {
        this.knownKeys = knownOffices.stream().map(Office::codeKey).collect(Collectors.toSet());
    }

    boolean isKnownOffice(String text) {
        return knownKeys.contains(Office.codeKey(text));
    }

    /** True when a whole short line reads like a signature. */
    boolean looksLikeSignature(String line) {
        String text = line.strip();
        if (text.isEmpty() || text.length() > MAX_LENGTH || endsLikeSentence(text) || hasSentenceInside(text)) {
            return false;
        }
        return isKnownOffice(text) || mostlyCapitals(text) || slashedNames(text) || startsWithOrganisation(text);
    }

    /**
     * The signature after the final sentence of a paragraph ("… entre les deux pays. PRIMATURE"), or empty. A
     * sentence end after an abbreviation ("S.E.M. VAN DER BERG") does not count.
     */
    Optional<Split> inlineSignature(String paragraph) {
        Matcher matcher = SENTENCE_END.matcher(paragraph);
        int end = -1;
        while (matcher.find()) {
            if (!afterAbbreviation(paragraph, matcher.start())) {
                end = matcher.end();
            }
        }
        if (end < 0) {
            return Optional.empty();
        }
        String tail = paragraph.substring(end).strip();
        if (!looksLikeSignature(tail)) {
            return Optional.empty();
        }
        return Optional.of(new Split(paragraph.substring(0, end).strip(), tail));
    }

    /** A paragraph cut in two: its text, and the signature that ended it. */
    record Split(String text, String signature) {
    }

    private static boolean afterAbbreviation(String text, int dot) {
        int start = dot;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return text.charAt(dot) == '.' && ABBREVIATION.matcher(text.substring(start, dot)).matches();
    }

    static boolean endsLikeSentence(String text) {
        char last = text.charAt(text.length() - 1);
        return last == '.' || last == ';' || last == ',' || last == ':' || last == '…';
    }

    private static boolean hasSentenceInside(String text) {
        return text.contains(". ") && !mostlyCapitals(text);
    }

    static boolean mostlyCapitals(String text) {
        int letters = 0;
        int capitals = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    capitals++;
                }
            }
        }
        return letters >= 3 && capitals * 10 >= letters * 7;
    }

    private static boolean slashedNames(String text) {
        String[] parts = text.split("/");
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            String p = part.strip();
            if (p.isEmpty() || !Character.isUpperCase(p.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    static boolean startsWithOrganisation(String text) {
        if (!Character.isUpperCase(text.codePointAt(0))) {
            return false;
        }
        String key = TextKeys.fold(text);
        for (String article : ARTICLES) {
            if (key.startsWith(article)) {
                key = key.substring(article.length());
                break;
            }
        }
        for (String word : ORGANISATION_WORDS) {
            if (key.startsWith(word)) {
                return true;
            }
        }
        return false;
    }
}
