package org.pressdesk.ui.review;

import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.pressdesk.drafting.CommuniqueService;
import org.pressdesk.office.OfficeService;
import org.pressdesk.ui.common.UiContext;
import org.pressdesk.workflow.ReviewService;

/** The review screen in its own window: the queue for managers, or one communiqué's history and thread. */
public final class ReviewWindow {
    private final Stage stage = new Stage();
    private final ReviewViewModel model;

    public ReviewWindow(UiContext context, ReviewService reviews, CommuniqueService communiques,
            OfficeService offices, Window owner, Runnable onChanged) {
        model = new ReviewViewModel(reviews, communiques, offices, context.user(),
                context.messages(), context.persistence());
        model.setOnChanged(onChanged);
        stage.initOwner(owner);
        stage.setTitle(context.messages().get("review.windowTitle"));
        stage.setScene(new Scene(new ReviewView(model, context.messages()), 1200, 760));
    }

    /** Opens on the queue's first item, or on {@code communiqueId} when given. */
    public void show(Long communiqueId) {
        if (communiqueId != null) {
            model.select(communiqueId);
        }
        model.loadQueue();
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    public ReviewViewModel model() {
        return model;
    }
}
