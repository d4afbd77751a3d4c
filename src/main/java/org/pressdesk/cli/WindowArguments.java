package org.pressdesk.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.pressdesk.app.GuiLauncher;
import org.pressdesk.domain.ServerAddress;

/**
 * Recognises a command line that only opens the window ({@code [--data DIR] [--user NAME] [--demo]}, and the shared
 * server's {@code [--db postgresql://HOST[:PORT]/NAME] [--db-user ROLE] [--db-ca FILE]}), so that the
 * window starts without building the command parser and its two dozen commands first. Anything else, including a
 * mistake, goes to the full parser, which explains it.
 */
public final class WindowArguments {
    /** The root's options that take a value: the word after one is its value, never a command. */
    static final Set<String> ROOT_TAKES_VALUE = Set.of("--data", "--user", "--db", "--db-user", "--db-ca");

    private WindowArguments() {
    }

    public static Optional<GuiLauncher.Start> parse(String... args) {
        Path data = null;
        String user = null;
        boolean demo = false;
        String db = null;
        String dbUser = null;
        Path dbCa = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value = null;
            String name = arg;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            } else if (ROOT_TAKES_VALUE.contains(arg) && i + 1 < args.length
                    && !args[i + 1].startsWith("-")) {
                value = args[++i];
            }
            if (name.equals("--demo") && value == null && !demo) {
                demo = true;
            } else if (name.equals("--data") && value != null && !value.isEmpty() && data == null) {
                Optional<Path> path = path(value);
                if (path.isEmpty()) {
                    return Optional.empty();
                }
                data = path.get();
            } else if (name.equals("--user") && value != null && !value.isEmpty() && user == null) {
                user = value;
            } else if (name.equals("--db") && value != null && ServerAddress.isServer(value) && db == null) {
                db = value;
            } else if (name.equals("--db-user") && value != null && !value.isEmpty() && dbUser == null) {
                dbUser = value;
            } else if (name.equals("--db-ca") && value != null && !value.isEmpty() && dbCa == null
                    && path(value).isPresent()) {
                dbCa = path(value).get();
            } else {
                return Optional.empty();
            }
        }
        if (db == null) {
            return dbUser == null && dbCa == null ? Optional.of(new GuiLauncher.Start(data, user, demo))
                    : Optional.empty();
        }
        try {
            return Optional.of(new GuiLauncher.Start(data, user, demo, ServerAddress.parse(db), dbUser, dbCa));
        } catch (RuntimeException e) {
            return Optional.empty(); // the full parser says what is wrong with the address
        }
    }

    private static Optional<Path> path(String value) {
        try {
            return Optional.of(Path.of(value));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
