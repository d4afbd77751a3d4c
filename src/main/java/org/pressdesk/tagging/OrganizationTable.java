package org.pressdesk.tagging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** International and regional organisations from organizations.txt, by name and by acronym. */
final class OrganizationTable {
    /** Acronyms of this many letters or more are matched in any case. */
    private static final int ANY_CASE_ACRONYM = 5;
    private final PhraseIndex<String> names = new PhraseIndex<>();
    private final Set<String> acronyms = new HashSet<>();
    private final List<String> labels = new ArrayList<>();

    private OrganizationTable() {
    }

    static OrganizationTable load() {
        OrganizationTable table = new OrganizationTable();
        for (String line : VocabularyFiles.lines("organizations.txt")) {
            String[] row = line.split("\\|", -1);
            String label = row[0].strip();
            table.labels.add(label);
            table.add(label, label);
            for (String acronym : VocabularyFiles.items(row.length > 1 ? row[1] : "")) {
                table.names.add(acronym, PhraseIndex.Casing.AS_WRITTEN, label);
                if (acronym.codePoints().filter(Character::isLetter).count() >= ANY_CASE_ACRONYM) {
                    // "Cedeao", "Unesco": long acronyms are written as words too, and are no French word.
                    table.names.add(acronym, PhraseIndex.Casing.ANY, label);
                }
                table.acronyms.add(acronym);
            }
            for (String name : VocabularyFiles.items(row.length > 2 ? row[2] : "")) {
                table.add(name, label);
            }
        }
        return table;
    }

    /** The names of an organisation, its label first. */
    private final Map<String, List<String>> namesOf = new HashMap<>();

    /** The names (not acronyms) the list gives an organisation. */
    List<String> namesOf(String label) {
        return namesOf.getOrDefault(label, List.of());
    }

    private void add(String name, String label) {
        if (name.chars().anyMatch(Character::isLowerCase)) {
            namesOf.computeIfAbsent(label, k -> new ArrayList<>()).add(name);
        }
        boolean acronym = name.chars().noneMatch(Character::isLowerCase);
        names.add(name, acronym ? PhraseIndex.Casing.AS_WRITTEN : PhraseIndex.Casing.ANY, label);
        if (acronym) {
            acronyms.add(name);
        }
    }

    List<String> labels() {
        return labels;
    }

    PhraseIndex<String> names() {
        return names;
    }

    /** Whether a word in capitals is a known acronym, so never a surname. */
    boolean isAcronym(String word) {
        return acronyms.contains(word);
    }
}
