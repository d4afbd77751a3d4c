package org.pressdesk.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.text.Text;
import javafx.stage.Window;

/**
 * Finds the labels a window shows cut: every visible {@link Labeled} (buttons, labels, column headers, the cells of
 * combo boxes) whose drawn text differs from its text ("Enregistrer comme nou…"), and every text field too narrow
 * for its prompt ("HH:"). The rows of lists and tables hold data and are left out; their column headers are
 * checked. Call it on the JavaFX thread after a layout pass; it walks the skins' nodes too.
 */
public final class CutLabels {
    private CutLabels() {
    }

    /** One line per cut label of {@code window}: its id or class, its text and what is drawn. */
    public static List<String> in(Window window) {
        List<String> cut = new ArrayList<>();
        if (window.getScene() != null) {
            window.getScene().getRoot().applyCss();
            window.getScene().getRoot().layout();
            walk(window.getScene().getRoot(), cut);
        }
        return cut;
    }

    private static void walk(Node node, List<String> cut) {
        if (!node.isVisible() || node.getScene() == null) {
            return;
        }
        if (node instanceof Labeled labeled) {
            check(labeled, cut);
        } else if (node instanceof TextField field) {
            check(field, cut);
        }
        if (node instanceof VirtualFlow<?>) {
            return; // the rows of lists and tables hold data, which may be longer than its column
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, cut);
            }
        }
    }

    private static void check(Labeled labeled, List<String> cut) {
        String text = labeled.getText();
        if (text == null || text.isEmpty() || labeled.getWidth() <= 0) {
            return;
        }
        for (Node child : labeled.getChildrenUnmodifiable()) {
            // the label's own text node, not a graphic drawn with a font (an icon is a Text too)
            if (child instanceof Text drawn && child != labeled.getGraphic() && drawn.isVisible()
                    && "LabeledText".equals(drawn.getClass().getSimpleName()) && !text.equals(drawn.getText())
                    && drawn.getText() != null && !drawn.getText().isEmpty()) {
                cut.add(name(labeled) + " shows \"" + drawn.getText() + "\" for \"" + text + "\" (" + size(labeled)
                        + ")");
            }
        }
    }

    private static void check(TextField field, List<String> cut) {
        String prompt = field.getPromptText();
        if (prompt == null || prompt.isEmpty() || field.getWidth() <= 0 || !field.getText().isEmpty()) {
            return;
        }
        Text measure = new Text(prompt);
        measure.setFont(field.getFont());
        Insets padding = field.getPadding();
        double needed = measure.getLayoutBounds().getWidth() + padding.getLeft() + padding.getRight();
        if (field.getWidth() + 0.5 < needed) {
            cut.add(name(field) + " is " + Math.round(field.getWidth()) + " px wide for its prompt \"" + prompt
                    + "\" (" + Math.round(needed) + " px)");
        }
    }

    private static String size(Labeled labeled) {
        return Math.round(labeled.getWidth()) + " px wide, needs " + Math.round(labeled.prefWidth(-1)) + ", min "
                + Math.round(labeled.minWidth(-1)) + "; window " + Math.round(labeled.getScene().getWidth());
    }

    private static String name(Node node) {
        String id = node.getId();
        return id != null ? "#" + id : node.getClass().getSimpleName() + node.getStyleClass();
    }
}
