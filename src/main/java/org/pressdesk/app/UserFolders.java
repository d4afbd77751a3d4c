package org.pressdesk.app;

import java.nio.file.Path;
import java.util.Map;

/** The folders Windows sets aside for an account's program files, shared by the logs and the class archives. */
final class UserFolders {
    private UserFolders() {
    }

    /** Windows' local (not roaming) application data: {@code %LOCALAPPDATA%}, else {@code ~\AppData\Local}. */
    static Path localAppData(Map<String, String> env, Path home) {
        String local = env.get("LOCALAPPDATA");
        return local == null || local.isBlank() ? home.resolve("AppData").resolve("Local") : Path.of(local);
    }
}
