package org.pressdesk.ui.signin;

import java.time.ZoneId;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.pressdesk.demo.DemoSeeder;
import org.pressdesk.domain.Office;
import org.pressdesk.i18n.Failures;
import org.pressdesk.i18n.Messages;
import org.pressdesk.office.SetupService;
import org.pressdesk.ui.task.TaskRunner;

/**
 * The first start: create the database (encrypted unless the person unticks it), the administrator and the first
 * office with its letterhead, or fill a new database with the demonstration offices, accounts and communiqués.
 */
public final class SetupViewModel {
    /** The first office's time zone; changed later in the office's settings. */
    public static final ZoneId ZONE = ZoneId.of("Africa/Bamako");
    private final FirstStart firstStart;
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
    private final BooleanProperty encrypted = new SimpleBooleanProperty(true);

    public SetupViewModel(FirstStart firstStart, TaskRunner runner, Messages messages) {
        this.firstStart = firstStart;
        this.runner = runner;
        this.messages = messages;
    }

    /**
     * Creates the database, the administrator and the office on {@code letterhead}; hands back the administrator
     * and, for an encrypted database, the recovery key to show once.
     */
    public void create(Office.Letterhead letterhead, Consumer<FirstStart.Created> onCreated) {
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
        SetupService.FirstOffice office = new SetupService.FirstOffice(officeCode.get(), officeName.get(), ZONE,
                letterhead);
        FirstStart.Request request = new FirstStart.Request(username.get(), displayName.get(), secret, office,
                encrypted.get());
        runner.run(() -> {
            try {
                return firstStart.create(request);
            } finally {
                java.util.Arrays.fill(secret, '\0');
            }
        }, created -> {
            busy.set(false);
            password.set("");
            confirmation.set("");
            onCreated.accept(created);
        }, this::failed);
    }

    /** Fills the database with the demonstration; hands back the accounts and their passwords. */
    public void seedDemo(Consumer<DemoSeeder.Seeded> onSeeded) {
        busy.set(true);
        error.set("");
        runner.run(firstStart::demo, seeded -> {
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

    public BooleanProperty encrypted() {
        return encrypted;
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }
}
