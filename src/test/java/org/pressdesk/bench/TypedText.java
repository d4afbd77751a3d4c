package org.pressdesk.bench;

import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import org.fxmisc.richtext.GenericStyledArea;

/** What the keystroke timer does to a text control, the same for the editor's body and for the reference. */
interface TypedText {
    Node node();

    int length();

    void clear();

    void caretAt(int position);

    /** Pastes what the clipboard holds at the caret, as Ctrl+V does. */
    void paste();

    static TypedText of(TextInputControl area) {
        return new TypedText() {
            public Node node() {
                return area;
            }

            public int length() {
                return area.getLength();
            }

            public void clear() {
                area.clear();
            }

            public void caretAt(int position) {
                area.positionCaret(position);
            }

            public void paste() {
                area.paste();
            }
        };
    }

    static TypedText of(GenericStyledArea<?, ?, ?> area) {
        return new TypedText() {
            public Node node() {
                return area;
            }

            public int length() {
                return area.getLength();
            }

            public void clear() {
                area.clear();
            }

            public void caretAt(int position) {
                area.moveTo(position);
                area.requestFollowCaret();
            }

            public void paste() {
                area.paste();
            }
        };
    }
}
