package org.pressdesk.ui.editor;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.pressdesk.i18n.Messages;
import org.pressdesk.pdf.PagePreview;
import org.pressdesk.ui.common.Buttons;
import org.pressdesk.ui.common.FxImages;

/**
 * The page as it will be exported, with page navigation and zoom: fit width, 100 %, one step in or out with the
 * buttons, Ctrl + wheel over the page or Ctrl + plus / minus (Ctrl + 0 for 100 %) anywhere in the window.
 */
public final class PreviewView extends VBox {
    private static final double MARGIN = 24;

    private final PreviewViewModel model;
    private final ImageView page = new ImageView();
    private final Label pageLabel = new Label();
    private final ScrollPane scroller;

    public PreviewView(PreviewViewModel model, Messages messages) {
        this.model = model;
        getStyleClass().add("preview");
        setId("preview");
        page.setId("previewImage");
        page.setPreserveRatio(true);
        page.setAccessibleText(messages.get("preview.accessible"));
        StackPane paper = new StackPane(page);
        paper.getStyleClass().add("preview-paper");
        scroller = new ScrollPane(paper);
        scroller.setId("previewScroller");
        scroller.fitToWidthProperty().bind(Bindings.createBooleanBinding(() -> model.zoom().get().fitWidth(),
                model.zoom()));
        scroller.getStyleClass().add("preview-scroller");
        page.fitWidthProperty().bind(shownWidth());
        scroller.addEventFilter(ScrollEvent.SCROLL, this::wheel);
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
        FlowPane bar = new FlowPane(6, 4, previous, pageLabel, next, zoomBar(messages), problem);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("preview-bar");
        getChildren().addAll(bar, scroller);
        model.image().addListener((o, was, now) -> show(now, messages));
        sceneProperty().addListener((o, was, now) -> shortcuts(now));
    }

    private DoubleBinding shownWidth() {
        return Bindings.createDoubleBinding(() -> model.zoom().get().width(model.pointsWide(),
                Math.max(0, scroller.getWidth() - MARGIN)), model.zoom(), model.image(), scroller.widthProperty());
    }

    private FlowPane zoomBar(Messages messages) {
        Button out = zoomButton("previewZoomOut", messages.get("preview.zoomOut"), messages.get("preview.zoomOut.tip"),
                () -> model.zoomOut(shownScale()));
        Button in = zoomButton("previewZoomIn", messages.get("preview.zoomIn"), messages.get("preview.zoomIn.tip"),
                () -> model.zoomIn(shownScale()));
        Button fit = zoomButton("previewFitWidth", messages.get("preview.fitWidth"), null, model::fitWidth);
        Button actual = zoomButton("previewActualSize", messages.get("preview.actualSize"),
                messages.get("preview.actualSize.tip"), model::actualSize);
        Label percent = new Label();
        percent.setId("previewZoomLabel");
        percent.textProperty().bind(Bindings.createStringBinding(() -> messages.get("preview.zoom",
                model.pointsWide() <= 0 ? 100 : Math.round(shownScale() * 100)), page.fitWidthProperty()));
        FlowPane zoom = new FlowPane(4, 4, out, percent, in, fit, actual);
        zoom.setAlignment(Pos.CENTER_LEFT);
        return zoom;
    }

    private static Button zoomButton(String id, String text, String tip, Runnable action) {
        Button button = Buttons.of(id, text, action);
        button.setFocusTraversable(false);
        if (tip != null) {
            button.setTooltip(new Tooltip(tip));
        }
        return button;
    }

    /** The scale the page is shown at now, 1 being its real size. */
    private double shownScale() {
        double points = model.pointsWide();
        return points <= 0 ? 1 : page.getFitWidth() / (points / 72 * PreviewZoom.SCREEN_DPI);
    }

    private void wheel(ScrollEvent event) {
        if (event.isShortcutDown() && event.getDeltaY() != 0) {
            if (event.getDeltaY() > 0) {
                model.zoomIn(shownScale());
            } else {
                model.zoomOut(shownScale());
            }
            event.consume();
        }
    }

    private void shortcuts(Scene scene) {
        if (scene == null) {
            return;
        }
        for (KeyCode plus : new KeyCode[] {KeyCode.PLUS, KeyCode.ADD, KeyCode.EQUALS}) {
            scene.getAccelerators().put(new KeyCodeCombination(plus, KeyCombination.SHORTCUT_DOWN),
                    () -> model.zoomIn(shownScale()));
        }
        for (KeyCode minus : new KeyCode[] {KeyCode.MINUS, KeyCode.SUBTRACT}) {
            scene.getAccelerators().put(new KeyCodeCombination(minus, KeyCombination.SHORTCUT_DOWN),
                    () -> model.zoomOut(shownScale()));
        }
        for (KeyCode zero : new KeyCode[] {KeyCode.DIGIT0, KeyCode.NUMPAD0}) {
            scene.getAccelerators().put(new KeyCodeCombination(zero, KeyCombination.SHORTCUT_DOWN),
                    model::actualSize);
        }
    }

    private void show(PagePreview.Page image, Messages messages) {
        if (image == null) {
            page.setImage(null);
            pageLabel.setText("");
            return;
        }
        page.setImage(FxImages.of(image.image()));
        pageLabel.setText(messages.get("preview.page", image.pageIndex() + 1, image.pageCount()));
    }
}
