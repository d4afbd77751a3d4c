package org.pressdesk.ui.backup;

import java.time.Clock;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.util.Duration;
import org.pressdesk.app.BackupSchedule;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.task.TaskRunner;

/** The status bar element that shows {@link BackupReminder}'s warning, re-read every ten minutes; hidden when empty. */
public final class BackupStatusLabel {
    public static final String STYLE_CLASS = "backup-warning";

    private BackupStatusLabel() {
    }

    /** The element for the status bar: a box (it carries the style sheet) around the warning. */
    public static HBox create(BackupSchedule schedule, Messages messages, TaskRunner runner, boolean canManage) {
        BackupReminder reminder = new BackupReminder(schedule, messages, runner, Clock.systemUTC(), canManage);
        Label label = new Label();
        label.setId("backupWarning");
        label.getStyleClass().add(STYLE_CLASS);
        label.textProperty().bind(reminder.warning());
        label.accessibleTextProperty().bind(reminder.warning());
        label.visibleProperty().bind(reminder.warning().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        Timeline poll = new Timeline();
        poll.getKeyFrames().add(new KeyFrame(Duration.minutes(10), e -> {
            if (label.getScene() != null && label.getScene().getWindow() != null
                    && label.getScene().getWindow().isShowing()) {
                reminder.refresh();
            } else {
                poll.stop();
            }
        }));
        poll.setCycleCount(Timeline.INDEFINITE);
        poll.play();
        reminder.refresh();
        HBox box = new HBox(label);
        box.setId("backupStatus");
        box.getStylesheets().add(BackupStatusLabel.class.getResource("backups.css").toExternalForm());
        box.setUserData(reminder);
        return box;
    }
}
