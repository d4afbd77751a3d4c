package org.pressdesk.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Loads the classes the main window will need (listed in main-window-classes.txt), on a background thread while the
 * person types the password: reading and defining them from the jars is most of the main window's first build in a
 * cold JVM. Classes are loaded, not initialised, so that no static initialiser runs off the JavaFX thread. A name
 * that no longer exists is skipped: the list only saves time, it is never needed.
 */
final class WindowClasses {
    private static final String LIST = "main-window-classes.txt";

    private WindowClasses() {
    }

    static void preload() {
        ClassLoader loader = WindowClasses.class.getClassLoader();
        InputStream list = WindowClasses.class.getResourceAsStream(LIST);
        if (list == null) {
            return;
        }
        try (BufferedReader names = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8))) {
            for (String name = names.readLine(); name != null; name = names.readLine()) {
                load(name.strip(), loader);
            }
        } catch (IOException e) {
            // a missing or unreadable list costs time only
        }
    }

    private static void load(String name, ClassLoader loader) {
        if (name.isEmpty() || name.startsWith("#")) {
            return;
        }
        try {
            Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            // renamed or removed since the list was made
        }
    }
}
