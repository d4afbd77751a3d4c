package org.pressdesk.ui.editor;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the editor tells the user under its fields: one message line, and the title's problem for its decoration.
 * A problem on show (a refused save, a failure) stays until a save or a load succeeds: routine news such as an
 * autosave must not hide it.
 */
final class EditorNotices {
    /** Whether the line holds news or a problem the user has to see. */
    enum Kind {
        NEWS, PROBLEM
    }

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper titleProblem = new ReadOnlyStringWrapper("");
    private Kind kind = Kind.NEWS;

    /** Says {@code text}, leaving a problem on show marked as such. */
    void say(String text) {
        message.set(text);
    }

    /** Says routine news, unless a problem is on show. */
    void sayUnlessProblem(String text) {
        if (kind == Kind.NEWS) {
            message.set(text);
        }
    }

    /** A save or a load succeeded: problems are over, {@code text} is the news. */
    void settle(String text) {
        kind = Kind.NEWS;
        message.set(text);
    }

    /** Shows a problem; {@code forTitle} also puts it on the title's decoration. */
    void problem(String text, boolean forTitle) {
        if (forTitle) {
            titleProblem.set(text);
        }
        message.set(text);
        kind = Kind.PROBLEM;
    }

    /**
     * The title changed: its problem goes, and so does the message line when that problem is what it shows (a
     * title-required message must not outlive the title being typed).
     */
    void clearTitleProblem() {
        String shown = titleProblem.get();
        titleProblem.set("");
        if (!shown.isEmpty() && shown.equals(message.get())) {
            message.set("");
            kind = Kind.NEWS;
        }
    }

    Kind kind() {
        return kind;
    }

    ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    ReadOnlyStringProperty titleProblem() {
        return titleProblem.getReadOnlyProperty();
    }
}
