package org.pressdesk.ui.review;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Above the text comparison: one line per other field that changed (date, place, genre, office, embargo). */
final class FieldChangesView extends VBox {

    FieldChangesView(ObservableList<String> lines) {
        super(2);
        setId("diffFields");
        getStyleClass().add("diff-fields");
        lines.addListener((ListChangeListener<String>) change -> show(lines));
        show(lines);
    }

    private void show(ObservableList<String> lines) {
        getChildren().setAll(lines.stream().map(text -> {
            Label line = new Label(text);
            line.setWrapText(true);
            line.getStyleClass().add("diff-field");
            return line;
        }).toList());
        setVisible(!lines.isEmpty());
        setManaged(!lines.isEmpty());
    }
}
