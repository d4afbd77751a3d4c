package org.pressdesk.ui.common;

/** The names of this machine's window preferences. */
public final class UiPreferences {
    /** SYSTEM, FRENCH or ENGLISH. */
    public static final String LANGUAGE = "ui.language";
    /** The folder of the last PDF export. */
    public static final String EXPORT_DIRECTORY = "export.directory";

    private UiPreferences() {
    }
}
