package org.pressdesk.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pressdesk.domain.Genre;
import org.pressdesk.domain.Status;

/**
 * Reads the sample communiqués shipped with PressDesk: items separated by a line "%%", each a block of "key: value"
 * header lines, a blank line, then the body.
 */
final class DemoFile {
    static final String RESOURCE = "/org/pressdesk/demo/communiques.txt";

    private DemoFile() {
    }

    static List<DemoItem> load() {
        try (InputStream in = DemoFile.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<DemoItem> parse(String text) {
        List<DemoItem> items = new ArrayList<>();
        for (String block : text.replace("\r\n", "\n").split("(?m)^%%\\s*$")) {
            if (!block.isBlank()) {
                items.add(item(block.strip()));
            }
        }
        return items;
    }

    private static DemoItem item(String block) {
        int split = block.indexOf("\n\n");
        if (split < 0) {
            throw new IllegalArgumentException("demo item without body: " + block.lines().findFirst().orElse(""));
        }
        Map<String, String> header = new HashMap<>();
        for (String line : block.substring(0, split).split("\n")) {
            int colon = line.indexOf(':');
            header.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
        }
        return new DemoItem(header.get("office"), Genre.valueOf(header.get("genre")), header.get("place"),
                LocalDate.parse(header.get("date")), Status.valueOf(header.get("status")), header.get("title"),
                header.get("author"), block.substring(split + 2).strip());
    }
}
