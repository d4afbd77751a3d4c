package org.pressdesk.tagging;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the vocabulary files kept beside these classes (countries.txt, organizations.txt, themes.txt). */
final class VocabularyFiles {
    private VocabularyFiles() {
    }

    /** The file's lines, without blank lines and # comments. */
    static List<String> lines(String name) {
        InputStream stream = VocabularyFiles.class.getResourceAsStream(name);
        if (stream == null) {
            throw new IllegalStateException("missing vocabulary file " + name);
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /** The items of a ";"-separated field, stripped, blanks left out. */
    static List<String> items(String field) {
        List<String> items = new ArrayList<>();
        for (String item : field.split(";")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }
}
