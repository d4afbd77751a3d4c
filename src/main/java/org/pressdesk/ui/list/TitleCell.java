package org.pressdesk.ui.list;

import java.util.function.Function;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.pressdesk.domain.CommuniqueSummary;

/**
 * A communiqué's title, with the values of the columns the list's width hides on a second, quieter line ("Brouillon ·
 * 3 févr. 2026 · BIP/MAECI"); a screen reader reads both, and the tooltip shows both whole.
 */
final class TitleCell extends TableCell<CommuniqueSummary, String> {
    static final String FOLDED = "folded-columns";

    private final Function<CommuniqueSummary, String> folded;
    private final Label title = new Label();
    private final Label details = new Label();
    private final VBox lines = new VBox(title, details);
    private final Tooltip whole = new Tooltip();

    TitleCell(Function<CommuniqueSummary, String> folded) {
        this.folded = folded;
        title.setMinWidth(0);
        details.setMinWidth(0);
        details.getStyleClass().add(FOLDED);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    /** Both lines as wide as the column, so that they end in "…" rather than run under the next column. */
    @Override
    protected void layoutChildren() {
        double room = Math.max(0, getWidth() - snappedLeftInset() - snappedRightInset());
        lines.setPrefWidth(room);
        lines.setMaxWidth(room);
        super.layoutChildren();
    }

    @Override
    protected void updateItem(String text, boolean empty) {
        super.updateItem(text, empty);
        CommuniqueSummary row = getTableRow() == null ? null : getTableRow().getItem();
        if (empty || text == null || row == null) {
            setGraphic(null);
            setTooltip(null);
            setAccessibleText(null);
            return;
        }
        String more = folded.apply(row);
        title.setText(text);
        details.setText(more);
        details.setVisible(!more.isEmpty());
        details.setManaged(!more.isEmpty());
        setGraphic(lines);
        // the title and its second line may be cut at the list's width: the tooltip shows them whole
        whole.setText(more.isEmpty() ? text : text + "\n" + more);
        setTooltip(whole);
        setAccessibleText(more.isEmpty() ? text : text + ", " + more);
    }
}
