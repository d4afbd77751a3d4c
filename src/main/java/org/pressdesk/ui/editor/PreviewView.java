package org.pressdesk.ui.editor;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.pressdesk.i18n.Messages;
import org.pressdesk.pdf.PagePreview;

/** The page as it will be exported, with page navigation. */
public final class PreviewView extends VBox {
    private final ImageView page = new ImageView();
    private final Label pageLabel = new Label();

    public PreviewView(PreviewViewModel model, Messages messages) {
        getStyleClass().add("preview");
        setId("preview");
        page.setId("previewImage");
        page.setPreserveRatio(true);
        page.setAccessibleText(messages.get("preview.accessible"));
        StackPane paper = new StackPane(page);
        paper.getStyleClass().add("preview-paper");
        ScrollPane scroller = new ScrollPane(paper);
        scroller.setFitToWidth(true);
        scroller.getStyleClass().add("preview-scroller");
        page.fitWidthProperty().bind(scroller.widthProperty().subtract(24));
        VBox.setVgrow(scroller, Priority.ALWAYS);

        Button previous = new Button(messages.get("preview.previous"));
        previous.setId("previewPrevious");
        previous.setOnAction(e -> model.previousPage());
        Button next = new Button(messages.get("preview.next"));
        next.setId("previewNext");
        next.setOnAction(e -> model.nextPage());
        pageLabel.setId("previewPageLabel");
        Label problem = new Label();
        problem.getStyleClass().add("preview-problem");
        problem.textProperty().bind(model.problem());
        HBox bar = new HBox(6, previous, pageLabel, next, problem);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("preview-bar");
        getChildren().addAll(bar, scroller);
        model.image().addListener((o, was, now) -> show(now, messages));
    }

    private void show(PagePreview.Page image, Messages messages) {
        if (image == null) {
            page.setImage(null);
            pageLabel.setText("");
            return;
        }
        int width = image.image().getWidth();
        int height = image.image().getHeight();
        int[] argb = image.image().getRGB(0, 0, width, height, null, 0, width);
        WritableImage fx = new WritableImage(width, height);
        fx.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        page.setImage(fx);
        pageLabel.setText(messages.get("preview.page", image.pageIndex() + 1, image.pageCount()));
    }
}
