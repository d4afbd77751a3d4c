package org.pressdesk.tagging;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pressdesk.domain.TagKind;

/**
 * Finds persons: a name after an honorific or a title ("S.E.M. Pieter DE VRIES", "le Ministre DIALLO"), or a run
 * of capitalised words with a surname in capitals ("Aminata TRAORÉ"). A later mention by surname alone ("la
 * Ministre DEMBÉLÉ") counts for the full name; a surname never given in full is left out.
 */
final class PersonFinder {
    private static final int MAX_WORDS = 6;
    /** How far back a title may stand before the comma of an apposition ("la Première ministre du Danemark, …"). */
    private static final int APPOSITION_REACH = 14;
    /** How many capitalised words may stand between a place word and a name ("Aéroport international Président"). */
    private static final int PLACE_REACH = 6;
    private static final Set<String> FIRST_NAMES = firstNames();

    private final OrganizationTable organizations;
    private final CountryTable countries;

    PersonFinder(OrganizationTable organizations, CountryTable countries) {
        this.organizations = organizations;
        this.countries = countries;
    }

    private static Set<String> firstNames() {
        Set<String> names = new HashSet<>();
        for (String line : VocabularyFiles.lines("first-names.txt")) {
            for (String name : line.strip().split("\\s+")) {
                names.add(Atoms.fold(name));
            }
        }
        return Set.copyOf(names);
    }

    /** A name in the text: where its honorific starts, its words as written, where it ends. */
    record Mention(int from, int to, List<String> words) {
        List<String> keys() {
            return Atoms.keys(String.join(" ", words));
        }
    }

    void find(Passage passage) {
        List<Mention> mentions = new ArrayList<>();
        int i = 0;
        while (i < passage.size()) {
            Mention mention = mentionAt(passage, i);
            if (mention == null) {
                i++;
            } else {
                mentions.add(mention);
                passage.take(mention.from(), mention.to() - mention.from() + 1, TagKind.PERSON);
                i = mention.to() + 1;
            }
        }
        new PersonMentions(passage).record(mentions);
    }

    private Mention mentionAt(Passage passage, int i) {
        if (passage.taken(i)) {
            return null;
        }
        int start = Honorifics.after(passage, i);
        if (!Honorifics.courtesy(passage, i) && afterPlaceWord(passage, i)) {
            return null;
        }
        if (start >= 0 && start < passage.size()) {
            Mention titled = run(passage, i, start, true);
            if (titled != null) {
                return titled;
            }
        }
        return start < 0 ? run(passage, i, i, false) : null;
    }

    /**
     * Whether the capitalised words at {@code i} name a place or a building after a person: "Boulevard du Président
     * Modibo Keïta", "Aéroport international Blaise Diagne", "Palais Mohammed V".
     */
    private static boolean afterPlaceWord(Passage passage, int i) {
        for (int k = i - 1; k >= 0 && k >= i - PLACE_REACH; k--) {
            Atom atom = passage.atom(k);
            if (atom.gap() == Atom.Gap.BREAK) {
                return false;
            }
            if (FrenchWords.PLACES.contains(atom.key())) {
                return true;
            }
            boolean linking = FrenchWords.PARTICLES.contains(atom.key()) || atom.key().startsWith("international");
            if (!atom.capitalised() && !linking) {
                return false;
            }
        }
        return false;
    }

    /**
     * A name set off by a comma after a title in the same sentence: "la Première ministre du Danemark, Mette
     * Frederiksen", "Le président sénégalais, Macky Sall".
     */
    private static boolean apposition(Passage passage, int start) {
        if (start == 0 || !passage.gapAfter(start - 1).strip().equals(",")) {
            return false;
        }
        for (int k = start - 1; k >= 0 && k >= start - APPOSITION_REACH; k--) {
            if (k < start - 1 && passage.atom(k).gap() == Atom.Gap.BREAK
                    && !passage.gapAfter(k).strip().equals(",")) {
                return false;
            }
            if (FrenchWords.TITLES.contains(passage.atom(k).key()) || FrenchWords.ROLES.contains(passage.atom(k).key())) {
                return true;
            }
        }
        return false;
    }

