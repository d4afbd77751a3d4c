package org.pressdesk.ui.backup;

import java.nio.file.Path;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.pressdesk.app.BackupFolder;
import org.pressdesk.app.BackupSchedule;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.common.FileDialogs;
import org.pressdesk.ui.common.Buttons;

/** The controls of Outils → Sauvegardes…: folder and rotation, the backups, and the two actions. */
public final class BackupsView extends VBox {
    private final BackupsViewModel model;
    private final Messages messages;
    private final FileDialogs dialogs;
    private final TableView<BackupFolder.Entry> table = new TableView<>();

    public BackupsView(BackupsViewModel model, Messages messages, FileDialogs dialogs) {
        super(10);
        this.model = model;
        this.messages = messages;
        this.dialogs = dialogs;
        setId("backupsView");
        setPadding(new Insets(14));
        getStylesheets().add(BackupsView.class.getResource("backups.css").toExternalForm());
        Label explanation = new Label(messages.get("backup.view.explanation"));
        explanation.setWrapText(true);
        explanation.setMinHeight(Region.USE_PREF_SIZE);
        table.setId("backupsTable");
        table.setAccessibleText(messages.get("backup.view.table"));
        table.setItems(model.entries());
        table.getColumns().add(column(messages.get("backup.view.date"), model::dateOf));
        table.getColumns().add(column(messages.get("backup.view.state"), model::stateOf));
        table.getColumns().add(column(messages.get("backup.view.sizeColumn"), model::sizeOf));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);
        Label restoreNote = new Label(messages.get("backup.view.restoreNote"));
        restoreNote.setWrapText(true);
        restoreNote.setMinHeight(Region.USE_PREF_SIZE);
        restoreNote.getStyleClass().add("backup-note");
        getChildren().addAll(explanation, folderRow(), rotationRow(), table, actionRow(), restoreNote, statusRow());
    }

    private HBox folderRow() {
        TextField folder = new TextField();
        folder.setId("backupFolderField");
        folder.setAccessibleText(messages.get("backup.view.folder"));
        folder.textProperty().bindBidirectional(model.folder());
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button choose = button("chooseBackupFolderButton", messages.get("backup.view.choose"), this::chooseFolder);
        choose.disableProperty().bind(model.busy());
        return row(new Label(messages.get("backup.view.folder")), folder, choose);
    }

    private FlowPane rotationRow() {
        Spinner<Integer> daily = spinner("keepDailySpinner", 1, messages.get("backup.view.daily"));
        daily.getValueFactory().valueProperty().bindBidirectional(model.keepDaily());
        Spinner<Integer> weekly = spinner("keepWeeklySpinner", 0, messages.get("backup.view.weekly"));
        weekly.getValueFactory().valueProperty().bindBidirectional(model.keepWeekly());
        Button save = button("saveScheduleButton", messages.get("backup.view.saveSchedule"), model::saveSchedule);
        save.disableProperty().bind(model.busy());
        // a flow: on a narrow window the button goes under the counts instead of cutting their labels
        FlowPane row = new FlowPane(8, 4, new Label(messages.get("backup.view.daily")), daily,
                new Label(messages.get("backup.view.weekly")), weekly, save);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    private HBox actionRow() {
        Button now = button("backupNowButton", messages.get("backup.view.backupNow"), model::backupNow);
        now.disableProperty().bind(model.canBackUp().not());
        Button restore = button("restoreButton", messages.get("backup.view.restore"), this::restoreSelected);
        restore.disableProperty().bind(model.busy().or(table.getSelectionModel().selectedItemProperty().isNull()));
        return row(now, restore);
    }

    private HBox statusRow() {
        ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        progress.setId("backupProgress");
        progress.setAccessibleText(messages.get("backup.view.working"));
        progress.visibleProperty().bind(model.busy());
        Label message = new Label();
        message.setId("backupMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.message());
        return row(progress, message);
    }

    private void chooseFolder() {
        String current = model.folder().get();
        dialogs.chooseDirectory(getScene().getWindow(), messages.get("backup.view.chooseTitle"),
                current.isBlank() ? null : Path.of(current)).ifPresent(model::chooseFolder);
    }

    /** A good backup is restored into a new folder, named after it, inside the folder the user chooses. */
    private void restoreSelected() {
        BackupFolder.Entry entry = table.getSelectionModel().getSelectedItem();
        if (entry == null || !entry.good()) {
            model.reportNotRestorable();
            return;
        }
        String name = entry.file().getFileName().toString().replace(".zip", "");
        dialogs.chooseDirectory(getScene().getWindow(), messages.get("backup.view.restoreTitle"), null)
                .ifPresent(parent -> model.restore(entry.file(), parent.resolve(name)));
    }

    private static Spinner<Integer> spinner(String id, int least, String accessible) {
        Spinner<Integer> spinner = new Spinner<>(least, BackupSchedule.MOST_KEPT, least);
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(90);
        spinner.setAccessibleText(accessible);
        return spinner;
    }

    private static TableColumn<BackupFolder.Entry, String> column(String title,
            java.util.function.Function<BackupFolder.Entry, String> text) {
        TableColumn<BackupFolder.Entry, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return column;
    }

    private static Button button(String id, String text, Runnable action) {
        return Buttons.of(id, text, action);
    }

    private static HBox row(javafx.scene.Node... nodes) {
        HBox row = new HBox(8, nodes);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    TableView<BackupFolder.Entry> table() {
        return table;
    }
}
