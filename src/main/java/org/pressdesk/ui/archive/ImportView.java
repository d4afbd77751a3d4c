package org.pressdesk.ui.archive;

import java.time.LocalDate;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.pressdesk.domain.Status;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.common.Buttons;
import org.pressdesk.ui.common.TypedDates;

/**
 * The import preview: what each file gave, a row per communiqué with the fields found (editable), its warnings,
 * a tick to keep it; the status to give them; the import's progress and its cancel.
 */
public final class ImportView extends BorderPane {
    private final TableView<ImportRow> table = new TableView<>();

    public ImportView(ImportViewModel model, Messages messages, Runnable chooseFiles, Runnable close) {
        setId("importView");
        getStyleClass().add("import-view");
        getStylesheets().add(ImportView.class.getResource("archive.css").toExternalForm());
        Label files = new Label();
        files.setId("importFiles");
        files.setWrapText(true);
        files.textProperty().bind(Bindings.when(model.fileSummary().isEmpty())
                .then(messages.get("import.dropHere")).otherwise(model.fileSummary()));
        setTop(files);
        setCenter(table(model, messages));
        setBottom(actions(model, messages, chooseFiles, close));
    }

    private TableView<ImportRow> table(ImportViewModel model, Messages messages) {
        table.setId("importTable");
        table.setEditable(true);
        table.setAccessibleText(messages.get("import.table.accessible"));
        table.setItems(model.rows());
        table.setPlaceholder(new Label(messages.get("import.table.empty")));
        TableColumn<ImportRow, Boolean> keep = new TableColumn<>(messages.get("import.column.keep"));
        keep.setCellValueFactory(c -> c.getValue().selected());
        keep.setCellFactory(CheckBoxTableCell.forTableColumn(keep));
        keep.setPrefWidth(80);
        table.getColumns().add(keep);
        TableColumn<ImportRow, String> title = text(messages.get("import.column.title"), 320, ImportRow::title);
        table.getColumns().add(title);
        table.getColumns().add(date(messages.get("import.column.date"), messages));
        TableColumn<ImportRow, String> office = new TableColumn<>(messages.get("import.column.office"));
        office.setCellValueFactory(c -> c.getValue().office());
        office.setCellFactory(ComboBoxTableCell.forTableColumn(model.officeCodes()));
        office.setPrefWidth(150);
        table.getColumns().add(office);
        table.getColumns().add(text(messages.get("import.column.place"), 110, ImportRow::place));
        TableColumn<ImportRow, String> notes = notes(messages);
        table.getColumns().add(notes);
        shareSpareWidth(title, notes);
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(ImportRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("import-error", "import-duplicate");
                if (!empty && row != null && !row.selectable()) {
                    getStyleClass().add("import-error");
                } else if (!empty && row != null && row.item().isDuplicate()) {
                    getStyleClass().add("import-duplicate");
                }
            }
        });
        return table;
    }

    private static TableColumn<ImportRow, String> text(String name, double width,
            Function<ImportRow, javafx.beans.property.StringProperty> property) {
        TableColumn<ImportRow, String> column = new TableColumn<>(name);
        column.setCellValueFactory(c -> property.apply(c.getValue()));
        column.setCellFactory(TextFieldTableCell.forTableColumn());
        column.setPrefWidth(width);
        return column;
    }

    /**
     * The title and the notes take the window's spare width (at 1366 px an empty column stood after the notes while
     * titles were cut); the other columns keep their width, and every column stays whole down to its minimum.
     */
    private void shareSpareWidth(TableColumn<ImportRow, String> title, TableColumn<ImportRow, String> notes) {
        for (TableColumn<ImportRow, ?> column : table.getColumns()) {
            boolean grows = column == title || column == notes;
            column.setMinWidth(grows ? 200 : column.getPrefWidth());
            column.setMaxWidth(grows ? Double.MAX_VALUE : column.getPrefWidth());
        }
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    }

    /** Dates typed in the interface's language; text that is no date leaves the row's date as it was. */
    private static TableColumn<ImportRow, LocalDate> date(String name, Messages messages) {
        TypedDates dates = new TypedDates(messages.locale());
        TableColumn<ImportRow, LocalDate> column = new TableColumn<>(name);
        column.setCellValueFactory(c -> c.getValue().eventDate());
        column.setCellFactory(c -> {
            TextFieldTableCell<ImportRow, LocalDate> cell = new TextFieldTableCell<>();
            cell.setConverter(new StringConverter<>() {
                @Override
                public String toString(LocalDate date) {
                    return dates.format(date);
                }

                @Override
                public LocalDate fromString(String text) {
                    return text == null || text.isBlank() ? null : dates.parse(text).orElse(cell.getItem());
                }
            });
            return cell;
        });
        column.setPrefWidth(100);
        return column;
    }

    private static TableColumn<ImportRow, String> notes(Messages messages) {
        TableColumn<ImportRow, String> column = new TableColumn<>(messages.get("import.column.notes"));
        column.setCellValueFactory(c -> c.getValue().notesText());
        column.setCellFactory(c -> new TextFieldTableCell<>() {
            @Override
            public void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
            }
        });
        column.setEditable(false);
        column.setPrefWidth(320);
        return column;
    }

    private static HBox actions(ImportViewModel model, Messages messages, Runnable chooseFiles, Runnable close) {
        Button add = button("importAddButton", messages.get("import.add"), chooseFiles);
        ComboBox<Status> status = new ComboBox<>();
        status.setId("importStatusBox");
        status.getItems().setAll(Status.values());
        status.valueProperty().bindBidirectional(model.status());
        status.setDisable(!model.canChooseStatus());
        status.setAccessibleText(messages.get("import.status.accessible"));
        status.setMinWidth(Region.USE_PREF_SIZE);
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(Status value) {
                return value == null ? "" : messages.get("status." + value.name());
            }

            @Override
            public Status fromString(String text) {
                return null;
            }
        });
        ProgressBar progress = new ProgressBar();
        progress.setId("importProgress");
        progress.progressProperty().bind(model.progress());
        progress.visibleProperty().bind(model.busy().or(model.progress().greaterThan(0)));
        Label message = new Label();
        message.setId("importMessage");
        message.textProperty().bind(model.message());
        message.setWrapText(true);
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        // the status text wraps into the room the buttons leave; the buttons keep their whole labels
        message.setMinWidth(80);
        Button cancel = button("importCancelButton", messages.get("import.cancel"), model::cancel);
        cancel.disableProperty().bind(model.busy().not());
        Button run = button("importButton", messages.get("import.run"), model::importChosen);
        run.disableProperty().bind(model.busy().or(Bindings.isEmpty(model.rows())));
        run.setDefaultButton(true);
        Button closing = button("importCloseButton", messages.get("import.close"), close);
        Label statusLabel = new Label(messages.get("import.status"));
        statusLabel.setLabelFor(status);
        statusLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, add, statusLabel, status, progress, message, cancel, run, closing);
        bar.getStyleClass().add("import-actions");
        bar.setMinHeight(Region.USE_PREF_SIZE);
        return bar;
    }

    private static Button button(String id, String text, Runnable action) {
        return Buttons.of(id, text, action);
    }

    public TableView<ImportRow> table() {
        return table;
    }
}
