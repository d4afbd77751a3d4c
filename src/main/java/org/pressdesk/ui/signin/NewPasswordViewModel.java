package org.pressdesk.ui.signin;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.pressdesk.account.AccountService;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.i18n.Failures;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.task.TaskRunner;

/**
 * After an administrator's reset that asked for it, the person chooses their own password, typed twice, before
 * anything else opens. The rules (length, both the same, not the handed-over one) are the service's.
 */
public final class NewPasswordViewModel {
    private final AccountService accounts;
    private final UserAccount account;
    private final TaskRunner runner;
    private final Messages messages;
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty repeated = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public NewPasswordViewModel(AccountService accounts, UserAccount account, TaskRunner runner, Messages messages) {
        this.accounts = accounts;
        this.account = account;
        this.runner = runner;
        this.messages = messages;
    }

    public BooleanBinding canChoose() {
        return Bindings.createBooleanBinding(() -> !busy.get() && !password.get().isEmpty()
                && !repeated.get().isEmpty(), busy, password, repeated);
    }

    /** Stores the new password; {@code onChosen} runs once it is committed and the key slot follows it. */
    public void choose(Runnable onChosen) {
        if (!canChoose().get()) {
            return;
        }
        busy.set(true);
        error.set("");
        char[] first = password.get().toCharArray();
        char[] second = repeated.get().toCharArray();
        runner.run(() -> {
            try {
                accounts.chooseOwnPassword(account, first, second);
                return Boolean.TRUE;
            } finally {
                java.util.Arrays.fill(first, '\0');
                java.util.Arrays.fill(second, '\0');
            }
        }, done -> {
            busy.set(false);
            password.set("");
            repeated.set("");
            onChosen.run();
        }, failure -> {
            busy.set(false);
            repeated.set("");
            error.set(Failures.describe(failure, messages, "newPassword.failed"));
        });
    }

    public String heading() {
        return messages.get("newPassword.heading", account.username());
    }

    public StringProperty password() {
        return password;
    }

    public StringProperty repeated() {
        return repeated;
    }

    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }
}
