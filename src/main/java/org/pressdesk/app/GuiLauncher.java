package org.pressdesk.app;

import java.nio.file.Path;
import org.pressdesk.domain.ServerAddress;

/** Starts the window when the command line names no command. */
@FunctionalInterface
public interface GuiLauncher {

    /**
     * The options given before any command, for the window to use; {@code server} (with its role and CA file, both
     * optional) when {@code --db} names the shared server.
     */
    record Start(Path dataDirectory, String user, boolean demo, ServerAddress server, String serverUser,
            Path serverCa) {
        public Start(Path dataDirectory, String user, boolean demo) {
            this(dataDirectory, user, demo, null, null, null);
        }
    }

    /** Returns the exit code once the window is closed. */
    int launch(Start start);
}
