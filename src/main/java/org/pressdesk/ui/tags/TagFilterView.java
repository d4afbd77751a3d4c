package org.pressdesk.ui.tags;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.controlsfx.control.textfield.TextFields;
import org.pressdesk.domain.Tag;
import org.pressdesk.i18n.Messages;

/** Above the communiqué list: a field to add a tag to the filter, and the chosen tags as removable chips. */
public final class TagFilterView extends FlowPane {
    private final TextField field = new TextField();

    public TagFilterView(TagFilterViewModel model, Messages messages) {
        super(4, 4);
        setId("tagFilter");
        getStyleClass().add("tag-filter");
        getStylesheets().add(TagFilterView.class.getResource("tags.css").toExternalForm());
        field.setId("tagFilterField");
        field.setPromptText(messages.get("tags.filter.prompt"));
        field.setAccessibleText(messages.get("tags.filter.accessible"));
        field.textProperty().bindBidirectional(model.entry());
        field.setOnAction(e -> model.addEntry());
        TextFields.bindAutoCompletion(field, request -> model.completions(request.getUserText()),
                TagsView.completionText(messages)).setOnAutoCompleted(e -> model.addChoice(e.getCompletion()));
        Label message = new Label();
        message.setId("tagFilterMessage");
        message.getStyleClass().add("tags-message");
        message.textProperty().bind(model.message());
        HBox.setHgrow(field, Priority.ALWAYS);
        getChildren().addAll(field, message);
        model.chosen().addListener((ListChangeListener<Tag>) change -> {
            getChildren().setAll(field, message);
            model.chosen().forEach(tag -> getChildren().add(chip(tag, model, messages)));
        });
    }

    private static Node chip(Tag tag, TagFilterViewModel model, Messages messages) {
        Label name = new Label(tag.label());
        name.setTooltip(new Tooltip(messages.get(tag.kind().messageKey())));
        Button cross = new Button("×");
        cross.setId("unfilter-" + TagChips.slug(tag.kind(), tag.label()));
        cross.getStyleClass().add("chip-close");
        cross.setAccessibleText(messages.get("tags.filter.remove", tag.label()));
        cross.setOnAction(e -> model.remove(tag));
        HBox chip = new HBox(2, name, cross);
        chip.getStyleClass().addAll(TagChips.CHIP, "tag-" + tag.kind().name().toLowerCase(java.util.Locale.ROOT));
        return chip;
    }

    public TextField field() {
        return field;
    }
}
