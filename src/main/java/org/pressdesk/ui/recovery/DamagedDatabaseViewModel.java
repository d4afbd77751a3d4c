package org.pressdesk.ui.recovery;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.pressdesk.app.Backups;
import org.pressdesk.app.DatabaseRecovery;
import org.pressdesk.i18n.Failures;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.task.TaskRunner;

/**
 * The choices offered when the database no longer opens: recover what H2 can still read, restore the last checked
 * backup (when there is one), or quit. The work runs on the runner's thread; the outcome is told in the person's
 * language, and once a checked database is in place the window can open it. An encrypted database is read with the
 * key of the person's slot: {@link #needsPassword()} is then true and the name and password are asked for (the
 * password is cleared as soon as a recovery starts, and never kept).
 */
public final class DamagedDatabaseViewModel {
    private final Supplier<DatabaseRecovery> opening;
    private final TaskRunner runner;
    private volatile DatabaseRecovery recovery;
    private final Messages messages;
    private final StringProperty outcome = new SimpleStringProperty("");
    private final StringProperty backupLabel = new SimpleStringProperty("");
    private final BooleanProperty working = new SimpleBooleanProperty(true);
    private final BooleanProperty hasBackup = new SimpleBooleanProperty(false);
    private final BooleanProperty repaired = new SimpleBooleanProperty(false);
    private final BooleanProperty needsPassword = new SimpleBooleanProperty(false);
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private Backups.Backup backup;

    /** {@code opening} gives the recovery of the data folder; it is called on the runner's thread. */
    public DamagedDatabaseViewModel(Supplier<DatabaseRecovery> opening, TaskRunner runner, Messages messages) {
        this.opening = opening;
        this.runner = runner;
        this.messages = messages;
    }

    /** Looks for a checked backup (on the runner's thread: it lists a folder). */
    public void start() {
        runner.run(() -> {
            recovery = opening.get();
            return new Found(recovery.needsPassword(), recovery.lastBackup());
        }, found -> {
            working.set(false);
            needsPassword.set(found.encrypted());
            found.backup().ifPresent(this::offer);
        }, failure -> {
            working.set(false);
            outcome.set(Failures.describe(failure, messages, "damaged.failed"));
        });
    }

    /** What the start found: whether the file is encrypted, and the last checked backup. */
    private record Found(boolean encrypted, Optional<Backups.Backup> backup) {
    }

    private void offer(Backups.Backup found) {
        backup = found;
        hasBackup.set(true);
        backupLabel.set(messages.get("damaged.restore", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(messages.locale()).withZone(ZoneId.systemDefault()).format(found.madeAt())));
    }

    /** Recovers what the damaged file still holds. */
    public void recover() {
        if (credentialsMissing()) {
            return;
        }
        String name = username.get();
        char[] secret = takePassword();
        run(() -> recovery.recover(name, secret), false);
    }

    /** Restores the last checked backup. */
    public void restoreBackup() {
        if (backup != null) {
            if (credentialsMissing()) {
                return;
            }
            Backups.Backup chosen = backup;
            String name = username.get();
            char[] secret = takePassword();
            run(() -> recovery.restore(chosen.file(), name, secret), true);
        }
    }

    /** True (and said) when the file is encrypted and the name or the password is still empty. */
    private boolean credentialsMissing() {
        if (needsPassword.get() && (username.get().isBlank() || password.get().isEmpty())) {
            outcome.set(messages.get("damaged.passwordNeeded"));
            return true;
        }
        return false;
    }

    /** The typed password, cleared from the form; null when the file is not encrypted. */
    private char[] takePassword() {
        if (!needsPassword.get()) {
            return null;
        }
        char[] secret = password.get().toCharArray();
        password.set("");
        return secret;
    }

    private void run(java.util.concurrent.Callable<DatabaseRecovery.Outcome> work, boolean fromBackup) {
        if (working.get() || repaired.get() || recovery == null) {
            return;
        }
        working.set(true);
        outcome.set(messages.get("damaged.working"));
        runner.run(work, done -> {
            working.set(false);
            outcome.set(describe(done, fromBackup));
            repaired.set(done.used());
            hasBackup.set(hasBackup.get() && !done.used());
        }, failure -> {
            working.set(false);
            outcome.set(Failures.describe(failure, messages, "damaged.failed"));
        });
    }

    private String describe(DatabaseRecovery.Outcome done, boolean fromBackup) {
        String aside = messages.get("recovery.setAside", done.damagedAside());
        if (!done.used()) {
            return aside + "\n" + messages.get(done.rows().isEmpty() ? "damaged.nothing" : "damaged.notUsed");
        }
        String result = fromBackup ? messages.get("recovery.restored", done.totalRows(), done.backup())
                : messages.get("recovery.done", done.totalRows());
        Optional<String> older = done.cutBytes() > 0
                ? Optional.of(messages.get("recovery.older", Math.max(1, done.cutBytes() / 1024))) : Optional.empty();
        return aside + "\n" + older.map(text -> text + "\n").orElse("") + result;
    }

    /** True when the damaged file is encrypted: recovering it needs a person's name and password. */
    public ReadOnlyBooleanProperty needsPassword() {
        return needsPassword;
    }

    public StringProperty username() {
        return username;
    }

    public StringProperty password() {
        return password;
    }

    public ReadOnlyStringProperty outcome() {
        return outcome;
    }

    public ReadOnlyStringProperty backupLabel() {
        return backupLabel;
    }

    public ReadOnlyBooleanProperty working() {
        return working;
    }

    public ReadOnlyBooleanProperty hasBackup() {
        return hasBackup;
    }

    /** True once a checked database is in place: the window may open it. */
    public ReadOnlyBooleanProperty repaired() {
        return repaired;
    }
}
