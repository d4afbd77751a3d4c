package org.pressdesk.ui.exchange;

import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.pressdesk.exchange.ConflictService;
import org.pressdesk.ui.common.UiContext;
import org.pressdesk.ui.task.FxTaskRunner;

/** A communiqué in conflict, resolved by a manager in its own window. */
public final class ConflictWindow {
    private final Stage stage = new Stage();
    private final FxTaskRunner runner = new FxTaskRunner("conflict");
    private final ConflictViewModel model;

    /** @param onResolved called once the conflict is settled (the list and the editor follow) */
    public ConflictWindow(UiContext context, ConflictService conflicts, Window owner, Runnable onResolved) {
        this.model = new ConflictViewModel(conflicts, context.user(), context.messages(),
                runner, onResolved);
        stage.initOwner(owner);
        stage.setTitle(context.messages().get("exchange.conflict.title"));
        stage.setScene(new Scene(new ConflictView(model, context.messages(), () -> askThenClose(context)), 1180,
                700));
        stage.setOnCloseRequest(event -> {
            event.consume();
            askThenClose(context);
        });
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> runner.close());
    }

    /** A merge typed by hand and not saved: save it (the window stays, showing the result), drop it, or stay. */
    private void askThenClose(UiContext context) {
        if (!model.hasUnsavedMerge()) {
            stage.close();
            return;
        }
        org.pressdesk.ui.common.SaveChoice.ask(stage, context.messages(),
                context.messages().get("exchange.conflict.unsaved.header"),
                context.messages().get("exchange.conflict.unsaved.text"), "conflictUnsavedDialog")
                .then(next -> model.saveMerge(), () -> { }, stage::close);
    }

    public void show(long communiqueId) {
        stage.show();
        stage.toFront();
        model.load(communiqueId);
    }
}
