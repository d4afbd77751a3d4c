package org.pressdesk.ui.main;

/** The main window's menus, in the order the menu bar shows them. */
public enum MainMenu {
    FILE("menuFile", "menu.file"),
    EDIT("menuEdit", "menu.edit"),
    VIEW("menuView", "menu.view"),
    REVIEW("menuReview", "menu.review"),
    TOOLS("menuTools", "menu.tools"),
    HELP("menuHelp", "menu.help");

    private final String id;
    private final String labelKey;

    MainMenu(String id, String labelKey) {
        this.id = id;
        this.labelKey = labelKey;
    }

    public String id() {
        return id;
    }

    public String labelKey() {
        return labelKey;
    }
}
