package org.pressdesk.tagging;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.pressdesk.domain.TagKind;
import org.pressdesk.testing.LabelledFiles;

/**
 * The labelled communiqués of src/test/resources/org/pressdesk/tagging/labelled: each file has a header of
 * expected tags by kind, a line "---", then its title and body.
 */
public final class LabelledSet {
    /** Files up to this number were looked at while the engine was written; the rest were only measured. */
    public static final int LAST_DEVELOPMENT_FILE = 35;

    private LabelledSet() {
    }

    /** One labelled communiqué. */
    public record Item(String file, String title, String body, Map<TagKind, List<String>> expected) {
        public boolean heldOut() {
            return Integer.parseInt(file.substring(0, 2)) > LAST_DEVELOPMENT_FILE;
        }
    }

    public static List<Item> load() {
        return LabelledFiles.read(LabelledSet.class, "labelled", LabelledSet::parse);
    }

    static Item parse(String name, String content) {
        String[] parts = content.split("\n---\n", 2);
        Map<TagKind, List<String>> expected = new EnumMap<>(TagKind.class);
        for (String line : parts[0].split("\n")) {
            int colon = line.indexOf(':');
            TagKind kind = TagKind.valueOf(line.substring(0, colon).strip());
            List<String> labels = new ArrayList<>();
            for (String label : line.substring(colon + 1).split(";")) {
                if (!label.isBlank()) {
                    labels.add(label.strip());
                }
            }
            expected.put(kind, labels);
        }
        String text = parts[1].strip();
        int newline = text.indexOf('\n');
        return new Item(name, text.substring(0, newline).strip(), text.substring(newline + 1).strip(), expected);
    }
}
