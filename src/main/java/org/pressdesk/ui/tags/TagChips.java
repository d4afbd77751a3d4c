package org.pressdesk.ui.tags;

import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import org.pressdesk.domain.Tag;
import org.pressdesk.domain.TagKind;
import org.pressdesk.domain.TagLink;
import org.pressdesk.domain.TagSuggestion;
import org.pressdesk.i18n.Messages;

/** The small pills that show a tag: confirmed (with a remove button) or suggested (accept or dismiss). */
final class TagChips {
    static final String CHIP = "tag-chip";
    static final String SUGGESTION = "suggestion-chip";

    private TagChips() {
    }

    /** "country-pays-bas": a tag as it can appear in a control's id. */
    static String slug(TagKind kind, String name) {
        return kind.name().toLowerCase(Locale.ROOT) + "-" + Tag.key(name).replaceAll("[^a-z0-9]+", "-");
    }

    static HBox confirmed(TagLink link, Messages messages, Runnable remove) {
        Label name = new Label(link.name());
        String kind = messages.get(link.kind().messageKey());
        name.setTooltip(new Tooltip(link.evidence() == null || link.evidence().isBlank()
                ? kind : messages.get("tags.kindAndEvidence", kind, link.evidence())));
        Button cross = small("remove-" + slug(link.kind(), link.name()), messages.get("tags.remove", link.name()),
                remove);
        HBox chip = new HBox(2, name, cross);
        chip.getStyleClass().addAll(CHIP, kindClass(link.kind()));
        return chip;
    }

    static HBox suggested(TagSuggestion suggestion, Messages messages, Runnable accept, Runnable dismiss) {
        String kind = messages.get(suggestion.kind().messageKey());
        Button add = new Button(suggestion.name());
        add.setId("accept-" + slug(suggestion.kind(), suggestion.name()));
        add.getStyleClass().add("accept-suggestion");
        add.setTooltip(new Tooltip(messages.get("tags.kindAndEvidence", kind, suggestion.evidence())));
        add.setAccessibleText(messages.get("tags.accept", suggestion.name(), kind));
        add.setOnAction(e -> accept.run());
        add.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                dismiss.run();
            }
        });
        Button cross = small("dismiss-" + slug(suggestion.kind(), suggestion.name()),
                messages.get("tags.dismiss", suggestion.name()), dismiss);
        HBox chip = new HBox(2, add, cross);
        chip.getStyleClass().addAll(SUGGESTION, kindClass(suggestion.kind()));
        return chip;
    }

    private static Button small(String id, String accessible, Runnable action) {
        Button button = new Button("×");
        button.setId(id);
        button.getStyleClass().add("chip-close");
        button.setAccessibleText(accessible);
        button.setTooltip(new Tooltip(accessible));
        button.setOnAction(e -> action.run());
        return button;
    }

    private static String kindClass(TagKind kind) {
        return "tag-" + kind.name().toLowerCase(Locale.ROOT);
    }
}
