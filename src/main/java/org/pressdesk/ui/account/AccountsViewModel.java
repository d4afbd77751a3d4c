package org.pressdesk.ui.account;

import java.util.Arrays;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.pressdesk.account.AccountService;
import org.pressdesk.domain.Role;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.i18n.Failures;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.task.TaskRunner;

/**
 * Outils → Comptes: every account with its role and state; add one, change a role, deactivate or activate, unlock
 * after failed sign-ins, reset a password (the new one is shown once). The service checks who may do it.
 */
public final class AccountsViewModel {
    private final AccountService accounts;
    private final UserAccount actor;
    private final Messages messages;
    private final TaskRunner runner;
    private final ObservableList<UserAccount> rows = FXCollections.observableArrayList();
    private final ObjectProperty<UserAccount> selected = new SimpleObjectProperty<>();
    private final StringProperty newUsername = new SimpleStringProperty("");
    private final StringProperty newDisplayName = new SimpleStringProperty("");
    private final ObjectProperty<Role> newRole = new SimpleObjectProperty<>(Role.EDITOR);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    /** Whether a reset password serves only for the next sign-in, where its owner chooses their own. */
    private final javafx.beans.property.BooleanProperty resetMustChange =
            new javafx.beans.property.SimpleBooleanProperty(true);
    /** A password to hand over, shown once until the next action; never logged. */
    private final ReadOnlyStringWrapper shownPassword = new ReadOnlyStringWrapper("");

    public AccountsViewModel(AccountService accounts, UserAccount actor, Messages messages, TaskRunner runner) {
        this.accounts = accounts;
        this.actor = actor;
        this.messages = messages;
        this.runner = runner;
    }

    public void load() {
        runner.run(() -> accounts.list(actor), rows::setAll, this::failed);
    }

    /** Adds the account typed in the form with a random first password, shown once. */
    public void add() {
        String username = newUsername.get().strip();
        if (username.isEmpty()) {
            message.set(messages.get("accounts.nameMissing"));
            return;
        }
        Role role = newRole.get();
        String displayName = newDisplayName.get().strip();
        act(() -> {
            AccountService.HandedOver created = accounts.createAccount(actor, username, displayName, role);
            return handOver(created.account(), created.password(), "accounts.created");
        });
        newUsername.set("");
        newDisplayName.set("");
    }

    public void changeRole(Role role) {
        UserAccount target = selected.get();
        if (target != null && role != null) {
            act(() -> said("accounts.roleChanged", accounts.changeRole(actor, target, role)));
        }
    }

    public void toggleActive() {
        UserAccount target = selected.get();
        if (target != null) {
            act(() -> said(target.active() ? "accounts.deactivated" : "accounts.activated",
                    accounts.setActive(actor, target, !target.active())));
        }
    }

    public void unlock() {
        UserAccount target = selected.get();
        if (target != null) {
            act(() -> {
                accounts.unlock(actor, target);
                return said("accounts.unlocked", target);
            });
        }
    }

    public void resetPassword() {
        UserAccount target = selected.get();
        if (target != null) {
            boolean mustChange = resetMustChange.get();
            act(() -> handOver(target, accounts.resetPassword(actor, target, mustChange),
                    mustChange ? "accounts.passwordResetToChange" : "accounts.passwordReset"));
        }
    }

    private Outcome said(String key, UserAccount account) {
        return new Outcome(messages.get(key, account.username(), roleName(account.role())), "");
    }

    private Outcome handOver(UserAccount account, char[] password, String key) {
        String text = new String(password);
        Arrays.fill(password, '\0');
        return new Outcome(messages.get(key, account.username(), roleName(account.role())), text);
    }

    /** What an action says, and the password to hand over if it made one. */
    private record Outcome(String message, String password) {
    }

    private void act(Supplier<Outcome> work) {
        shownPassword.set("");
        runner.run(() -> {
            Outcome outcome = work.get();
            return new Object[] {outcome, accounts.list(actor)};
        }, done -> {
            Outcome outcome = (Outcome) done[0];
            @SuppressWarnings("unchecked")
            java.util.List<UserAccount> list = (java.util.List<UserAccount>) done[1];
            long keep = selected.get() == null ? -1 : selected.get().id();
            rows.setAll(list);
            selected.set(list.stream().filter(u -> u.id() == keep).findFirst().orElse(null));
            message.set(outcome.message());
            shownPassword.set(outcome.password());
        }, this::failed);
    }

    private void failed(Throwable failure) {
        message.set(Failures.describe(failure, messages, "accounts.failed"));
    }

    public String roleName(Role role) {
        return messages.get("role." + role.name());
    }

    /** The words for an account's state in the table. */
    public String state(UserAccount account) {
        return messages.get(account.active() ? "accounts.active" : "accounts.inactive");
    }

    public ObservableList<UserAccount> rows() {
        return rows;
    }

    public ObjectProperty<UserAccount> selected() {
        return selected;
    }

    /** Whether a new account's name is typed but not added yet: closing the window would drop it. */
    public boolean hasUnaddedAccount() {
        return !newUsername.get().isBlank();
    }

    public StringProperty newUsername() {
        return newUsername;
    }

    public StringProperty newDisplayName() {
        return newDisplayName;
    }

    public ObjectProperty<Role> newRole() {
        return newRole;
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public javafx.beans.property.BooleanProperty resetMustChange() {
        return resetMustChange;
    }

    public ReadOnlyStringProperty shownPassword() {
        return shownPassword.getReadOnlyProperty();
    }
}
