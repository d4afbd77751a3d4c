package org.pressdesk.tagging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrases of one or more atoms, found at a position of a text by their first atom; the longest phrase wins.
 * A phrase may require capitals (acronyms such as "ONU" or "RDC" match only as written) or a capital initial (names
 * of countries and cities, so that "une grenade" is not Grenada).
 */
final class PhraseIndex<T> {
    private final Map<String, List<Phrase<T>>> byFirstAtom = new HashMap<>();

    /** How a phrase must be written to match. */
    enum Casing {
        ANY,
        CAPITAL_INITIAL,
        AS_WRITTEN
    }

    private record Phrase<T>(List<String> keys, List<String> texts, Casing casing, boolean prefixLast, T value) {
    }

    /** A phrase found in the text: its value, and how many atoms it spans. */
    record Match<T>(T value, int length) {
    }

    void add(String phrase, Casing casing, boolean prefixLast, T value) {
        List<Atom> atoms = Atoms.of(phrase, 0);
        if (atoms.isEmpty()) {
            return;
        }
        List<String> keys = atoms.stream().map(Atom::key).toList();
        List<String> texts = atoms.stream().map(Atom::text).toList();
        byFirstAtom.computeIfAbsent(keys.get(0), k -> new ArrayList<>())
                .add(new Phrase<>(keys, texts, casing, prefixLast, value));
    }

    void add(String phrase, Casing casing, T value) {
        add(phrase, casing, false, value);
    }

    /** Every phrase of the longest length that starts at {@code at}; empty when none does. */
    List<Match<T>> longest(List<Atom> atoms, int at) {
        List<Phrase<T>> candidates = byFirstAtom.get(atoms.get(at).key());
        if (candidates == null) {
            return List.of();
        }
        List<Match<T>> best = new ArrayList<>(2);
        int bestLength = 0;
        for (Phrase<T> phrase : candidates) {
            int length = phrase.keys().size();
            if (length >= bestLength && matches(phrase, atoms, at)) {
                if (length > bestLength) {
                    best.clear();
                    bestLength = length;
                }
                best.add(new Match<>(phrase.value(), length));
            }
        }
        return best;
    }

    private static boolean matches(Phrase<?> phrase, List<Atom> atoms, int at) {
        int length = phrase.keys().size();
        if (at + length > atoms.size()) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            Atom atom = atoms.get(at + k);
            if (k > 0 && atoms.get(at + k - 1).gap() == Atom.Gap.BREAK) {
                return false;
            }
            boolean last = k == length - 1;
            String key = phrase.keys().get(k);
            boolean same = last && phrase.prefixLast() ? atom.key().startsWith(key) : atom.key().equals(key);
            if (!same || phrase.casing() == Casing.AS_WRITTEN && !atom.text().equals(phrase.texts().get(k))) {
                return false;
            }
        }
        return phrase.casing() != Casing.CAPITAL_INITIAL || capitalsKept(phrase, atoms, at);
    }

    /** The phrase's first capital is a capital in the text too ("l’île Maurice", not "une grenade"). */
    private static boolean capitalsKept(Phrase<?> phrase, List<Atom> atoms, int at) {
        for (int k = 0; k < phrase.texts().size(); k++) {
            if (Character.isUpperCase(phrase.texts().get(k).codePointAt(0))) {
                return atoms.get(at + k).capitalised();
            }
        }
        return true;
    }
}
