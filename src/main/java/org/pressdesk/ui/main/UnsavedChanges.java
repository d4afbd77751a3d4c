package org.pressdesk.ui.main;

import javafx.stage.Window;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.common.SaveChoice;
import org.pressdesk.ui.editor.EditorViewModel;

/**
 * Before the editor's text is replaced or its window closed: if the text is unsaved, the user saves it, drops it,
 * or stays. Until they answer, the text is safe in the autosave.
 */
final class UnsavedChanges {
    private final EditorViewModel editor;
    private final Messages messages;
    private final Window owner;

    UnsavedChanges(EditorViewModel editor, Messages messages, Window owner) {
        this.editor = editor;
        this.messages = messages;
        this.owner = owner;
    }

    void thenRun(Runnable next) {
        if (!editor.dirty().get()) {
            next.run();
            return;
        }
        editor.flush();
        String title = editor.title().get().isBlank() ? messages.get("main.untitled") : editor.title().get();
        SaveChoice.ask(owner, messages, messages.get("unsaved.header", title), messages.get("unsaved.text"),
                "unsavedDialog").then(editor::save, editor::discardChanges, next);
    }
}
