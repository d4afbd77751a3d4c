package org.pressdesk.local;

import org.pressdesk.domain.BoundedRead;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This machine's preferences (interface language, window layout), kept in a small file of the data directory rather
 * than in the shared database: two people sharing a database keep their own language.
 */
public final class LocalPreferences {
    /** Made on first use: starting the logging framework is not on the path to the first window. */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(LocalPreferences.class);
    }
    private static final String FILE = "preferences.properties";

    /** A preferences file holds a few short lines; a bigger one is not ours and is ignored. */
    private static final long MAX_BYTES = 1024 * 1024;
    private final Path file;
    private final Properties values = new Properties();

    private LocalPreferences(Path file) {
        this.file = file;
    }

    public static LocalPreferences load(Path directory) {
        LocalPreferences preferences = new LocalPreferences(directory.resolve(FILE));
        if (Files.isRegularFile(preferences.file)) {
            try (Reader reader = BoundedRead.utf8(preferences.file, MAX_BYTES)) {
                preferences.values.load(reader);
            } catch (IOException e) {
                Log.LOG.warn("Cannot read {}; using defaults", preferences.file, e);
            }
        }
        return preferences;
    }

    public synchronized Optional<String> get(String name) {
        return Optional.ofNullable(values.getProperty(name));
    }

    /** Sets a value and writes the file at once, through a temporary file so that it is never half written. */
    public synchronized void put(String name, String value) throws IOException {
        values.setProperty(name, value);
        write();
    }

    /** Removes values (those present) and writes the file at once, as {@link #put} does. */
    public synchronized void remove(String... names) throws IOException {
        for (String name : names) {
            values.remove(name);
        }
        write();
    }

    private void write() throws IOException {
        OwnerOnlyFiles.createFolder(file.getParent()); // a first start may remember a server before the folder exists
        Path temporary = file.resolveSibling(FILE + ".tmp");
        try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            values.store(writer, "PressDesk preferences");
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
