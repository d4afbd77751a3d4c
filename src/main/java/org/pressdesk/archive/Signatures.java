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
            "departement", "prefecture", "gouvernorat", "mairie", "conseil national", "assemblee nationale",
            "ministre", "porte-parole", "etat-major", "secretaire general", "haute autorite", "affaires mondiales");
    private static final List<String> ARTICLES = List.of("le ", "la ", "les ", "l'");
    /** A sentence ends with . ! ? or …, perhaps followed by closing quotes or a bracket, then a space. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…]+(?:\\s*[»”\"’)])*\\s+");
    /** Words whose period is no sentence end: "M.", "S.E.M.", "Mme.", "Dr.", "etc." before a name. */
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?:\\p{Lu}\\.)*\\p{Lu}|MM|Mme|Mmes|Mlle|Dr|Pr|Me|Mgr|St|Ste|cf|av|art|n°");

    /** "Source :", "Signé :", "Signature :": what follows is the signature, whatever it looks like. */
    private static final Pattern EXPLICIT = Pattern.compile(
            "(?iu)^(?:sources?|sign[ée]e?|signature|publi[ée] par|communiqu[ée] par)\\s*:\\s*");
    /** "Avec BIP/MAECI", "Source Primature": a word before a signature, kept out of it. */
    private static final Pattern LEADING_WORD = Pattern.compile("^(?:Avec|AVEC|Par|PAR|Source|SOURCE)\\s+(?=\\p{Lu})");
    /** The last part of an agency line, "AB/CD/AIB/juin 2019": a month and year, or a date. */
    private static final Pattern DATE_PART = Pattern.compile("(?iu)(?:\\d{1,2}\\s+)?(?:janvier|f[ée]vrier|mars|avril|"
            + "mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)\\s+\\d{4}|\\d{1,2}[-.]\\d{1,2}[-.]\\d{2,4}|"
            + "(?:19|20)\\d\\d");
    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}{1,4}");
    /** Words after which a signature's line goes on in the next one (a name cut by the line's end). */
    private static final Set<String> CONTINUING = Set.of("de", "du", "des", "la", "le", "les", "l'", "l’", "d'", "d’",
            "et", "pour", "aupres", "auprès", "en", "a", "à", "au", "aux");

    private final Set<String> knownKeys;

    /** {@code knownOffices}: the codes and names of the offices known here. */
    Signatures(Set<String> knownOffices) {
        this.knownKeys = knownOffices.stream().map(Office::codeKey).collect(Collectors.toSet());
    }

    boolean isKnownOffice(String text) {
        return knownKeys.contains(Office.codeKey(text));
    }

    /**
     * The signature as it should be kept: "Source :", "Signé :" or "Avec" taken off, and an agency line's initials
     * and date ("AB/CD/AIB/juin 2019") reduced to the agency.
     */
    static String clean(String signature) {
        String text = signature.strip().replaceAll("\\s+", " ");
        Matcher explicit = EXPLICIT.matcher(text);
        if (explicit.find()) {
            text = text.substring(explicit.end()).strip();
        } else {
            text = LEADING_WORD.matcher(text).replaceFirst("");
        }
        return agency(text);
    }

    /** "AB/CD/AIB/juin 2019" is the agency AIB; other texts are returned as they are. */
    private static String agency(String text) {
        String[] parts = text.split("\\s*/\\s*");
        if (parts.length < 3 || !DATE_PART.matcher(parts[parts.length - 1]).matches()) {
            return text;
        }
        for (int i = 0; i < parts.length - 2; i++) {
            if (!INITIALS.matcher(parts[i]).matches()) {
                return text;
            }
        }
        return parts[parts.length - 2];
    }

    /**
     * Joins a signature's lines: a line that stops on "du", "de la", "et"… goes on in the next one; other lines are
     * parts of the signature joined by "/" ("BIP" and "MAECI" make "BIP/MAECI").
     */
    static String joinLines(List<String> lines) {
        StringBuilder joined = new StringBuilder();
        for (String line : lines) {
            String text = line.strip();
            if (joined.length() > 0) {
                String[] words = joined.toString().split("\\s+");
                String lastWord = TextKeys.fold(words[words.length - 1]);
                boolean continues = CONTINUING.contains(lastWord) || Character.isLowerCase(text.codePointAt(0));
                joined.append(continues ? " " : "/");
            }
            joined.append(text);
        }
        return clean(joined.toString());
    }

    /** True when a whole short line reads like a signature. */
    boolean looksLikeSignature(String line) {
        String stripped = line.strip();
        Matcher explicit = EXPLICIT.matcher(stripped);
        if (explicit.find()) {
            String rest = stripped.substring(explicit.end()).strip();
            return !rest.isEmpty() && rest.length() <= MAX_LENGTH && !rest.endsWith(";");
        }
        String text = clean(stripped);
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
        return Optional.of(new Split(paragraph.substring(0, end).strip(), clean(tail)));
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
