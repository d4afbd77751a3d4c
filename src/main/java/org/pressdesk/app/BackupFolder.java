package org.pressdesk.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.pressdesk.domain.PressDeskException;

/**
 * The files PressDesk writes in a backup folder, recognised by their exact names: {@code pressdesk-YYYYMMDD-HHMMSS.zip}
 * (checked and good), {@code pressdesk-YYYYMMDD-HHMMSS.partial.zip} (being written, interrupted or failed its
 * check) and the {@code .keys} file beside each. Nothing else in the folder is ever listed or deleted.
 */
public final class BackupFolder {
    static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'pressdesk-'yyyyMMdd'-'HHmmss")
            .withZone(ZoneOffset.UTC);
    private static final Pattern OURS = Pattern.compile("(pressdesk-\\d{8}-\\d{6})(\\.partial)?\\.zip");
    static final String PARTIAL = ".partial";

    /** One backup file: whether it was checked and is good, when it was made and its size in bytes. */
    public record Entry(Path file, Instant madeAt, boolean good, long size) {
    }

    private final Path folder;

    public BackupFolder(Path folder) {
        this.folder = folder;
    }

    public Path path() {
        return folder;
    }

    /** Every backup file of PressDesk in the folder, newest first; an empty list when the folder does not exist. */
    public List<Entry> entries() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Entry> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                entry(file).ifPresent(found::add);
            }
        } catch (IOException e) {
            throw new PressDeskException(e, "backup.cannotRead", folder);
        }
        found.sort(Comparator.comparing(Entry::madeAt).reversed());
        return found;
    }

    /** The checked backups only, newest first. */
    public List<Entry> good() {
        return entries().stream().filter(Entry::good).toList();
    }

    /** Deletes one of PressDesk's backups and its key slots; refuses any other file. */
    public void delete(Entry entry) {
        Optional<Entry> ours = entry(entry.file());
        if (ours.isEmpty() || !entry.file().getParent().equals(folder)) {
            throw new IllegalArgumentException("not a PressDesk backup of this folder: " + entry.file());
        }
        try {
            Files.deleteIfExists(keysOf(entry.file()));
            Files.deleteIfExists(entry.file());
        } catch (IOException e) {
            throw new PressDeskException(e, "backup.cannotWrite", folder);
        }
    }

    /** The key slots saved beside a backup ({@code pressdesk-….keys}), whatever its state. */
    static Path keysOf(Path backup) {
        Matcher name = OURS.matcher(backup.getFileName().toString());
        String base = name.matches() ? name.group(1) : backup.getFileName().toString();
        return backup.resolveSibling(base + ".keys");
    }

    private static Optional<Entry> entry(Path file) {
        Matcher name = OURS.matcher(file.getFileName().toString());
        if (!name.matches() || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Instant madeAt = NAME.parse(name.group(1), Instant::from);
            return Optional.of(new Entry(file, madeAt, name.group(2) == null, Files.size(file)));
        } catch (DateTimeParseException | IOException e) {
            return Optional.empty();
        }
    }
}
