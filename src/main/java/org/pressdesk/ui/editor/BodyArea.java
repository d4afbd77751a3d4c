package org.pressdesk.ui.editor;

import java.util.function.IntConsumer;
import javafx.beans.property.StringProperty;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * The editor's body: a text area that lays out only the paragraphs in view, so a keystroke costs the same in a short
 * text as at the largest body (a JavaFX {@code TextArea} measured its whole text at each keystroke; decision 0046).
 * It refuses whole a paste that would make the text longer than the largest body a communiqué may have
 * ({@link org.pressdesk.domain.CommuniqueContent#MAX_BODY_LENGTH}) and reports the length it would have made; nothing
 * is ever cut. Text put in by the program (a communiqué opened) is not checked here: a stored text is shown whole,
 * and the save says when it is too long.
 */
public final class BodyArea extends StyleClassedTextArea {
    private final int limit;
    private IntConsumer refused = length -> { };
    private boolean copying;

    BodyArea(int limit) {
        this.limit = limit;
        getStyleClass().add("body-area");
        setAccessibleRole(AccessibleRole.TEXT_AREA);
    }

    void onRefused(IntConsumer action) {
        this.refused = action;
    }

    /** Shows {@code text} while the body is empty, as a text field's prompt does. */
    void setPromptText(String text) {
        Label prompt = new Label(text);
        prompt.getStyleClass().add("body-prompt");
        prompt.setMouseTransparent(true);
        // the prompt wraps within the body, as a text area's prompt does, rather than running past its right edge
        prompt.setWrapText(true);
        prompt.maxWidthProperty().bind(widthProperty().subtract(24));
        setPlaceholder(prompt, javafx.geometry.Pos.TOP_LEFT);
    }

    /**
     * Keeps the body and {@code text} the same both ways. Text set from outside (a communiqué opened, a colleague's
     * change) replaces the body and starts its undo history afresh, as a text field's does.
     */
    void bindBidirectional(StringProperty text) {
        replaceText(text.get() == null ? "" : text.get());
        getUndoManager().forgetHistory();
        textProperty().addListener((o, was, now) -> copy(() -> text.set(now)));
        text.addListener((o, was, now) -> copy(() -> {
            String wanted = now == null ? "" : now;
            if (!wanted.equals(getText())) {
                replaceText(wanted);
                getUndoManager().forgetHistory();
            }
        }));
    }

    private void copy(Runnable change) {
        if (!copying) {
            copying = true;
            try {
                change.run();
            } finally {
                copying = false;
            }
        }
    }

    @Override
    public void paste() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (clipboard.hasString() && clipboard.getString() != null) {
            IndexRange selection = getSelection();
            int after = getLength() - selection.getLength() + clipboard.getString().length();
            if (after > limit && after > getLength()) {
                refused.accept(after);
                return;
            }
        }
        super.paste();
    }

    /** What a screen reader asks of a text area: its text, caret and selection. */
    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        return switch (attribute) {
            case TEXT -> getText();
            case CARET_OFFSET -> getCaretPosition();
            case SELECTION_START -> getSelection().getStart();
            case SELECTION_END -> getSelection().getEnd();
            case EDITABLE -> isEditable();
            default -> super.queryAccessibleAttribute(attribute, parameters);
        };
    }
}
