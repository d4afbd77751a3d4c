package org.pressdesk.ui.encryption;

import java.util.Arrays;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.pressdesk.i18n.Failures;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.signin.RecoveryKeyModel;
import org.pressdesk.ui.task.TaskRunner;

/**
 * Outils → Chiffrer la base…: the administrator reads why and what happens, types the password again, then the
 * database is closed and converted in the background; the recovery key is shown once, and the folder opens again
 * for a sign-in. A wrong password changes nothing and can be typed again; a failed conversion says that the plain
 * database is as it was, and only reopening is left.
 */
public final class EncryptionViewModel {
    /** Where the screen is. */
    public enum Step { ASK, CHECKING, CONVERTING, KEY, FAILED }

    private final Conversion conversion;
    private final TaskRunner runner;
    private final Messages messages;
    private final StringProperty password = new SimpleStringProperty("");
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.ASK);
    private final StringProperty problem = new SimpleStringProperty("");
    private RecoveryKeyModel recovery;

    public EncryptionViewModel(Conversion conversion, TaskRunner runner, Messages messages) {
        this.conversion = conversion;
        this.runner = runner;
        this.messages = messages;
    }

    /** Checks the password, then converts; does nothing while a step runs or once the conversion began. */
    public void encrypt() {
        if (step.get() != Step.ASK) {
            return;
        }
        if (password.get().isEmpty()) {
            problem.set(messages.get("encryption.passwordMissing"));
            return;
        }
        problem.set("");
        step.set(Step.CHECKING);
        char[] typed = password.get().toCharArray();
        runner.run(() -> {
            conversion.checkPassword(typed.clone());
            return true;
        }, checked -> convert(typed), failure -> {
            Arrays.fill(typed, '\0');
            problem.set(Failures.describe(failure, messages));
            step.set(Step.ASK);
        });
    }

    private void convert(char[] typed) {
        password.set("");
        step.set(Step.CONVERTING);
        runner.run(() -> {
            try {
                return conversion.convert(typed);
            } finally {
                Arrays.fill(typed, '\0');
            }
        }, key -> {
            recovery = new RecoveryKeyModel(key, conversion::reopen);
            step.set(Step.KEY);
        }, failure -> {
            problem.set(messages.get("encryption.failed", Failures.describe(failure, messages)));
            step.set(Step.FAILED);
        });
    }

    /** Back to the main window; only before the conversion began. */
    public void cancel() {
        if (step.get() == Step.ASK) {
            conversion.cancel();
        }
    }

    /** After a failure: the plain database opens again. */
    public void reopen() {
        if (step.get() == Step.FAILED) {
            conversion.reopen();
        }
    }

    /** The key to show once, and the way on once it is written down; null before the conversion succeeded. */
    public RecoveryKeyModel recovery() {
        return recovery;
    }

    public StringProperty password() {
        return password;
    }

    public ReadOnlyObjectProperty<Step> step() {
        return step;
    }

    public ReadOnlyStringProperty problem() {
        return problem;
    }
}
