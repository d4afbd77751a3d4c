package org.pressdesk.ui.list;

import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.pressdesk.domain.CommuniqueSummary;
import org.pressdesk.i18n.Messages;

/** The filter box and the table of communiqués. */
public final class CommuniqueListView extends VBox {
    private final TextField filterField = new TextField();
    private final TableView<CommuniqueSummary> table = new TableView<>();
    /** The slot for panels between the filter box and the table (the tag filter), shown only when filled. */
    private final VBox belowFilter = new VBox();

    public CommuniqueListView(CommuniqueListViewModel model, Messages messages, Consumer<CommuniqueSummary> onOpen) {
        getStyleClass().add("communique-list");
        getStylesheets().add(CommuniqueListView.class.getResource("list.css").toExternalForm());
        filterField.setId("filterField");
        filterField.setPromptText(messages.get("list.filter.prompt"));
        filterField.setAccessibleText(messages.get("list.filter.accessible"));
        filterField.textProperty().bindBidirectional(model.filter());

        table.setId("communiqueTable");
        table.setAccessibleText(messages.get("list.table.accessible"));
        table.setItems(model.items());
        table.setPlaceholder(new Label(messages.get("list.empty")));
        ListColumns columns = new ListColumns(table);
        columns.title(messages.get("list.column.title"), CommuniqueSummary::title);
        columns.add("statusColumn", messages.get("list.column.status"),
                s -> messages.get("status." + s.status().name()), () -> ListSamples.statuses(messages));
        columns.add("dateColumn", messages.get("list.column.date"), s -> date(s.eventDate(), messages),
                () -> ListSamples.days(messages));
        columns.add("officeColumn", messages.get("list.column.office"), CommuniqueSummary::officeCode,
                () -> ListSamples.offices(table.getItems()));
        columns.add("updatedColumn", messages.get("list.column.updated"), s -> messages.moment(s.updatedAt()),
                () -> ListSamples.moments(messages));
        columns.install();
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                onOpen.accept(now);
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        Label summary = new Label();
        summary.setId("listSummary");
        summary.textProperty().bind(model.summary());
        ProgressIndicator loading = new ProgressIndicator();
        loading.setPrefSize(14, 14);
        loading.visibleProperty().bind(model.loading());
        HBox footer = new HBox(6, summary, loading);
        footer.getStyleClass().add("list-footer");
        belowFilter.setId("listBelowFilter");
        belowFilter.managedProperty().bind(Bindings.isNotEmpty(belowFilter.getChildren()));
        belowFilter.visibleProperty().bind(belowFilter.managedProperty());
        getChildren().addAll(filterField, belowFilter, table, footer);
    }

    /** Puts the cursor in the filter box (Ctrl+F). */
    public void focusFilter() {
        filterField.requestFocus();
        filterField.selectAll();
    }

    /** Shows a panel between the filter box and the table (the tag filter). */
    public void showBelowFilter(javafx.scene.Node panel) {
        belowFilter.getChildren().add(panel);
    }

    /** Shows a feature's marks on the rows: their column first, their menu on the rows, reloaded with the rows. */
    public void showMarks(ListMarks marks) {
        table.getColumns().add(0, marks.column());
        table.getStylesheets().add(marks.stylesheet());
        marks.contextMenu(() -> table.getSelectionModel().getSelectedItem()).ifPresent(table::setContextMenu);
        table.getItems().addListener((ListChangeListener<CommuniqueSummary>) change -> marks.rowsChanged(
                table::refresh));
        marks.rowsChanged(table::refresh);
    }

    public TableView<CommuniqueSummary> table() {
        return table;
    }

    private static String date(LocalDate date, Messages messages) {
        return date == null ? "" : messages.day(date);
    }
}
