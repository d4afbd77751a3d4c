package org.pressdesk.ui.main;

import java.util.Objects;
import javafx.scene.Node;

/** A panel a feature puts into one of the main window's screens, at a place the screen keeps for it. */
public record PanelEntry(Slot slot, Node panel) {

    /** Where a panel can go. */
    public enum Slot {
        /** In the editor, under the title, date and office fields. */
        BELOW_EDITOR_FORM,
        /** In the list, under its filter field. */
        BELOW_LIST_FILTER,
        /** On the status bar's right, before the signed-in person. */
        STATUS_BAR
    }

    public PanelEntry {
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(panel, "panel");
    }
}
