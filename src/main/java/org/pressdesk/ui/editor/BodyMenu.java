package org.pressdesk.ui.editor;

import java.util.function.Function;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.Clipboard;

/**
 * The body's right-click menu: undo, redo, cut, copy, paste (through the body's own paste, so the length limit still
 * applies) and select all, in the interface's language. A JavaFX text area brings this menu with it; the virtualised
 * body does not, so it is built here. Each entry is enabled only when it can act.
 */
final class BodyMenu {
    private BodyMenu() {
    }

    static ContextMenu of(BodyArea body, Function<String, String> text) {
        MenuItem undo = item("bodyMenuUndo", text.apply("editor.menu.undo"), body::undo);
        MenuItem redo = item("bodyMenuRedo", text.apply("editor.menu.redo"), body::redo);
        MenuItem cut = item("bodyMenuCut", text.apply("editor.menu.cut"), body::cut);
        MenuItem copy = item("bodyMenuCopy", text.apply("editor.menu.copy"), body::copy);
        MenuItem paste = item("bodyMenuPaste", text.apply("editor.menu.paste"), body::paste);
        MenuItem all = item("bodyMenuSelectAll", text.apply("editor.menu.selectAll"), body::selectAll);
        ContextMenu menu = new ContextMenu(undo, redo, new SeparatorMenuItem(), cut, copy, paste,
                new SeparatorMenuItem(), all);
        menu.setOnShowing(e -> {
            boolean editable = body.isEditable();
            boolean selected = body.getSelection().getLength() > 0;
            undo.setDisable(!editable || !body.isUndoAvailable());
            redo.setDisable(!editable || !body.isRedoAvailable());
            cut.setDisable(!editable || !selected);
            copy.setDisable(!selected);
            paste.setDisable(!editable || !Clipboard.getSystemClipboard().hasString());
            all.setDisable(body.getLength() == 0);
        });
        return menu;
    }

    private static MenuItem item(String id, String label, Runnable action) {
        MenuItem item = new MenuItem(label);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}
