package org.pressdesk.ui.common;

import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;

/** A form's text fields, one a row under its caption's label, each bound both ways to the view model's value. */
public final class LabelledFields extends GridPane {
    private int rows;

    public LabelledFields() {
        setHgap(8);
        setVgap(8);
        setAlignment(Pos.CENTER);
    }

    /** Adds {@code control} with its id, its caption (shown and read out) and its value; returns the control. */
    public <T extends TextInputControl> T add(String id, String caption, T control, StringProperty value) {
        control.setId(id);
        control.setAccessibleText(caption);
        control.textProperty().bindBidirectional(value);
        Label label = new Label(caption);
        label.setLabelFor(control);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the caption stays whole
        addRow(rows++, label, control);
        return control;
    }
}
