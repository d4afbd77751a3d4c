package org.pressdesk.ui.exchange;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.pressdesk.domain.WordDiff;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.review.DiffView;

/**
 * The two texts of a conflict side by side, words only here struck through on the left and words only received
 * underlined on the right; below them the text to merge by hand and the three ways out.
 */
final class ConflictView extends BorderPane {
    private final ConflictViewModel model;
    private final Messages messages;

    ConflictView(ConflictViewModel model, Messages messages, Runnable close) {
        this.model = model;
        this.messages = messages;
        setId("conflictWindow");
        getStyleClass().addAll("exchange", "review");
        getStylesheets().add(ConflictView.class.getResource("exchange.css").toExternalForm());
        getStylesheets().add(DiffView.class.getResource("review.css").toExternalForm());
        SplitPane sides = new SplitPane(side(true), side(false));
        sides.setId("conflictSides");
        SplitPane main = new SplitPane(sides, merge());
        main.setOrientation(javafx.geometry.Orientation.VERTICAL);
        main.setDividerPositions(0.55);
        setCenter(main);
        setBottom(buttons(close));
    }

    private VBox side(boolean local) {
        Label heading = new Label();
        heading.setId(local ? "localHeading" : "remoteHeading");
        heading.getStyleClass().add("exchange-heading");
        ObservableList<WordDiff.Segment> title = FXCollections.observableArrayList();
        ObservableList<WordDiff.Segment> body = FXCollections.observableArrayList();
        model.compared().addListener((o, was, now) -> {
            heading.setText(model.heading(local));
            title.setAll(now == null ? java.util.List.of() : local ? now.titles().left() : now.titles().right());
            body.setAll(now == null ? java.util.List.of() : local ? now.bodies().left() : now.bodies().right());
        });
        DiffView titleText = new DiffView(title, "diff-title");
        DiffView bodyText = new DiffView(body, "diff-body");
        bodyText.setId(local ? "localText" : "remoteText");
        bodyText.setAccessibleText(messages.get(local ? "exchange.conflict.localAccessible"
                : "exchange.conflict.remoteAccessible"));
        VBox text = new VBox(8, titleText, bodyText);
        text.getStyleClass().add("conflict-text");
        ScrollPane scroll = new ScrollPane(text);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox box = new VBox(6, heading, scroll);
        box.getStyleClass().add("conflict-side");
        return box;
    }

    private VBox merge() {
        TextField title = new TextField();
        title.setId("mergedTitle");
        title.setAccessibleText(messages.get("exchange.conflict.mergedTitle"));
        title.textProperty().bindBidirectional(model.mergedTitle());
        TextArea body = new TextArea();
        body.setId("mergedBody");
        body.setWrapText(true);
        body.setAccessibleText(messages.get("exchange.conflict.mergedBody"));
        body.textProperty().bindBidirectional(model.mergedBody());
        VBox.setVgrow(body, Priority.ALWAYS);
        Label heading = new Label(messages.get("exchange.conflict.mergeHeading"));
        heading.getStyleClass().add("exchange-heading");
        VBox box = new VBox(6, heading, title, body);
        box.getStyleClass().add("conflict-side");
        return box;
    }

    private HBox buttons(Runnable close) {
        Button keepLocal = ExchangeView.button(messages, "keepLocalButton", "exchange.conflict.keepLocal", model::keepLocal);
        Button keepRemote = ExchangeView.button(messages, "keepRemoteButton", "exchange.conflict.keepRemote", model::keepRemote);
        Button saveMerge = ExchangeView.button(messages, "saveMergeButton", "exchange.conflict.saveMerge", model::saveMerge);
        saveMerge.getStyleClass().add("accent");
        var blocked = model.busy().or(model.resolved()).or(model.compared().isNull());
        for (Button b : new Button[] {keepLocal, keepRemote, saveMerge}) {
            b.disableProperty().bind(blocked);
        }
        Button closeButton = ExchangeView.button(messages, "closeConflictButton", "app.close", close);
        Label said = new Label();
        said.setId("conflictMessage");
        said.setWrapText(true);
        said.textProperty().bind(model.message());
        said.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(said, Priority.ALWAYS);
        ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        progress.visibleProperty().bind(model.busy());
        progress.setPrefWidth(90);
        HBox row = new HBox(8, said, progress, keepLocal, keepRemote, saveMerge, closeButton);
        row.getStyleClass().add("exchange-status");
        return row;
    }
}
