package org.pressdesk.ui.signin;

import java.time.ZoneId;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.pressdesk.demo.DemoSeeder;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.i18n.Failures;
import org.pressdesk.i18n.Messages;
import org.pressdesk.office.SetupService;
import org.pressdesk.ui.task.TaskRunner;

/**
 * The first start: create the administrator and the first office, or fill the new database with the demonstration
 * offices, accounts and communiqués.
 */
public final class SetupViewModel {
    private final SetupService setup;
    private final DemoSeeder demo;
    private final TaskRunner runner;
    private final Messages messages;
    private final StringProperty username = new SimpleStringProperty("admin");
    private final StringProperty displayName = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty confirmation = new SimpleStringProperty("");
    private final StringProperty officeCode = new SimpleStringProperty("");
    private final StringProperty officeName = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public SetupViewModel(SetupService setup, DemoSeeder demo, TaskRunner runner, Messages messages) {
        this.setup = setup;
        this.demo = demo;
        this.runner = runner;
        this.messages = messages;
    }

    /** Creates the administrator and the office; signs them in on success. */
    public void create(Consumer<UserAccount> onCreated) {
        if (!password.get().equals(confirmation.get())) {
            error.set(messages.get("setup.passwordsDiffer"));
            return;
        }
        if (officeCode.get().isBlank()) {
            error.set(messages.get("setup.officeMissing"));
            return;
        }
        busy.set(true);
        error.set("");
        char[] secret = password.get().toCharArray();
        SetupService.FirstOffice office = new SetupService.FirstOffice(officeCode.get(), officeName.get(),
                ZoneId.of("Africa/Bamako"));
        runner.run(() -> setup.initialise(username.get(), displayName.get(), secret, office), admin -> {
            busy.set(false);
            onCreated.accept(admin);
        }, this::failed);
    }

    /** Fills the database with the demonstration; hands back the accounts and their passwords. */
    public void seedDemo(Consumer<DemoSeeder.Seeded> onSeeded) {
        busy.set(true);
        error.set("");
        runner.run(demo::seed, seeded -> {
            busy.set(false);
            onSeeded.accept(seeded);
        }, this::failed);
    }

    private void failed(Throwable failure) {
        busy.set(false);
        error.set(Failures.describe(failure, messages, "setup.failed"));
    }

    public StringProperty username() {
        return username;
    }

    public StringProperty displayName() {
        return displayName;
    }

    public StringProperty password() {
        return password;
    }

    public StringProperty confirmation() {
        return confirmation;
    }

    public StringProperty officeCode() {
        return officeCode;
    }

    public StringProperty officeName() {
        return officeName;
    }

    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }
}
