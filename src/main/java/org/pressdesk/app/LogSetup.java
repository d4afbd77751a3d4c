package org.pressdesk.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.pressdesk.local.OwnerOnlyFiles;
import org.slf4j.LoggerFactory;

/**
 * Where the log goes: the operating system's place for an application's logs (~/.local/state/pressdesk/logs on
 * Linux, %LOCALAPPDATA%\PressDesk\Logs on Windows, ~/Library/Logs/PressDesk on macOS), and when logging starts.
 *
 * <p>The folder is chosen at once ({@link #chooseFolder}), but logback starts only when something first asks for a
 * logger: {@link LogConfiguration} then makes the folder the owner's only and opens the file. The window asks for it
 * itself ({@link #start}) once its first screen is painted, off the JavaFX thread, before the database opens; a line
 * logged earlier (an unreadable preferences file, say) starts it there and then, so nothing is lost. Starting it
 * costs a fifth of a second in a cold JVM, which the first window no longer waits for (issue 14).
 */
public final class LogSetup {
    public static final String PROPERTY = "pressdesk.logDir";

    private LogSetup() {
    }

    /** Chooses the log folder, unless {@code -Dpressdesk.logDir} did; must run before the first logger is made. */
    public static void chooseFolder() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, logDirectory(System.getProperty("os.name", ""), System.getenv(),
                    Path.of(System.getProperty("user.home"))).toString());
        }
    }

    /**
     * Starts logging now, on the calling thread, unless something already did: the folder is prepared and the file
     * opened before this returns.
     */
    public static void start() {
        LoggerFactory.getILoggerFactory();
    }

    /**
     * Makes the log folder the owner's only before the first line is written (by {@link LogConfiguration}): logs name
     * communiqués and accounts, so other local accounts may not read them (older versions left them readable; they
     * are tightened).
     */
    static void prepareOwnerOnly(Path logDirectory) {
        try {
            OwnerOnlyFiles.createFolder(logDirectory);
            OwnerOnlyFiles.tighten(logDirectory);
        } catch (IOException | SecurityException e) {
            // Logback reports the folder it cannot write to; nothing more to say before the log exists.
        }
    }

    static Path logDirectory(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return UserFolders.localAppData(env, home).resolve("PressDesk").resolve("Logs");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Logs").resolve("PressDesk");
        }
        String state = env.get("XDG_STATE_HOME");
        Path base = state == null || state.isBlank() ? home.resolve(".local").resolve("state") : Path.of(state);
        return base.resolve("pressdesk").resolve("logs");
    }
}
