package org.pressdesk.tagging;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** International and regional organisations from organizations.txt, by name and by acronym. */
final class OrganizationTable {
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
                table.acronyms.add(acronym);
            }
            for (String name : VocabularyFiles.items(row.length > 2 ? row[2] : "")) {
                table.add(name, label);
            }
        }
        return table;
    }

    private void add(String name, String label) {
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
