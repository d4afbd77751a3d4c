package org.pressdesk.ui.signin;

import java.util.function.Consumer;
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

/** Signing in: the password is checked off the JavaFX thread (it is deliberately slow). */
public final class SignInViewModel {

    /**
     * Checks a name and password: the account service, or at start-up the account service once the database is
     * open (the check then waits for it on the background thread).
     */
    @FunctionalInterface
    public interface Check {
        UserAccount signIn(String name, char[] password);
    }

    private final Check accounts;
    private final TaskRunner runner;
    private final Messages messages;
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public SignInViewModel(AccountService accounts, TaskRunner runner, Messages messages) {
        this(accounts::signIn, runner, messages);
    }

    public SignInViewModel(Check accounts, TaskRunner runner, Messages messages) {
        this.accounts = accounts;
        this.runner = runner;
        this.messages = messages;
    }

    public BooleanBinding canSignIn() {
        return Bindings.createBooleanBinding(() -> !busy.get() && !username.get().isBlank()
                && !password.get().isEmpty(), busy, username, password);
    }

    public void signIn(Consumer<UserAccount> onSuccess) {
        if (!canSignIn().get()) {
            error.set(messages.get("signIn.missing"));
            return;
        }
        busy.set(true);
        error.set("");
        String name = username.get();
        char[] secret = password.get().toCharArray();
        runner.run(() -> accounts.signIn(name, secret), user -> {
            busy.set(false);
            password.set("");
            onSuccess.accept(user);
        }, failure -> {
            busy.set(false);
            password.set("");
            error.set(Failures.describe(failure, messages, "signIn.failed"));
        });
    }

    public StringProperty username() {
        return username;
    }

    public StringProperty password() {
        return password;
    }

    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }
}
