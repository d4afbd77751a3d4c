package org.pressdesk.ui.exchange;

import java.util.Set;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.pressdesk.domain.CommuniqueSummary;
import org.pressdesk.exchange.ConflictService;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.task.TaskRunner;

/**
 * Marks the communiqués in conflict in the main list (a badge in a column of its own, read in one query each time
 * the list loads) and, for a manager, opens the resolution from the list's context menu.
 */
final class ConflictMarks {
    static final String BADGE = "conflict-badge";

    private final TableView<CommuniqueSummary> table;
    private final ConflictService conflicts;
    private final TaskRunner runner;
    private volatile Set<Long> marked = Set.of();
    private boolean loading;
    private boolean again;

    ConflictMarks(TableView<CommuniqueSummary> table, ConflictService conflicts, TaskRunner runner) {
        this.table = table;
        this.conflicts = conflicts;
        this.runner = runner;
    }

    /** Adds the column, follows the list's loads, and offers Résoudre le conflit… when {@code resolve} is given. */
    void install(Messages messages, java.util.function.LongConsumer resolve) {
        TableColumn<CommuniqueSummary, Boolean> column = new TableColumn<>(messages.get("list.column.conflict"));
        column.setId("conflictColumn");
        column.setPrefWidth(90);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(marked.contains(cell.getValue().id())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Boolean conflict, boolean empty) {
                super.updateItem(conflict, empty);
                Label badge = new Label(messages.get("list.conflict.badge"));
                badge.getStyleClass().add(BADGE);
                setGraphic(!empty && Boolean.TRUE.equals(conflict) ? badge : null);
            }
        });
        table.getColumns().add(2, column);
        table.getStylesheets().add(ConflictMarks.class.getResource("exchange.css").toExternalForm());
        table.getItems().addListener((ListChangeListener<CommuniqueSummary>) change -> reload());
        if (resolve != null) {
            MenuItem item = new MenuItem(messages.get("list.conflict.resolve"));
            item.setId("resolveConflictItem");
            item.setOnAction(e -> {
                CommuniqueSummary chosen = table.getSelectionModel().getSelectedItem();
                if (chosen != null && marked.contains(chosen.id())) {
                    resolve.accept(chosen.id());
                }
            });
            ContextMenu menu = new ContextMenu(item);
            menu.setOnShowing(e -> {
                CommuniqueSummary chosen = table.getSelectionModel().getSelectedItem();
                item.setDisable(chosen == null || !marked.contains(chosen.id()));
            });
            table.setContextMenu(menu);
        }
        reload();
    }

    /** Reads the conflicts again; loads asked for while one runs are folded into one more. */
    void reload() {
        if (loading) {
            again = true;
            return;
        }
        loading = true;
        runner.run(conflicts::inConflict, ids -> {
            marked = Set.copyOf(ids);
            finish();
            table.refresh();
        }, failure -> finish());
    }

    private void finish() {
        loading = false;
        if (again) {
            again = false;
            reload();
        }
    }

    boolean marked(long communiqueId) {
        return marked.contains(communiqueId);
    }
}
