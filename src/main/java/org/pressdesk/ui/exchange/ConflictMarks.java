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
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.pressdesk.domain.CommuniqueSummary;
import org.pressdesk.exchange.ConflictService;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.task.TaskRunner;

/**
 * Marks the communiqués in conflict in the main list: a red badge ("en conflit" in its tooltip and to a screen
 * reader) in a narrow first column, read in one query each time the list loads. For a manager, the list's context
 * menu opens the resolution.
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
        TableColumn<CommuniqueSummary, Boolean> column = new TableColumn<>();
        column.setId("conflictColumn");
        Label header = new Label("", new FontIcon(MaterialDesignA.ALERT_CIRCLE_OUTLINE));
        header.setTooltip(new Tooltip(messages.get("list.column.conflict")));
        header.setAccessibleText(messages.get("list.column.conflict"));
        column.setGraphic(header);
        column.setPrefWidth(34);
        column.setResizable(false);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(marked.contains(cell.getValue().id())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Boolean conflict, boolean empty) {
                super.updateItem(conflict, empty);
                setGraphic(!empty && Boolean.TRUE.equals(conflict) ? badge(messages) : null);
            }
        });
        table.getColumns().add(0, column);
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

    private static Label badge(Messages messages) {
        Label badge = new Label("", new FontIcon(MaterialDesignA.ALERT_CIRCLE));
        badge.getStyleClass().add(BADGE);
        badge.setTooltip(new Tooltip(messages.get("list.conflict.badge")));
        badge.setAccessibleText(messages.get("list.conflict.badge"));
        return badge;
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
