package org.pressdesk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/** The .txt files of a labelled set (a test resource folder), in name order, each read by the set's own parser. */
public final class LabelledFiles {
    private LabelledFiles() {
    }

    public static <T> List<T> read(Class<?> owner, String folder, BiFunction<String, String, T> parse) {
        try {
            Path directory = Path.of(owner.getResource(folder).toURI());
            try (Stream<Path> files = Files.list(directory)) {
                List<T> items = new ArrayList<>();
                for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    items.add(parse.apply(file.getFileName().toString(),
                            Files.readString(file, StandardCharsets.UTF_8)));
                }
                return items;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
