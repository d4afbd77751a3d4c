package org.pressdesk.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.pressdesk.domain.PressDeskException;

/**
 * Where PressDesk keeps its database, index and logs: the directory given on the command line, or the user's data
 * directory of the operating system.
 */
public final class DataDirectory {
    /** The folders PressDesk keeps inside its data folder. */
    private static final java.util.Set<String> OWN_FOLDERS = java.util.Set.of("index", "backups", "keys");

    private final Path path;

    private DataDirectory(Path path) {
        this.path = path;
    }

    /** The per-user default: ~/.local/share/pressdesk, %APPDATA%\PressDesk, ~/Library/Application Support/PressDesk. */
    public static Path defaultLocation(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming")
                    : Path.of(appData);
            return base.resolve("PressDesk");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("PressDesk");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg == null || xdg.isBlank() ? home.resolve(".local").resolve("share") : Path.of(xdg);
        return base.resolve("pressdesk");
    }

    public static Path defaultLocation() {
        return defaultLocation(System.getProperty("os.name", ""), System.getenv(),
                Path.of(System.getProperty("user.home")));
    }

    /** Checks the directory and creates it when missing; a clear failure when it is a file or cannot be written. */
    public static DataDirectory prepare(Path requested) {
        Path dir = requested.toAbsolutePath().normalize();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new PressDeskException("data.isFile", dir);
        }
        try {
            OwnerOnlyFiles.createFolder(dir);
        } catch (IOException | SecurityException e) {
            throw new PressDeskException(e, "data.cannotCreate", dir);
        }
        if (!Files.isWritable(dir) || !canWriteIn(dir)) {
            throw new PressDeskException("data.notWritable", dir);
        }
        DataDirectory directory = new DataDirectory(dir);
        directory.tighten();
        return directory;
    }

    /**
     * Makes the folder and PressDesk's own files in it (database, lock, preferences, index, backups) readable by their
     * owner only. Run at start, and again once the database and index are open, since H2 and Lucene create their
     * files with the system's default mode. Other files someone keeps in a chosen folder are left alone; the
     * folder's own mode already keeps others out of them.
     */
    public void tighten() {
        OwnerOnlyFiles.tighten(path, name -> name.startsWith("pressdesk") || name.startsWith("preferences")
                || OWN_FOLDERS.contains(name));
    }

    private static boolean canWriteIn(Path dir) {
        try {
            Path probe = Files.createTempFile(dir, ".write-check", ".tmp");
            Files.delete(probe);
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    public Path path() {
        return path;
    }

    /** The H2 database file name without its ".mv.db" ending, as H2's URL wants it. */
    public Path databaseBase() {
        return path.resolve("pressdesk");
    }

    public boolean hasDatabase() {
        return hasDatabase(path);
    }

    /** Whether {@code folder} holds PressDesk's database, without preparing it as a data folder. */
    public static boolean hasDatabase(Path folder) {
        return Files.exists(folder.resolve("pressdesk.mv.db"));
    }

    public Path resolve(String name) {
        return path.resolve(name);
    }

    @Override
    public String toString() {
        return path.toString();
    }
}
