package org.pressdesk.ui.common;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * A start-up screen's window (first start, server form, sign-in) on the screen it opens on: the size it asks for,
 * never larger than the screen's usable area (without task bars), centred in it, and not smaller than a minimum
 * that the screen allows. Its content scrolls when the screen is smaller than what it would like.
 */
public record ScreenFit(double x, double y, double width, double height, double minWidth, double minHeight) {

    /** Where a window asking for {@code width}×{@code height} (at least {@code min…}) stands on {@code area}. */
    public static ScreenFit of(double width, double height, double minWidth, double minHeight, Rectangle2D area) {
        double w = Math.min(width, area.getWidth());
        double h = Math.min(height, area.getHeight());
        return new ScreenFit(Math.round(area.getMinX() + (area.getWidth() - w) / 2),
                Math.round(area.getMinY() + (area.getHeight() - h) / 2), w, h, Math.min(minWidth, w),
                Math.min(minHeight, h));
    }

    /** {@code content} filling its window when there is room, scrolling when the window is smaller than it. */
    public static javafx.scene.control.ScrollPane scrolling(javafx.scene.Parent content) {
        javafx.scene.control.ScrollPane scroller = new javafx.scene.control.ScrollPane(content);
        scroller.setFitToWidth(true);
        scroller.setFitToHeight(true);
        scroller.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        return scroller;
    }

    /** Sizes and centres {@code stage} (its outer size, frame included) on the primary screen's usable area. */
    public static void apply(Stage stage, double width, double height, double minWidth, double minHeight) {
        ScreenFit fit = of(width, height, minWidth, minHeight, Screen.getPrimary().getVisualBounds());
        stage.setMinWidth(fit.minWidth());
        stage.setMinHeight(fit.minHeight());
        stage.setWidth(fit.width());
        stage.setHeight(fit.height());
        stage.setX(fit.x());
        stage.setY(fit.y());
    }
}
