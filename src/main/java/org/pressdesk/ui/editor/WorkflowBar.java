package org.pressdesk.ui.editor;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.pressdesk.i18n.Messages;

/** Above the editor: where the communiqué stands and the review moves this user may make now. */
public final class WorkflowBar extends HBox {

    public WorkflowBar(WorkflowViewModel model, Messages messages, Runnable openReview, Runnable openHistory) {
        super(6);
        setId("workflowBar");
        getStyleClass().add("workflow-bar");
        Label status = new Label();
        status.setId("statusBadge");
        status.getStyleClass().add("status-badge");
        status.textProperty().bind(model.status());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(status, spacer,
                button("submitButton", messages.get("workflow.button.submit"), model.canSubmit(), model::submit),
                button("withdrawButton", messages.get("workflow.button.withdraw"), model.canWithdraw(),
                        model::withdraw),
                button("reopenButton", messages.get("workflow.button.reopen"), model.canReopen(), model::reopen),
                button("publishButton", messages.get("workflow.button.publish"), model.canPublish(), model::publish),
                button("archiveButton", messages.get("workflow.button.archive"), model.canArchive(), model::archive),
                button("reviewButton", messages.get("workflow.button.review"), model.canReview(), openReview),
                button("historyButton", messages.get("workflow.button.history"), null, openHistory));
    }

    private static Button button(String id, String text, ObservableBooleanValue shown, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setAccessibleText(text);
        button.setOnAction(e -> action.run());
        if (shown != null) {
            button.visibleProperty().bind(shown);
            button.managedProperty().bind(shown);
        }
        return button;
    }
}
