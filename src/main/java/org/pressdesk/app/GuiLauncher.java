package org.pressdesk.app;

import java.nio.file.Path;

/** Starts the window when the command line names no command. */
@FunctionalInterface
public interface GuiLauncher {

    /** The options given before any command, for the window to use. */
    record Start(Path dataDirectory, String user, boolean demo) {
    }

    /** Returns the exit code once the window is closed. */
    int launch(Start start);
}
