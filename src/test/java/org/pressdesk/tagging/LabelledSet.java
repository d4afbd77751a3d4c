package org.pressdesk.tagging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.pressdesk.domain.TagKind;

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
        try {
            Path directory = Path.of(LabelledSet.class.getResource("labelled").toURI());
            try (Stream<Path> files = Files.list(directory)) {
                List<Item> items = new ArrayList<>();
                for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    items.add(parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
                }
                return items;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
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
