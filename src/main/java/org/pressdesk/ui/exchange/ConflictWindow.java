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
        stage.setScene(new Scene(new ConflictView(model, context.messages(), stage::close), 1180, 700));
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> runner.close());
    }

    public void show(long communiqueId) {
        stage.show();
        stage.toFront();
        model.load(communiqueId);
    }
}
