package org.pressdesk.ui.editor;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.TextStats;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.domain.WorkflowAction;
import org.pressdesk.domain.WorkflowRules;
import org.pressdesk.i18n.Messages;

/**
 * What the editor says about its text, derived and read-only: the word and character counts, the status line
 * (status, revision, who changed it last) and whether the person may edit it at all.
 */
final class EditorStatus {
    private final UserAccount user;
    private final Messages messages;
    private final ReadOnlyBooleanWrapper frozen = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper stats = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper("");

    EditorStatus(UserAccount user, Messages messages) {
        this.user = user;
        this.messages = messages;
    }

    void countWords(String body) {
        TextStats counts = TextStats.of(body);
        stats.set(messages.get("editor.stats", counts.words(), counts.characters()));
    }

    /**
     * The status line and the edit rule for {@code current} (null: a new draft), with unsaved edits or not and when
     * they were last autosaved (null: not yet), in one line that never contradicts itself ({@link SaveState}).
     */
    void describe(Communique current, boolean dirty, java.time.LocalTime autosavedAt) {
        frozen.set(current != null && WorkflowRules.refusal(WorkflowAction.EDIT, new WorkflowRules.Facts(
                current.status(), user.role(), current.created().userId() == user.id(), false, false)).isPresent());
        state.set(SaveState.describe(messages, current, dirty, autosavedAt));
    }

    ReadOnlyBooleanProperty frozen() {
        return frozen.getReadOnlyProperty();
    }

    ReadOnlyStringProperty stats() {
        return stats.getReadOnlyProperty();
    }

    ReadOnlyStringProperty state() {
        return state.getReadOnlyProperty();
    }
}
