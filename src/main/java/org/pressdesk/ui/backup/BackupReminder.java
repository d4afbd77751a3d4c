package org.pressdesk.ui.backup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.pressdesk.app.BackupSchedule;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.task.TaskRunner;

/**
 * The status bar's reminder: a warning when no good backup exists or the last one is older than a week; empty
 * otherwise, and always empty on the shared server. Read in the background (it is a database read) each time
 * {@link #refresh()} is called.
 */
public final class BackupReminder {
    public static final Duration TOO_OLD = Duration.ofDays(7);

    private final BackupSchedule schedule;
    private final Messages messages;
    private final TaskRunner runner;
    private final Clock clock;
    private final boolean canManage;
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");

    /** The reminder of a person who can open Outils → Sauvegardes (an administrator). */
    public BackupReminder(BackupSchedule schedule, Messages messages, TaskRunner runner, Clock clock) {
        this(schedule, messages, runner, clock, true);
    }

    /**
     * @param canManage whether the person can open Outils → Sauvegardes: the others are told to alert the
     *     administrator, not pointed at a menu they do not have
     */
    public BackupReminder(BackupSchedule schedule, Messages messages, TaskRunner runner, Clock clock,
            boolean canManage) {
        this.schedule = schedule;
        this.messages = messages;
        this.runner = runner;
        this.clock = clock;
        this.canManage = canManage;
    }

    public void refresh() {
        runner.run(() -> schedule.applies() ? schedule.lastGood() : null, this::show, failure -> warning.set(""));
    }

    private void show(Optional<Instant> lastGood) {
        if (lastGood == null) {
            warning.set("");
        } else if (lastGood.isEmpty()) {
            warning.set(messages.get(canManage ? "backup.status.none" : "backup.status.none.tellAdministrator"));
        } else if (lastGood.get().isBefore(clock.instant().minus(TOO_OLD))) {
            warning.set(messages.get("backup.status.old", DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                    .withLocale(messages.locale()).withZone(ZoneId.systemDefault()).format(lastGood.get())));
        } else {
            warning.set("");
        }
    }

    public ReadOnlyStringProperty warning() {
        return warning.getReadOnlyProperty();
    }
}
