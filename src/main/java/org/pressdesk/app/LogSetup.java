package org.pressdesk.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.pressdesk.local.OwnerOnlyFiles;

/**
 * Where the log goes: the operating system's place for an application's logs (~/.local/state/pressdesk/logs on
 * Linux, %LOCALAPPDATA%\PressDesk\Logs on Windows, ~/Library/Logs/PressDesk on macOS). Must run before the first
 * logger is created; {@link LogConfiguration} reads the {@code pressdesk.logDir} property.
 */
public final class LogSetup {
    public static final String PROPERTY = "pressdesk.logDir";

    private LogSetup() {
    }

    /**
     * Chooses the log folder and makes it the owner's only before the first log line: logs name communiqués and
     * accounts, so other local accounts may not read them (older versions left them readable; they are tightened).
     */
    public static void configure() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, logDirectory(System.getProperty("os.name", ""), System.getenv(),
                    Path.of(System.getProperty("user.home"))).toString());
        }
        prepareOwnerOnly(Path.of(System.getProperty(PROPERTY)));
    }

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
            String local = env.get("LOCALAPPDATA");
            Path base = local == null || local.isBlank() ? home.resolve("AppData").resolve("Local") : Path.of(local);
            return base.resolve("PressDesk").resolve("Logs");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Logs").resolve("PressDesk");
        }
        String state = env.get("XDG_STATE_HOME");
        Path base = state == null || state.isBlank() ? home.resolve(".local").resolve("state") : Path.of(state);
        return base.resolve("pressdesk").resolve("logs");
    }
}
