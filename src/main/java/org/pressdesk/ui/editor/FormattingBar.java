package org.pressdesk.ui.editor;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.common.DateEntry;

/**
 * The body's formatting toolbar (bold, italic, bulleted and numbered lists, quotation; Ctrl+B, Ctrl+I,
 * Ctrl+Shift+L, Ctrl+Shift+O, Ctrl+Shift+Q) and the embargo's date and time, in the office's time zone. It sits
 * just above the body; {@link #install} puts it there.
 */
public final class FormattingBar extends HBox {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private final BodyArea body;
    private final DatePicker embargoDate = new DatePicker();
    private final TextField embargoTime = new TextField();

    public FormattingBar(BodyArea body, EditorViewModel model, Messages messages) {
        super(4);
        this.body = body;
        setId("formattingBar");
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("formatting-bar");
        // a flow: in a narrow editor the embargo goes to a second line rather than squeezing its date field
        FlowPane flow = new FlowPane(4, 4);
        flow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(flow, Priority.ALWAYS);
        getChildren().add(flow);
        flow.getChildren().addAll(
                button("boldButton", messages.get("editor.format.bold.glyph"),
                        "editor.format.bold", messages, MarkupEdits::bold),
                button("italicButton", messages.get("editor.format.italic.glyph"),
                        "editor.format.italic", messages, MarkupEdits::italic),
                button("bulletButton", "•", "editor.format.bullets", messages, lines(MarkupEdits.LineKind.BULLET)),
                button("numberedButton", "1.", "editor.format.numbered", messages,
                        lines(MarkupEdits.LineKind.NUMBERED)),
                button("quoteButton", "«»", "editor.format.quote", messages, lines(MarkupEdits.LineKind.QUOTE)),
                new Separator(javafx.geometry.Orientation.VERTICAL), embargo(model, messages));
        body.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
        model.frozen().addListener((o, was, now) -> setDisable(now));
    }

    /** Puts the bar above the body in the editor. */
    public static FormattingBar install(EditorView editor, EditorViewModel model, Messages messages) {
        FormattingBar bar = new FormattingBar(editor.bodyArea(), model, messages);
        editor.showAboveBody(bar);
        return bar;
    }

    private HBox embargo(EditorViewModel model, Messages messages) {
        Label caption = new Label(messages.get("editor.embargo"));
        caption.setMinWidth(Region.USE_PREF_SIZE);
        embargoDate.setId("embargoDate");
        embargoDate.setAccessibleText(messages.get("editor.embargo.date.accessible"));
        DateEntry.attach(embargoDate, messages);
        embargoDate.setPrefWidth(160);
        embargoDate.setMinWidth(Region.USE_PREF_SIZE);
        embargoTime.setId("embargoTime");
        embargoTime.setAccessibleText(messages.get("editor.embargo.time.accessible"));
        embargoTime.setPromptText("HH:MM");
        embargoTime.setPrefColumnCount(5);
        embargoTime.setMinWidth(Region.USE_PREF_SIZE);
        embargoTime.setTooltip(new Tooltip(messages.get("editor.embargo.tip")));
        caption.setLabelFor(embargoDate);
        show(model.embargo().get());
        model.embargo().addListener((o, was, now) -> show(now));
        embargoDate.valueProperty().addListener((o, was, now) -> changed(model));
        embargoTime.textProperty().addListener((o, was, now) -> changed(model));
        HBox box = new HBox(4, caption, embargoDate, embargoTime);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private void show(LocalDateTime until) {
        LocalDate date = until == null ? null : until.toLocalDate();
        if (!java.util.Objects.equals(embargoDate.getValue(), date)) {
            embargoDate.setValue(date);
        }
        String time = until == null ? "" : TIME.format(until);
        if (until != null && !time.equals(embargoTime.getText())) {
            embargoTime.setText(time);
        }
    }

    /** A date without a time means from midnight; no date means no embargo. A time being typed waits. */
    private void changed(EditorViewModel model) {
        LocalDate date = embargoDate.getValue();
        if (date == null) {
            model.embargo().set(null);
            embargoTime.getStyleClass().remove("invalid");
            return;
        }
        try {
            String typed = embargoTime.getText().strip().replace('h', ':').replace('H', ':');
            LocalTime time = typed.isEmpty() ? LocalTime.MIDNIGHT : LocalTime.parse(typed.length() == 4
                    ? "0" + typed : typed, TIME);
            embargoTime.getStyleClass().remove("invalid");
            LocalDateTime until = date.atTime(time);
            if (!until.equals(model.embargo().get())) {
                model.embargo().set(until);
            }
        } catch (DateTimeParseException e) {
            if (!embargoTime.getStyleClass().contains("invalid")) {
                embargoTime.getStyleClass().add("invalid");
            }
        }
    }

    private Button button(String id, String text, String key, Messages messages, TriFunction edit) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add(id.replace("Button", "-button"));
        button.setTooltip(new Tooltip(messages.get(key)));
        button.setAccessibleText(messages.get(key));
        button.setFocusTraversable(false);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> apply(edit));
        return button;
    }

    private static TriFunction lines(MarkupEdits.LineKind kind) {
        return (text, start, end) -> MarkupEdits.lines(text, start, end, kind);
    }

    private void apply(TriFunction edit) {
        if (!body.isEditable()) {
            return;
        }
        MarkupEdits.Edit result = edit.apply(body.getText(), body.getSelection().getStart(),
                body.getSelection().getEnd());
        body.replaceText(0, body.getLength(), result.text());
        body.selectRange(result.selectionStart(), result.selectionEnd());
        body.requestFocus();
    }

    private void shortcut(KeyEvent event) {
        TriFunction edit = null;
        if (BOLD.match(event)) {
            edit = MarkupEdits::bold;
        } else if (ITALIC.match(event)) {
            edit = MarkupEdits::italic;
        } else if (BULLETS.match(event)) {
            edit = lines(MarkupEdits.LineKind.BULLET);
        } else if (NUMBERED.match(event)) {
            edit = lines(MarkupEdits.LineKind.NUMBERED);
        } else if (QUOTE.match(event)) {
            edit = lines(MarkupEdits.LineKind.QUOTE);
        }
        if (edit != null) {
            apply(edit);
            event.consume();
        }
    }

    private static final KeyCombination BOLD = new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination ITALIC = new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination BULLETS = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination NUMBERED = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination QUOTE = new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    /** The keys the body answers to itself, for the check that no other command of the window uses them. */
    public static final java.util.List<KeyCombination> SHORTCUTS = java.util.List.of(BOLD, ITALIC, BULLETS,
            NUMBERED, QUOTE);

    /** An edit of the body's text and selection. */
    @FunctionalInterface
    private interface TriFunction {
        MarkupEdits.Edit apply(String text, int start, int end);
    }
}
