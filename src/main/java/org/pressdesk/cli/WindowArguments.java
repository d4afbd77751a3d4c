package org.pressdesk.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import org.pressdesk.app.GuiLauncher;

/**
 * Recognises a command line that only opens the window ({@code [--data DIR] [--user NAME] [--demo]}), so that the
 * window starts without building the command parser and its two dozen commands first. Anything else, including a
 * mistake, goes to the full parser, which explains it.
 */
public final class WindowArguments {
    private WindowArguments() {
    }

    public static Optional<GuiLauncher.Start> parse(String... args) {
        Path data = null;
        String user = null;
        boolean demo = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value = null;
            String name = arg;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            } else if ((arg.equals("--data") || arg.equals("--user")) && i + 1 < args.length
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
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new GuiLauncher.Start(data, user, demo));
    }

    private static Optional<Path> path(String value) {
        try {
            return Optional.of(Path.of(value));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
