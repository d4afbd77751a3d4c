package org.pressdesk.ui.tags;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.pressdesk.domain.Tag;
import org.pressdesk.domain.TagUsage;
import org.pressdesk.i18n.Messages;

/** The tag view (Outils → Étiquettes…): every tag with its kind, count and other names; rename, merge, delete. */
public final class TagManagerView {
    private final TagManagerViewModel model;
    private final Messages messages;
    private final Window owner;
    private final Consumer<Tag> showCommuniques;
    private final TableView<TagUsage> table = new TableView<>();

    /** {@code showCommuniques}: filters the list by a tag. */
    public TagManagerView(TagManagerViewModel model, Messages messages, Window owner, Consumer<Tag> showCommuniques) {
        this.model = model;
        this.messages = messages;
        this.owner = owner;
        this.showCommuniques = showCommuniques;
    }

    public void show() {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("tags.manager.title"));
        dialog.setResizable(true);
        dialog.getDialogPane().setId("tagManager");
        dialog.getDialogPane().setContent(content());
        dialog.getDialogPane().getButtonTypes().setAll(
                new ButtonType(messages.get("app.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        model.reload();
        dialog.show();
    }

    private VBox content() {
        table.setId("tagTable");
        table.setAccessibleText(messages.get("tags.manager.table"));
        table.setItems(model.rows());
        table.setPlaceholder(new Label(messages.get("tags.manager.empty")));
        table.getColumns().add(column(messages.get("tags.manager.name"), 220, u -> u.tag().label()));
        table.getColumns().add(column(messages.get("tags.manager.kind"), 110,
                u -> messages.get(u.tag().kind().messageKey())));
        table.getColumns().add(column(messages.get("tags.manager.count"), 140, u -> Integer.toString(u.communiques())));
        table.getColumns().add(column(messages.get("tags.manager.aliases"), 220, u -> String.join(", ", u.aliases())));
        table.setPrefSize(680, 380);
        Label message = new Label();
        message.setId("tagManagerMessage");
        message.textProperty().bind(model.message());
        HBox buttons = new HBox(6, button("renameTagButton", "tags.manager.rename", this::rename),
                button("mergeTagButton", "tags.manager.merge", this::merge),
                button("deleteTagButton", "tags.manager.delete", this::delete),
                button("showTagButton", "tags.manager.show", u -> showCommuniques.accept(u.tag())));
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(8, table, buttons, message);
        box.setPadding(new Insets(4));
        return box;
    }

    private void rename(TagUsage row) {
        TextInputDialog ask = new TextInputDialog(row.tag().label());
        ask.initOwner(owner);
        ask.setTitle(messages.get("tags.manager.title"));
        ask.setHeaderText(messages.get("tags.manager.renameHeader", row.tag().label()));
        ask.getDialogPane().setId("renameTagDialog");
        ask.showAndWait().filter(name -> !name.equals(row.tag().label())).ifPresent(name -> model.rename(row, name));
    }

    private void merge(TagUsage row) {
        List<TagUsage> targets = model.mergeTargets(row);
        if (targets.isEmpty()) {
            model.reportNothingToMergeInto(row);
            return;
        }
        List<String> names = targets.stream().map(u -> u.tag().label()).toList();
        ChoiceDialog<String> ask = new ChoiceDialog<>(names.get(0), names);
        ask.initOwner(owner);
        ask.setTitle(messages.get("tags.manager.title"));
        ask.setHeaderText(messages.get("tags.manager.mergeHeader", row.tag().label(), row.communiques()));
        ask.getDialogPane().setId("mergeTagDialog");
        ask.showAndWait().map(names::indexOf).filter(i -> i >= 0)
                .ifPresent(i -> model.merge(row, targets.get(i)));
    }

    private void delete(TagUsage row) {
        Dialog<ButtonType> ask = new Dialog<>();
        ask.initOwner(owner);
        ask.setTitle(messages.get("tags.manager.title"));
        ask.setHeaderText(messages.get("tags.manager.deleteHeader", row.tag().label(), row.communiques()));
        ButtonType delete = new ButtonType(messages.get("tags.manager.delete"), ButtonBar.ButtonData.OK_DONE);
        ask.getDialogPane().getButtonTypes().setAll(delete,
                new ButtonType(messages.get("unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        if (ask.showAndWait().orElse(null) == delete) {
            model.delete(row);
        }
    }

    private Button button(String id, String key, Consumer<TagUsage> action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setAccessibleText(messages.get(key));
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        button.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull().or(model.busy()));
        button.setOnAction(e -> action.accept(table.getSelectionModel().getSelectedItem()));
        return button;
    }

    private static TableColumn<TagUsage, String> column(String name, double width, Function<TagUsage, String> value) {
        TableColumn<TagUsage, String> column = new TableColumn<>(name);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }
}