    /** Capitalised words that name a country or its capital ("Burkina Faso", "Côte d’Ivoire"). */
    private boolean countryAt(Passage passage, int k) {
        return !countries.forms().longest(passage.atoms(), k).isEmpty();
    }

    private Mention run(Passage passage, int from, int start, boolean titled) {
        List<String> words = new ArrayList<>();
        boolean capitals = false;
        boolean ordinary = false;
        int k = start;
        int end = -1;
        while (k < passage.size() && words.size() < MAX_WORDS) {
            int last = wordEnd(passage, k);
            NameWord kind = classify(passage, k, last, words.isEmpty());
            if (kind == NameWord.NONE || kind == NameWord.PARTICLE && !followedByName(passage, last)) {
                break;
            }
            String word = passage.span(k, last);
            words.add(word);
            if (kind == NameWord.NAME) {
                capitals |= allCaps(passage, k, last);
                ordinary |= passage.atom(k).titleCase();
                end = last;
            }
            if (passage.atom(last).gap() != Atom.Gap.SPACE) {
                break;
            }
            k = last + 1;
        }
        List<String> name = trimParticles(words);
        boolean named = titled || name.size() >= 2 && capitals && ordinary && !passage.inCapitalLine(start)
                || end >= 0 && !capitals && plainName(passage, start, name);
        return end >= 0 && named ? new Mention(from, end, name) : null;
    }

    /**
     * Two to four words in ordinary capitals read as a name where a person is expected: after a title and a comma,
     * or starting with a known given name ("Ousmane Sonko a présidé…"); never a country's name.
     */
    private boolean plainName(Passage passage, int start, List<String> name) {
        if (name.size() < 2 || name.size() > 4 || passage.inCapitalLine(start) || countryAt(passage, start)) {
            return false;
        }
        return FIRST_NAMES.contains(passage.atom(start).key()) || apposition(passage, start);
    }

    private enum NameWord {
        NAME,
        PARTICLE,
        NONE
    }

    private NameWord classify(Passage passage, int first, int last, boolean leading) {
        Atom atom = passage.atom(first);
        if (passage.taken(first) || atom.isNumber()) {
            return NameWord.NONE;
        }
        if (first == last && FrenchWords.PARTICLES.contains(atom.key())) {
            boolean article = FrenchWords.LOWER_PARTICLES.contains(atom.key()) && !atom.allCaps();
            return leading && (!atom.capitalised() || article) ? NameWord.NONE : NameWord.PARTICLE;
        }
        if (Honorifics.after(passage, first) >= 0 && !FrenchWords.TITLES.contains(atom.key())) {
            return NameWord.NONE;
        }
        if (!atom.capitalised() || first == last && FrenchWords.FUNCTION.contains(atom.key())
                || FrenchWords.NOT_NAMES.contains(atom.key()) || FrenchWords.TITLES.contains(atom.key())
                || atom.allCaps() && organizations.isAcronym(atom.text())) {
            return NameWord.NONE;
        }
        return NameWord.NAME;
    }

    private boolean followedByName(Passage passage, int last) {
        if (passage.atom(last).gap() != Atom.Gap.SPACE || last + 1 >= passage.size()) {
            return false;
        }
        int next = last + 1;
        NameWord kind = classify(passage, next, wordEnd(passage, next), false);
        return kind == NameWord.NAME || kind == NameWord.PARTICLE && followedByName(passage, wordEnd(passage, next));
    }

    /** The last atom of the word that starts at {@code k}: "Jean-Baptiste", "N’DIAYE", "AL-MANSOURI". */
    private static int wordEnd(Passage passage, int k) {
        int last = k;
        while (passage.atom(last).joined() && last + 1 < passage.size()
                && passage.atom(last + 1).capitalised() && passage.atom(last).capitalised()) {
            last++;
        }
        return last;
    }

    private static boolean allCaps(Passage passage, int first, int last) {
        for (int k = first; k <= last; k++) {
            if (!passage.atom(k).allCaps() && passage.atom(k).text().length() > 1) {
                return false;
            }
        }
        return true;
    }

    private static List<String> trimParticles(List<String> words) {
        List<String> name = new ArrayList<>(words);
        while (!name.isEmpty() && FrenchWords.PARTICLES.contains(Atoms.fold(name.get(name.size() - 1)))) {
            name.remove(name.size() - 1);
        }
        return name;
    }
}
