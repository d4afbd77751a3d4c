package org.pressdesk.ui.review;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.pressdesk.domain.CommuniqueSummary;
import org.pressdesk.domain.ReviewComment;
import org.pressdesk.domain.Revision;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.common.Converters;
import org.pressdesk.ui.common.Buttons;

/** The review screen: queue, comparison, comment thread with the decisions, history. */
public final class ReviewView extends BorderPane {

    public ReviewView(ReviewViewModel model, Messages messages) {
        setId("reviewView");
        getStylesheets().add(ReviewView.class.getResource("review.css").toExternalForm());
        getStyleClass().add("review");
        SplitPane split = new SplitPane(queue(model, messages), comparison(model, messages), thread(model, messages));
        split.setDividerPositions(0.22, 0.68);
        setCenter(split);
        Label message = new Label();
        message.setId("reviewMessage");
        message.getStyleClass().add("review-message");
        message.textProperty().bind(model.message());
        setBottom(message);
    }

    private static VBox queue(ReviewViewModel model, Messages messages) {
        Label heading = new Label();
        heading.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> messages.get("review.queue.heading", model.queueCount().get()), model.queueCount()));
        heading.getStyleClass().add("review-heading");
        ListView<CommuniqueSummary> list = new ListView<>(model.queue());
        list.setId("reviewQueue");
        list.setAccessibleText(messages.get("review.queue.accessible"));
        list.setPlaceholder(new Label(messages.get("review.queue.empty")));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(CommuniqueSummary item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.title() + "\n" + item.officeCode());
                // a long title wraps within the pane instead of running behind a horizontal scroll bar
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.select(now.id());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        return box(heading, list);
    }

    private static VBox comparison(ReviewViewModel model, Messages messages) {
        Label title = new Label();
        title.getStyleClass().add("review-heading");
        title.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                model.communique().get() == null ? "" : model.communique().get().title(), model.communique()));
        ComboBox<Revision> from = revisionBox("diffFrom", model, messages.get("review.compare.from"));
        from.valueProperty().bindBidirectional(model.from());
        ComboBox<Revision> to = revisionBox("diffTo", model, messages.get("review.compare.to"));
        to.valueProperty().bindBidirectional(model.to());
        // a flow keeps every label and choice whole, going to the next line when the pane is narrow
        FlowPane pickers = new FlowPane(6, 4, new Label(messages.get("review.compare.from")), from,
                new Label(messages.get("review.compare.to")), to);
        pickers.getStyleClass().add("review-pickers");
        VBox text = new VBox(12, new FieldChangesView(model.fieldChanges()),
                new DiffView(model.titleDiff(), "diff-title"), new DiffView(model.bodyDiff(), "diff-body"));
        text.setPadding(new Insets(12));
        text.setId("diffText");
        ScrollPane scroller = new ScrollPane(text);
        scroller.setFitToWidth(true);
        VBox.setVgrow(scroller, Priority.ALWAYS);
        ListView<String> history = new ListView<>(model.history());
        history.setId("reviewHistory");
        history.setAccessibleText(messages.get("review.history.accessible"));
        history.setPrefHeight(150);
        history.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        Label historyHeading = new Label(messages.get("review.history.heading"));
        historyHeading.getStyleClass().add("review-heading");
        return box(title, pickers, scroller, historyHeading, history);
    }

    private static ComboBox<Revision> revisionBox(String id, ReviewViewModel model, String accessible) {
        ComboBox<Revision> box = new ComboBox<>(model.revisions());
        box.setId(id);
        box.setAccessibleText(accessible);
        box.setConverter(Converters.of(model::describe));
        return box;
    }

    private static VBox thread(ReviewViewModel model, Messages messages) {
        Label heading = new Label(messages.get("review.comments.heading"));
        heading.getStyleClass().add("review-heading");
        ListView<ReviewComment> comments = new ListView<>(model.comments());
        comments.setId("reviewComments");
        comments.setPlaceholder(new Label(messages.get("review.comments.empty")));
        comments.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(ReviewComment item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : model.describe(item));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        VBox.setVgrow(comments, Priority.ALWAYS);
        TextArea text = new TextArea();
        text.setId("reviewCommentText");
        text.setPromptText(messages.get("review.comment.prompt"));
        text.setAccessibleText(messages.get("review.comment.prompt"));
        text.setWrapText(true);
        text.setPrefRowCount(4);
        text.textProperty().bindBidirectional(model.newComment());
        Button comment = button("reviewCommentButton", messages.get("review.comment.add"), model::addComment);
        Button changes = button("requestChangesButton", messages.get("review.requestChanges"), model::requestChanges);
        Button approve = button("approveButton", messages.get("review.approve"), model::approve);
        approve.getStyleClass().add("accent");
        changes.disableProperty().bind(model.canRequestChanges().not());
        approve.disableProperty().bind(model.canApprove().not());
        FlowPane buttons = new FlowPane(6, 4, comment, changes, ApproveReason.around(approve, model.approveRefusal()));
        return box(heading, comments, text, buttons);
    }

    private static Button button(String id, String text, Runnable action) {
        return Buttons.of(id, text, action);
    }

    private static VBox box(javafx.scene.Node... children) {
        VBox box = new VBox(6, children);
        box.setPadding(new Insets(8));
        return box;
    }
}
