package org.pressdesk.ui.exchange;

import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.pressdesk.domain.CommuniqueSummary;
import org.pressdesk.exchange.ConflictService;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.list.ListMarks;
import org.pressdesk.ui.task.TaskRunner;

/**
 * Marks the communiqués in conflict in the main list: a red badge ("en conflit" in its tooltip and to a screen
 * reader) in a narrow first column, read in one query each time the list loads. For a manager, the list's context
 * menu opens the resolution. The list shows these marks in the slot it keeps for them.
 */
final class ConflictMarks implements ListMarks {
    static final String BADGE = "conflict-badge";

    private final ConflictService conflicts;
    private final TaskRunner runner;
    private final Messages messages;
    private final LongConsumer resolve;
    private volatile Set<Long> marked = Set.of();
    private Runnable redraw = () -> { };
    private boolean loading;
    private boolean again;

    /** Marks read through {@code conflicts}; {@code resolve} (null for non-managers) opens a resolution. */
    ConflictMarks(ConflictService conflicts, TaskRunner runner, Messages messages, LongConsumer resolve) {
        this.conflicts = conflicts;
        this.runner = runner;
        this.messages = messages;
        this.resolve = resolve;
    }

    @Override
    public TableColumn<CommuniqueSummary, ?> column() {
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
                setGraphic(!empty && Boolean.TRUE.equals(conflict) ? badge() : null);
            }
        });
        return column;
    }

    @Override
    public String stylesheet() {
        return ConflictMarks.class.getResource("exchange.css").toExternalForm();
    }

    /** Résoudre le conflit…, for a manager, enabled on a marked row. */
    @Override
    public Optional<ContextMenu> contextMenu(Supplier<CommuniqueSummary> chosen) {
        if (resolve == null) {
            return Optional.empty();
        }
        MenuItem item = new MenuItem(messages.get("list.conflict.resolve"));
        item.setId("resolveConflictItem");
        item.setOnAction(e -> {
            CommuniqueSummary row = chosen.get();
            if (row != null && marked.contains(row.id())) {
                resolve.accept(row.id());
            }
        });
        ContextMenu menu = new ContextMenu(item);
        menu.setOnShowing(e -> {
            CommuniqueSummary row = chosen.get();
            item.setDisable(row == null || !marked.contains(row.id()));
        });
        return Optional.of(menu);
    }

    @Override
    public void rowsChanged(Runnable redrawRows) {
        this.redraw = redrawRows;
        reload();
    }

    private Label badge() {
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
            redraw.run();
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
