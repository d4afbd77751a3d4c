package org.pressdesk.ui.main;

import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.pressdesk.local.LocalPreferences;
import org.pressdesk.ui.task.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives a main window the place its user left it in (size, position, maximised, dividers), or a first size that uses
 * the screen, and remembers the place when the window closes. The preference file is written in the background.
 */
final class WindowMemory {
    private static final Logger LOG = LoggerFactory.getLogger(WindowMemory.class);

    private final Stage stage;
    private final SplitPane split;
    private final LocalPreferences preferences;
    private final String preferenceName;
    private final TaskRunner persistence;
    /** The bounds before maximising: what the window returns to, and what is remembered. */
    private double normalX;
    private double normalY;
    private double normalWidth;
    private double normalHeight;

    WindowMemory(Stage stage, SplitPane split, LocalPreferences preferences, String username, TaskRunner persistence) {
        this.stage = stage;
        this.split = split;
        this.preferences = preferences;
        this.preferenceName = WindowPlacement.preferenceName(username);
        this.persistence = persistence;
    }

    /** Places the window as remembered (or for a first start) and starts following its changes. */
    void apply() {
        WindowPlacement.Area primary = area(Screen.getPrimary().getVisualBounds());
        List<WindowPlacement.Area> screens = Screen.getScreens().stream().map(s -> area(s.getVisualBounds())).toList();
        WindowPlacement placement = preferences.get(preferenceName).flatMap(WindowPlacement::decode)
                .map(remembered -> remembered.fitInto(primary, screens))
                .orElseGet(() -> WindowPlacement.firstTime(primary));
        stage.setMaximized(false);
        stage.setX(placement.x());
        stage.setY(placement.y());
        stage.setWidth(placement.width());
        stage.setHeight(placement.height());
        keepNormalBounds();
        split.setDividerPositions(placement.dividers());
        stage.setMaximized(placement.maximized());
        // the first layout squeezes the panes to their minimum widths: the dividers are set again once it is done,
        // and once more after the first layout of the window as shown (a slow start shows it after that pulse)
        Platform.runLater(() -> split.setDividerPositions(placement.dividers()));
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> afterNextLayout(placement.dividers()));
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, e -> remember());
    }

    private void afterNextLayout(double[] dividers) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            stage.getScene().removePostLayoutPulseListener(once[0]);
            split.setDividerPositions(dividers);
        };
        stage.getScene().addPostLayoutPulseListener(once[0]);
    }

    private void keepNormalBounds() {
        normalX = stage.getX();
        normalY = stage.getY();
        normalWidth = stage.getWidth();
        normalHeight = stage.getHeight();
        stage.xProperty().addListener((o, was, now) -> follow());
        stage.yProperty().addListener((o, was, now) -> follow());
        stage.widthProperty().addListener((o, was, now) -> follow());
        stage.heightProperty().addListener((o, was, now) -> follow());
    }

    private void follow() {
        if (!stage.isMaximized() && !stage.isIconified()) {
            normalX = stage.getX();
            normalY = stage.getY();
            normalWidth = stage.getWidth();
            normalHeight = stage.getHeight();
        }
    }

    /** The window's place now: its normal bounds even while maximised. */
    WindowPlacement current() {
        return new WindowPlacement(normalX, normalY, normalWidth, normalHeight, stage.isMaximized(),
                split.getDividerPositions());
    }

    private void remember() {
        String line = current().encode();
        persistence.run(() -> {
            preferences.put(preferenceName, line);
            return line;
        }, saved -> LOG.debug("Window placement kept: {}", saved),
                failure -> LOG.warn("Cannot keep the window's placement", failure));
    }

    private static WindowPlacement.Area area(Rectangle2D bounds) {
        return new WindowPlacement.Area(bounds.getMinX(), bounds.getMinY(), bounds.getWidth(), bounds.getHeight());
    }
}
