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

    private final PhraseIndex<Hit> phrases = new PhraseIndex<>();
    private final List<String> labels = new ArrayList<>();
    private record Stem(String key, Hit hit) {
    }

    /** Stems by their first {@link #MIN_STEM} letters, longest first. */
    private final Map<String, List<Stem>> stems = new HashMap<>();

    private ThemeTable() {
    }

    static ThemeTable load() {
        ThemeTable table = new ThemeTable();
        for (String line : VocabularyFiles.lines("themes.txt")) {
            String[] row = line.split("\\|", -1);
            String label = row[0].strip();
            table.labels.add(label);
            for (String keyword : VocabularyFiles.items(row[1])) {
                table.add(keyword, label);
            }
        }
        return table;
    }

    /** A theme a keyword points to; {@code withPartner}: only when the text names a partner. */
    record Hit(String theme, boolean withPartner) {
    }

    private void add(String entry, String label) {
        boolean withPartner = entry.startsWith("?");
        String keyword = withPartner ? entry.substring(1) : entry;
        Hit hit = new Hit(label, withPartner);
        boolean stem = keyword.endsWith("*");
        String text = stem ? keyword.substring(0, keyword.length() - 1) : keyword;
        if (stem && !text.contains(" ") && !text.contains("’") && Atoms.fold(text).length() >= MIN_STEM) {
            String key = Atoms.fold(text);
            List<Stem> sameStart = stems.computeIfAbsent(key.substring(0, MIN_STEM), k -> new ArrayList<>());
            sameStart.add(new Stem(key, hit));
            sameStart.sort(Comparator.comparingInt((Stem s) -> s.key().length()).reversed());
        } else {
            phrases.add(text, PhraseIndex.Casing.ANY, stem, hit);
        }
    }

    List<String> labels() {
        return labels;
    }

    PhraseIndex<Hit> phrases() {
        return phrases;
    }

    /** The theme of the longest stem that begins {@code key}, if any. */
    Optional<Hit> byStem(String key) {
        if (key.length() < MIN_STEM) {
            return Optional.empty();
        }
        List<Stem> sameStart = stems.get(key.substring(0, MIN_STEM));
        if (sameStart != null) {
            for (Stem stem : sameStart) {
                if (key.startsWith(stem.key())) {
                    return Optional.of(stem.hit());
                }
            }
        }
        return Optional.empty();
    }
}
