package org.pressdesk.ui.list;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.TableColumn;
import org.pressdesk.domain.CommuniqueSummary;

/**
 * What a feature shows on the rows of the main list (exchange's conflict badges): a narrow column the list places
 * first, a menu on the rows, and a reload each time the rows change. The list keeps the slot; the feature never
 * reaches into the list's table.
 */
public interface ListMarks {
    /** The column shown before the list's own. */
    TableColumn<CommuniqueSummary, ?> column();

    /** The stylesheet the marks are drawn with. */
    String stylesheet();

    /** The rows' context menu, which reads the chosen row from {@code chosen}; empty when there is none. */
    Optional<ContextMenu> contextMenu(Supplier<CommuniqueSummary> chosen);

    /** The list's rows changed (and once when shown): read the marks again, then {@code redraw} the rows. */
    void rowsChanged(Runnable redraw);
}
