package org.pressdesk.ui.editor;

import java.util.function.IntConsumer;
import javafx.scene.control.IndexRange;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;

/**
 * The editor's body: a text area that refuses whole a paste that would make the text longer than the largest body a
 * communiqué may have ({@link org.pressdesk.domain.CommuniqueContent#MAX_BODY_LENGTH}), and reports the length it
 * would have made; nothing is ever cut. Text put in by the program (a communiqué opened) is not checked here: a
 * stored text is shown whole, and the save says when it is too long.
 */
final class BodyArea extends TextArea {
    private final int limit;
    private IntConsumer refused = length -> { };

    BodyArea(int limit) {
        this.limit = limit;
    }

    void onRefused(IntConsumer action) {
        this.refused = action;
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
}
