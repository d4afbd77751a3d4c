package org.pressdesk.tagging;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.pressdesk.domain.TagKind;

/**
 * Finds countries by name, official form, demonym, capital and compound ("sino-maliennes"), and leaves out what
 * only looks like one: a river ("fleuve Niger", "Festival sur le Niger"), a gulf ("golfe de Guinée"), a language
 * ("en anglais"), an instrument named after a city ("Accord de Paris"), and the office's own country.
 */
final class CountryFinder {
    private static final Set<String> NEUTRAL_PREFIXES = Set.of("inter", "intra", "pan", "trans", "anti", "pro");
    private final CountryTable table;

    CountryFinder(CountryTable table) {
        this.table = table;
    }

    void find(Passage passage, KnownNames known, String ownCode) {
        int i = 0;
        while (i < passage.size()) {
            i = passage.taken(i) ? i + 1 : at(passage, i, known, ownCode);
        }
    }

    /** Reads what starts at {@code i}; returns where to go on. */
    private int at(Passage passage, int i, KnownNames known, String ownCode) {
        List<PhraseIndex.Match<CountryForm>> matches = table.forms().longest(passage.atoms(), i);
        if (matches.isEmpty()) {
            matches = known.countries().longest(passage.atoms(), i);
        }
        int length = matches.isEmpty() ? 0 : matches.get(0).length();
        int chainEnd = chainEnd(passage, i);
        if (chainEnd >= i + Math.max(length, 1)) {
            compound(passage, i, chainEnd, ownCode);
            return chainEnd + 1;
        }
        if (length == 0 || passage.anyTaken(i, length)) {
            return i + 1;
        }
        CountryForm form = matches.get(0).value();
        if (counts(passage, i, form)) {
            found(passage, i, length, form.country(), passage.span(i, i + length - 1), ownCode);
        }
        passage.take(i, length, TagKind.COUNTRY);
        return i + length;
    }

    /**
     * A compound names countries only when every part does: "sino-maliennes" yes, "franco-arabe" no. A leading
     * "inter-" or "pan-" says nothing ("inter-Maliens"), and in a chain of proper names ("la route Bamako-Ségou")
     * the places that are no country are passed over.
     */
    private void compound(Passage passage, int from, int to, String ownCode) {
        List<Country> countries = new ArrayList<>();
        int k = from;
        if (k < to && NEUTRAL_PREFIXES.contains(passage.atom(k).key())) {
            k++;
        }
        boolean properNames = true;
        for (int j = k; j <= to; j++) {
            properNames &= passage.atom(j).capitalised();
        }
        while (k <= to) {
            var prefix = table.byPrefix(passage.atom(k).key());
            var matches = table.forms().longest(passage.atoms(), k);
            int length = matches.isEmpty() ? 0 : matches.get(0).length();
            if (length > 0 && k + length - 1 <= to) {
                countries.add(matches.get(0).value().country());
                k += length;
            } else if (prefix.isPresent() && k < to) {
                countries.add(prefix.get());
                k++;
            } else if (properNames) {
                k++;
            } else {
                return;
            }
        }
        if (countries.isEmpty()) {
            return;
        }
        String evidence = passage.span(from, to);
        for (Country country : countries) {
            found(passage, from, to - from + 1, country, evidence, ownCode);
        }
        passage.take(from, to - from + 1, TagKind.COUNTRY);
    }

    private static void found(Passage passage, int at, int length, Country country, String evidence,
            String ownCode) {
        if (country.code() == null || !country.code().equals(ownCode)) {
            passage.findings().add(TagKind.COUNTRY, country.label(), at, evidence, 1);
        }
    }

    /** The last atom of the hyphenated compound that starts at {@code i} ({@code i} itself when there is none). */
    private static int chainEnd(Passage passage, int i) {
        if (i > 0 && passage.atom(i - 1).gap() == Atom.Gap.HYPHEN) {
            return i;
        }
        int last = i;
        while (passage.atom(last).gap() == Atom.Gap.HYPHEN && last + 1 < passage.size()) {
            last++;
        }
        return last;
    }

    private static boolean counts(Passage passage, int i, CountryForm form) {
        if (afterGeography(passage, i)) {
            return false;
        }
        String before = passage.keyBefore(i, 1);
        String twoBefore = passage.keyBefore(i, 2);
        if (form.country().river() && form.type() == CountryForm.Type.NAME && twoBefore.equals("sur")
                && (before.equals("le") || before.equals("la"))) {
            return false;
        }
        if (form.type() == CountryForm.Type.CAPITAL && (before.equals("de") || before.equals("d"))
                && FrenchWords.INSTRUMENTS.contains(twoBefore)) {
            return false;
        }
        return !(form.type() == CountryForm.Type.DEMONYM && isLanguage(before, form));
    }

    /** "le français", "en anglais", "langue arabe": a language, not a country. */
    private static boolean isLanguage(String before, CountryForm form) {
        return before.equals("langue") || before.equals("langues") || form.masculineSingular()
                && (before.equals("le") || before.equals("l") || before.equals("du") || before.equals("en"));
    }

    /** "fleuve Niger", "Office du Niger", "golfe de Guinée", "océan Indien". */
    private static boolean afterGeography(Passage passage, int i) {
        for (int offset = 1; offset <= 3; offset++) {
            String key = passage.keyBefore(i, offset);
            if (FrenchWords.GEOGRAPHY.contains(key)) {
                return true;
            }
            if (!(key.equals("de") || key.equals("du") || key.equals("d") || key.equals("la") || key.equals("l")
                    || key.equals("des"))) {
                return false;
            }
        }
        return false;
    }
}
