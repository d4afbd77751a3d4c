package org.pressdesk.tagging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The office's themes from themes.txt and their keywords: words, stems ("vaccin*") and phrases ("sécurité
 * alimentaire"), matched without case or accents.
 */
final class ThemeTable {
    /** Stems shorter than this are taken as whole words, so that a stem never matches by chance. */
    private static final int MIN_STEM = 4;

    private final PhraseIndex<String> phrases = new PhraseIndex<>();
    /** Stems by their first {@link #MIN_STEM} letters, longest first. */
    private final Map<String, List<String[]>> stems = new HashMap<>();

    private ThemeTable() {
    }

    static ThemeTable load() {
        ThemeTable table = new ThemeTable();
        for (String line : VocabularyFiles.lines("themes.txt")) {
            String[] row = line.split("\\|", -1);
            String label = row[0].strip();
            for (String keyword : VocabularyFiles.items(row[1])) {
                table.add(keyword, label);
            }
        }
        return table;
    }

    private void add(String keyword, String label) {
        boolean stem = keyword.endsWith("*");
        String text = stem ? keyword.substring(0, keyword.length() - 1) : keyword;
        if (stem && !text.contains(" ") && !text.contains("’") && Atoms.fold(text).length() >= MIN_STEM) {
            String key = Atoms.fold(text);
            List<String[]> sameStart = stems.computeIfAbsent(key.substring(0, MIN_STEM), k -> new ArrayList<>());
            sameStart.add(new String[] {key, label});
            sameStart.sort(Comparator.comparingInt((String[] entry) -> entry[0].length()).reversed());
        } else {
            phrases.add(text, PhraseIndex.Casing.ANY, stem, label);
        }
    }

    PhraseIndex<String> phrases() {
        return phrases;
    }

    /** The theme of the longest stem that begins {@code key}, if any. */
    Optional<String> byStem(String key) {
        if (key.length() < MIN_STEM) {
            return Optional.empty();
        }
        List<String[]> sameStart = stems.get(key.substring(0, MIN_STEM));
        if (sameStart != null) {
            for (String[] stem : sameStart) {
                if (key.startsWith(stem[0])) {
                    return Optional.of(stem[1]);
                }
            }
        }
        return Optional.empty();
    }
}
