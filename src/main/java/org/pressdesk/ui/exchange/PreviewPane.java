package org.pressdesk.ui.exchange;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.pressdesk.exchange.ImportResult;
import org.pressdesk.i18n.Messages;

/**
 * What a received file would change, shown before anything is written: new communiqués, new revisions, status
 * changes and conflicts, one row per communiqué, with Apply and Cancel. Hidden when no file waits.
 */
final class PreviewPane extends VBox {

    PreviewPane(ExchangeViewModel model, Messages messages) {
        super(6);
        setId("previewPane");
        getStyleClass().add("exchange-preview");
        Label summary = new Label();
        summary.setId("previewSummary");
        summary.setWrapText(true);
        summary.setMaxWidth(Double.MAX_VALUE);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        summary.textProperty().bind(model.previewSummary());
        TableView<ImportResult.Change> changes = new TableView<>();
        changes.setId("previewTable");
        changes.setAccessibleText(messages.get("exchange.window.preview.accessible"));
        changes.setPlaceholder(new Label(messages.get("exchange.window.preview.nothing")));
        changes.setPrefHeight(175);
        changes.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        changes.getColumns().add(column(messages, "exchange.window.column.title", 380, ImportResult.Change::title));
        changes.getColumns().add(column(messages, "exchange.window.column.before", 110,
                c -> model.statusName(c.before())));
        changes.getColumns().add(column(messages, "exchange.window.column.after", 110,
                c -> model.statusName(c.after())));
        changes.getColumns().add(column(messages, "exchange.window.column.revisions", 170,
                c -> String.valueOf(c.newRevisions())));
        changes.getColumns().add(column(messages, "exchange.window.column.conflict", 120,
                c -> c.conflict() ? messages.get("exchange.window.inConflict") : ""));
        Button apply = new Button(messages.get("exchange.window.apply"));
        apply.setId("applyButton");
        apply.getStyleClass().add("accent");
        apply.setDefaultButton(true);
        apply.disableProperty().bind(model.busy());
        apply.setOnAction(e -> model.apply());
        Button cancel = new Button(messages.get("exchange.window.cancelPreview"));
        cancel.setId("cancelPreviewButton");
        cancel.disableProperty().bind(model.busy());
        cancel.setOnAction(e -> model.cancelPreview());
        HBox buttons = new HBox(8, apply, cancel);
        getChildren().addAll(new Label(messages.get("exchange.window.preview")), summary, changes, buttons);
        model.preview().addListener((o, was, now) -> {
            setVisible(now != null);
            setManaged(now != null);
            changes.getItems().setAll(now == null ? java.util.List.of() : now.changes());
        });
        setVisible(false);
        setManaged(false);
    }

    private static TableColumn<ImportResult.Change, String> column(Messages messages, String key, double width,
            Function<ImportResult.Change, String> value) {
        TableColumn<ImportResult.Change, String> column = new TableColumn<>(messages.get(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }
}
