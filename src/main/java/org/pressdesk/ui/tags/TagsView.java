package org.pressdesk.ui.tags;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.TextFields;
import org.pressdesk.domain.TagKind;
import org.pressdesk.domain.TagSuggestion;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.common.Converters;

/**
 * The editor's tag bar: the confirmed tags as removable chips, a field that completes names as one types, and the
 * suggestions read from the text as chips to accept (click, Enter or Space) or dismiss (×, Delete).
 */
public final class TagsView extends VBox {
    private final TextField field = new TextField();

    public TagsView(TagsViewModel model, Messages messages) {
        setId("tagsBar");
        getStyleClass().add("tags-bar");
        getStylesheets().add(TagsView.class.getResource("tags.css").toExternalForm());
        FlowPane confirmed = flow("confirmedTags", messages.get("tags.confirmed.accessible"));
        FlowPane suggested = flow("suggestedTags", messages.get("tags.suggested.accessible"));
        HBox entryBox = new HBox(4, entryField(model, messages), kindBox(model, messages), addButton(model, messages));
        entryBox.getStyleClass().add("tags-entry");
        confirmed.getChildren().add(entryBox);
        model.confirmed().addListener((ListChangeListener<Object>) c -> {
            confirmed.getChildren().setAll(model.confirmed().stream().map(link -> (Node) TagChips.confirmed(link,
                    messages, () -> model.remove(link))).toList());
            confirmed.getChildren().add(entryBox);
        });
        model.suggestions().addListener((ListChangeListener<Object>) c -> suggested.getChildren().setAll(
                model.suggestions().stream().map(s -> (Node) TagChips.suggested(s, messages, () -> model.accept(s),
                        () -> model.dismiss(s))).toList()));
        HBox.setHgrow(confirmed, Priority.ALWAYS);
        HBox entry = new HBox(6, caption(messages.get("tags.caption"), field), confirmed);
        HBox.setHgrow(suggested, Priority.ALWAYS);
        HBox suggestions = new HBox(6, caption(messages.get("tags.suggestions"), suggested), suggested);
        Label message = new Label();
        message.setId("tagsMessage");
        message.getStyleClass().add("tags-message");
        message.textProperty().bind(model.message());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        getChildren().addAll(entry, suggestions, message);
    }

    private TextField entryField(TagsViewModel model, Messages messages) {
        field.setId("tagField");
        field.setPromptText(messages.get("tags.field.prompt"));
        field.setAccessibleText(messages.get("tags.field.accessible"));
        field.setPrefColumnCount(14);
        field.setMinWidth(Region.USE_PREF_SIZE);
        field.textProperty().bindBidirectional(model.entry());
        field.setOnAction(e -> model.addEntry());
        TextFields.bindAutoCompletion(field, request -> model.completions(request.getUserText()),
                completionText(messages)).setOnAutoCompleted(e -> model.addChoice(e.getCompletion()));
        return field;
    }

    private static ComboBox<TagKind> kindBox(TagsViewModel model, Messages messages) {
        ComboBox<TagKind> kinds = new ComboBox<>();
        kinds.setId("tagKindBox");
        kinds.setAccessibleText(messages.get("tags.kind.accessible"));
        kinds.getItems().setAll(List.of(TagKind.values()));
        kinds.setConverter(Converters.of(k -> messages.get(k.messageKey())));
        kinds.valueProperty().bindBidirectional(model.entryKind());
        kinds.setMinWidth(Region.USE_PREF_SIZE);
        return kinds;
    }

    private static Button addButton(TagsViewModel model, Messages messages) {
        Button add = new Button(messages.get("tags.add"));
        add.setId("addTagButton");
        add.setAccessibleText(messages.get("tags.add.accessible"));
        add.disableProperty().bind(model.entry().isEmpty());
        add.setOnAction(e -> model.addEntry());
        add.setMinWidth(Region.USE_PREF_SIZE);
        return add;
    }

    static StringConverter<TagSuggestion> completionText(Messages messages) {
        return Converters.of(s -> messages.get("tags.completion", s.name(), messages.get(s.kind().messageKey())));
    }

    private static FlowPane flow(String id, String accessible) {
        FlowPane pane = new FlowPane(4, 4);
        pane.setId(id);
        pane.setAccessibleText(accessible);
        pane.getStyleClass().add("tag-flow");
        return pane;
    }

    private static Label caption(String text, Node target) {
        Label label = new Label(text);
        label.setLabelFor(target);
        label.getStyleClass().add("field-caption");
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    public TextField field() {
        return field;
    }
}
