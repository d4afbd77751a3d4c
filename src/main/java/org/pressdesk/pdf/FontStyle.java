package org.pressdesk.pdf;

/** The faces a communiqué is set in: Liberation Serif, metric-compatible with Times New Roman. */
enum FontStyle {
    REGULAR("/liberation/LiberationSerif-Regular.ttf"),
    BOLD("/liberation/LiberationSerif-Bold.ttf"),
    ITALIC("/liberation/LiberationSerif-Italic.ttf"),
    BOLD_ITALIC("/liberation/LiberationSerif-BoldItalic.ttf");

    private final String resource;

    FontStyle(String resource) {
        this.resource = resource;
    }

    /** The face for text in that weight and slant. */
    static FontStyle of(boolean bold, boolean italic) {
        if (bold) {
            return italic ? BOLD_ITALIC : BOLD;
        }
        return italic ? ITALIC : REGULAR;
    }

    /** The classpath resource of the TrueType file. */
    String resource() {
        return resource;
    }
}
