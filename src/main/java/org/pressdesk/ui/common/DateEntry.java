package org.pressdesk.ui.common;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import javafx.application.Platform;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import org.pressdesk.i18n.Messages;

/**
 * A date field that reads dates as the interface's language writes them ({@link TypedDates}), shows the expected
 * form as its prompt, and never drops what was typed: text that is no date stays in the field, marked, with the
 * form to use in its tooltip, while the field keeps its last good date.
 */
public final class DateEntry {
    /** The style class of a field whose text is not a date; the tests look for it. */
    public static final String NOT_A_DATE = "not-a-date";

    private final DatePicker picker;
    private final TypedDates dates;
    private final Tooltip hint;
    private String rejected;

    private DateEntry(DatePicker picker, Messages messages) {
        this.picker = picker;
        this.dates = new TypedDates(messages.locale());
        this.hint = new Tooltip(messages.get("date.notADate", messages.get("date.prompt")));
    }

    /**
     * Makes {@code picker} read and show dates in {@code messages}' language; its prompt, unless it has one, is the
     * form expected ("JJ/MM/AAAA", "MM/DD/YYYY").
     */
    public static void attach(DatePicker picker, Messages messages) {
        new DateEntry(picker, messages).install(messages.get("date.prompt"));
    }

    private void install(String prompt) {
        if (picker.getPromptText() == null || picker.getPromptText().isEmpty()) {
            picker.setPromptText(prompt);
        }
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return dates.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                return read(text);
            }
        });
        picker.valueProperty().addListener((o, was, now) -> mark(null));
    }

    /** The date typed; text that is none leaves the value as it was and comes back once the field redraws. */
    private LocalDate read(String text) {
        if (text == null || text.isBlank()) {
            mark(null);
            return null;
        }
        return dates.parse(text).map(date -> {
            mark(null);
            return date;
        }).orElseGet(() -> {
            mark(text);
            // the picker puts its value's text back after a commit: the typed text follows it
            Platform.runLater(() -> {
                if (text.equals(rejected)) {
                    picker.getEditor().setText(text);
                }
            });
            return picker.getValue();
        });
    }

    private void mark(String text) {
        rejected = text;
        boolean wrong = text != null;
        picker.pseudoClassStateChanged(Styles.STATE_DANGER, wrong);
        picker.getEditor().pseudoClassStateChanged(Styles.STATE_DANGER, wrong);
        if (wrong && !picker.getStyleClass().contains(NOT_A_DATE)) {
            picker.getStyleClass().add(NOT_A_DATE);
        } else if (!wrong) {
            picker.getStyleClass().remove(NOT_A_DATE);
        }
        picker.setTooltip(wrong ? hint : null);
    }
}
