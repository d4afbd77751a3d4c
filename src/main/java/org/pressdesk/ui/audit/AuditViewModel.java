package org.pressdesk.ui.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.pressdesk.audit.AuditLog;
import org.pressdesk.audit.AuditVerifier;
import org.pressdesk.domain.AuditEvent;
import org.pressdesk.domain.AuditKind;
import org.pressdesk.domain.AuditQuery;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.i18n.Failures;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.task.TaskRunner;

/** The audit trail viewer: filter by user, communiqué, kind and dates; check the whole hash chain. */
public final class AuditViewModel {
    static final int LIMIT = 2_000;

    private final AuditLog log;
    private final AuditVerifier verifier;
    private final UserAccount reader;
    private final Messages messages;
    private final TaskRunner runner;
    private final ObservableList<AuditEvent> events = FXCollections.observableArrayList();
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty communique = new SimpleStringProperty("");
    private final ObjectProperty<AuditKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public AuditViewModel(AuditLog log, AuditVerifier verifier, UserAccount reader, Messages messages,
            TaskRunner runner) {
        this.log = log;
        this.verifier = verifier;
        this.reader = reader;
        this.messages = messages;
        this.runner = runner;
    }

    public void search() {
        Long communiqueId;
        try {
            communiqueId = communique.get().isBlank() ? null : Long.valueOf(communique.get().strip());
        } catch (NumberFormatException e) {
            message.set(messages.get("audit.view.badNumber", communique.get()));
            return;
        }
        ZoneId zone = ZoneId.systemDefault();
        AuditQuery query = new AuditQuery(user.get(), communiqueId, kind.get(),
                from.get() == null ? null : from.get().atStartOfDay(zone).toInstant(),
                to.get() == null ? null : to.get().plusDays(1).atStartOfDay(zone).toInstant(), LIMIT);
        runner.run(() -> log.search(reader, query), found -> {
            events.setAll(found);
            message.set(messages.get("audit.view.count", found.size()));
        }, this::failed);
    }

    public void verify() {
        runner.run(verifier::verify, result -> {
            if (result.intact()) {
                message.set(messages.get("audit.intact", result.checked()));
                return;
            }
            AuditVerifier.Break broken = result.firstBreak().orElseThrow();
            message.set(broken.entryId() == null ? messages.get("audit.truncated", result.checked())
                    : messages.get("audit.broken." + broken.reason(), broken.entryId(), result.checked()));
        }, this::failed);
    }

    private void failed(Throwable failure) {
        message.set(Failures.describe(failure, messages, "editor.failed"));
    }

    public ObservableList<AuditEvent> events() {
        return events;
    }

    public StringProperty user() {
        return user;
    }

    public StringProperty communique() {
        return communique;
    }

    public ObjectProperty<AuditKind> kind() {
        return kind;
    }

    public ObjectProperty<LocalDate> from() {
        return from;
    }

    public ObjectProperty<LocalDate> to() {
        return to;
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }
}
