package org.pressdesk.pdf;

/** The faces a communiqué is set in: Liberation Serif, metric-compatible with Times New Roman. */
enum FontStyle {
    REGULAR("/liberation/LiberationSerif-Regular.ttf"),
    BOLD("/liberation/LiberationSerif-Bold.ttf"),
    ITALIC("/liberation/LiberationSerif-Italic.ttf");

    private final String resource;

    FontStyle(String resource) {
        this.resource = resource;
    }

    /** The classpath resource of the TrueType file. */
    String resource() {
        return resource;
    }
}
