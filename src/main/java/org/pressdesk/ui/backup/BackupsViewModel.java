package org.pressdesk.ui.backup;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.pressdesk.app.BackupFolder;
import org.pressdesk.app.BackupSchedule;
import org.pressdesk.app.Backups;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.i18n.Failures;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.task.TaskRunner;

/**
 * Outils → Sauvegardes… (administrators): the folder of the scheduled backups and their rotation, the backups found
 * there with their state, a backup made now, and a restore into a new folder (the running database stays as it is).
 */
public final class BackupsViewModel {
    private final BackupSchedule schedule;
    private final Backups backups;
    private final UserAccount user;
    private final Messages messages;
    private final TaskRunner runner;
    private final StringProperty folder = new SimpleStringProperty("");
    private final ObjectProperty<Integer> keepDaily = new SimpleObjectProperty<>(BackupSchedule.DEFAULT_DAILY);
    private final ObjectProperty<Integer> keepWeekly = new SimpleObjectProperty<>(BackupSchedule.DEFAULT_WEEKLY);
    private final ObservableList<BackupFolder.Entry> entries = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final DateTimeFormatter dates;
    private Runnable onBackedUp = () -> { };

    public BackupsViewModel(BackupSchedule schedule, Backups backups, UserAccount user, Messages messages,
            TaskRunner runner) {
        this.schedule = schedule;
        this.backups = backups;
        this.user = user;
        this.messages = messages;
        this.runner = runner;
        this.dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(messages.locale())
                .withZone(ZoneId.systemDefault());
    }

    /** Reads the schedule and lists its folder. */
    public void load() {
        work(() -> {
            BackupSchedule.Plan plan = schedule.plan();
            return new Loaded(plan, plan.folder().map(f -> new BackupFolder(f).entries()).orElse(List.of()));
        }, loaded -> {
            folder.set(loaded.plan().folder().map(Path::toString).orElse(""));
            keepDaily.set(loaded.plan().keepDaily());
            keepWeekly.set(loaded.plan().keepWeekly());
            entries.setAll(loaded.entries());
            message.set(loaded.plan().folder().isPresent() ? "" : messages.get("backup.view.noFolder"));
        });
    }

    /** The folder the administrator chose (not saved until {@link #saveSchedule()}). */
    public void chooseFolder(Path chosen) {
        folder.set(chosen.toAbsolutePath().toString());
    }

    /** Saves the folder and the rotation; the scheduled backups use them from now on. */
    public void saveSchedule() {
        String chosen = folder.get();
        int daily = keepDaily.get();
        int weekly = keepWeekly.get();
        work(() -> {
            BackupSchedule.Plan plan = schedule.configure(user, chosen, daily, weekly);
            return new Loaded(plan, plan.folder().map(f -> new BackupFolder(f).entries()).orElse(List.of()));
        }, loaded -> {
            entries.setAll(loaded.entries());
            message.set(messages.get("backup.view.scheduleSaved"));
        });
    }

    /** Makes a checked backup into the folder now, then applies the rotation. */
    public void backupNow() {
        Path target = Path.of(folder.get());
        int daily = keepDaily.get();
        int weekly = keepWeekly.get();
        message.set(messages.get("backup.view.working"));
        work(() -> {
            Backups.Backup made = backups.create(target);
            schedule.rotate(target, daily, weekly);
            return new Made(made, new BackupFolder(target).entries());
        }, made -> {
            entries.setAll(made.entries());
            message.set(messages.get("backup.done", made.backup().file()));
            onBackedUp.run();
        });
    }

    /** Restores a backup into a new folder, opened and checked there; the running database is not changed. */
    public void restore(Path backup, Path target) {
        message.set(messages.get("backup.view.restoring"));
        work(() -> {
            backups.restoreChecked(user, backup, target);
            return target;
        }, restored -> message.set(messages.get("backup.view.restored", backup.getFileName(), restored)));
    }

    private <T> void work(java.util.concurrent.Callable<T> task, java.util.function.Consumer<T> done) {
        busy.set(true);
        runner.run(task, result -> {
            busy.set(false);
            done.accept(result);
        }, failure -> {
            busy.set(false);
            message.set(Failures.describe(failure, messages, "backup.view.failed"));
        });
    }

    public String dateOf(BackupFolder.Entry entry) {
        return dates.format(entry.madeAt());
    }

    public String stateOf(BackupFolder.Entry entry) {
        return messages.get(entry.good() ? "backup.view.good" : "backup.view.unfinished");
    }

    public String sizeOf(BackupFolder.Entry entry) {
        return messages.get("backup.view.size", entry.size() / (1024.0 * 1024.0));
    }

    /** Called after a backup made from this window (the status bar's reminder follows). */
    public void setOnBackedUp(Runnable action) {
        this.onBackedUp = action;
    }

    public BooleanBinding canBackUp() {
        return Bindings.createBooleanBinding(() -> !busy.get() && !folder.get().isBlank()
                && Path.of(folder.get()).isAbsolute(), busy, folder);
    }

    public StringProperty folder() {
        return folder;
    }

    public ObjectProperty<Integer> keepDaily() {
        return keepDaily;
    }

    public ObjectProperty<Integer> keepWeekly() {
        return keepWeekly;
    }

    public ObservableList<BackupFolder.Entry> entries() {
        return entries;
    }

    public BooleanProperty busy() {
        return busy;
    }

    /** Says that only a good (checked) backup can be restored: the one chosen is not. */
    public void reportNotRestorable() {
        message.set(messages.get("backup.view.onlyGood"));
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    private record Loaded(BackupSchedule.Plan plan, List<BackupFolder.Entry> entries) {
    }

    private record Made(Backups.Backup backup, List<BackupFolder.Entry> entries) {
    }
}
