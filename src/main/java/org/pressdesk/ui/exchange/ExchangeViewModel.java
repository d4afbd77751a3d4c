package org.pressdesk.ui.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.pressdesk.domain.ExchangeIdentity;
import org.pressdesk.domain.ExchangePeer;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.Role;
import org.pressdesk.domain.Status;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.exchange.ConflictService;
import org.pressdesk.exchange.ExportService;
import org.pressdesk.exchange.ImportResult;
import org.pressdesk.exchange.ImportService;
import org.pressdesk.exchange.InstallationService;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.task.TaskRunner;

/**
 * Fichier → Échanges: this installation's identity, its peers with what waits for each, sending a file, receiving
 * one through a preview that changes nothing until applied, and the communiqués left in conflict. Every call to the
 * services goes through the runner, away from the JavaFX thread.
 */
public final class ExchangeViewModel {
    /** A certificate file is about a kilobyte; anything much larger is not one. */
    static final long MAX_CERTIFICATE_BYTES = 64 * 1024;

    /** One peer as the window lists it, with what a file to it would carry now (null once revoked). */
    public record PeerRow(ExchangePeer peer, ExportService.Pending pending) {
    }

    /** The services this window calls. */
    public record Services(InstallationService installation, ExportService export, ImportService imports,
            ConflictService conflicts) {
    }

    private record Snapshot(ExchangeIdentity identity, List<PeerRow> peers, List<ConflictService.Open> conflicts) {
    }

    private final Services services;
    private final UserAccount actor;
    private final Messages messages;
    private final ServiceCalls calls;
    private final ReadOnlyStringWrapper message;
    private final ReadOnlyBooleanWrapper busy;
    private final Runnable onChanged;
    private final ReadOnlyStringWrapper identityName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper fingerprint = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper hasIdentity = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<PeerRow> peers = FXCollections.observableArrayList();
    private final ObjectProperty<PeerRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<ConflictService.Open> conflicts = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ImportResult> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper previewSummary = new ReadOnlyStringWrapper("");
    private Path previewFile;

    /** @param onChanged called after a received file changed communiqués (the main list reloads) */
    public ExchangeViewModel(Services services, UserAccount actor, Messages messages, TaskRunner runner,
            Runnable onChanged) {
        this.services = services;
        this.actor = actor;
        this.messages = messages;
        this.calls = new ServiceCalls(runner, messages);
        this.message = calls.message();
        this.busy = calls.busy();
        this.onChanged = onChanged;
    }

    public boolean administrator() {
        return actor.can(Role.ADMINISTRATOR);
    }

    /** Reads the identity, the peers with what waits for each, and the open conflicts. */
    public void load() {
        calls.run(this::snapshot, this::show);
    }

    private Snapshot snapshot() {
        List<PeerRow> rows = new ArrayList<>();
        for (ExchangePeer peer : services.installation().peers()) {
            rows.add(new PeerRow(peer, peer.revoked() ? null : services.export().pending(actor, peer.name())));
        }
        return new Snapshot(services.installation().identity().orElse(null), rows,
                services.conflicts().conflicts());
    }

    private void show(Snapshot snapshot) {
        hasIdentity.set(snapshot.identity() != null);
        identityName.set(snapshot.identity() == null ? messages.get("exchange.window.noIdentity")
                : snapshot.identity().displayName());
        fingerprint.set(snapshot.identity() == null ? ""
                : InstallationService.readable(snapshot.identity().fingerprint()));
        Long keep = selected.get() == null ? null : selected.get().peer().id();
        peers.setAll(snapshot.peers());
        selected.set(peers.stream().filter(p -> keep != null && p.peer().id() == keep).findFirst().orElse(null));
        conflicts.setAll(snapshot.conflicts());
    }

    /** Writes this installation's certificate, the file a peer adds. */
    public void exportCertificate(Path out) {
        act(() -> {
            Files.write(out, services.installation().certificateFile());
            return messages.get("exchange.identity.saved", identityName.get(), out, fingerprint.get());
        });
    }

    /** Reads a peer's certificate file and hands what it says to {@code then}, to compare before adding. */
    public void inspectPeer(Path file, Consumer<InstallationService.Candidate> then) {
        calls.run(() -> services.installation().inspect(readCertificate(file)), then);
    }

    public void addPeer(Path file, String name) {
        act(() -> {
            ExchangePeer peer = services.installation().addPeer(actor, readCertificate(file), name);
            return messages.get("exchange.peer.added", peer.name(), peer.displayName(),
                    InstallationService.readable(peer.fingerprint()));
        });
    }

    public void renamePeer(String newName) {
        PeerRow row = selected.get();
        if (row != null) {
            act(() -> messages.get("exchange.peer.renamed", row.peer().name(),
                    services.installation().renamePeer(actor, row.peer().name(), newName).name()));
        }
    }

    public void revokePeer() {
        PeerRow row = selected.get();
        if (row != null) {
            act(() -> messages.get("exchange.peer.revoked",
                    services.installation().revokePeer(actor, row.peer().name()).name()));
        }
    }

    /** Writes the file for the chosen peer, signed with the key the password unlocks; the password is then wiped. */
    public void send(Path out, char[] password) {
        PeerRow row = selected.get();
        if (row == null) {
            Arrays.fill(password, '\0');
            message.set(messages.get("exchange.window.choosePeer"));
            return;
        }
        act(() -> {
            try {
                ExportService.Exported done = services.export().export(actor, row.peer().name(), out, false,
                        password);
                return messages.get("exchange.exported", done.file(), done.carried().communiques(),
                        done.carried().revisions(), done.carried().items());
            } finally {
                Arrays.fill(password, '\0');
            }
        });
    }

    /** Checks a received file and shows what it would change; nothing is written until {@link #apply()}. */
    public void receive(Path file) {
        preview.set(null);
        previewFile = null;
        calls.run(() -> services.imports().preview(actor, file), result -> {
            if (result.alreadyReceived()) {
                message.set(messages.get("exchange.alreadyReceived", result.peer()));
            } else {
                previewFile = file;
                message.set("");
                previewSummary.set(counts("exchange.preview", result));
                preview.set(result);
            }
        });
    }

    /** Applies the previewed file in one transaction. */
    public void apply() {
        Path file = previewFile;
        if (file == null) {
            return;
        }
        calls.run(() -> services.imports().importFile(actor, file), result -> {
            preview.set(null);
            previewFile = null;
            message.set(result.alreadyReceived() ? messages.get("exchange.alreadyReceived", result.peer())
                    : counts("exchange.imported", result));
            onChanged.run();
            load();
        });
    }

    public void cancelPreview() {
        preview.set(null);
        previewFile = null;
        message.set(messages.get("exchange.window.previewCancelled"));
    }

    private String counts(String key, ImportResult r) {
        return messages.get(key, r.peer(), r.newCommuniques(), r.newRevisions(), r.newComments(),
                r.newStatusChanges(), r.newApprovals(), r.newConflicts());
    }

    /** The words for a status in the preview; a communiqué new here has none yet. */
    public String statusName(Status status) {
        return status == null ? messages.get("exchange.change.new") : messages.get("status." + status.name());
    }

    /** What waits for a peer, in one line for its row. */
    public String waiting(PeerRow row) {
        if (row.peer().revoked()) {
            return messages.get("exchange.window.revoked");
        }
        ExportService.Pending p = row.pending();
        return messages.get("exchange.window.waiting", p.communiques(), p.items());
    }

    /** How many files sent to a peer it has not acknowledged yet. */
    public String unacknowledged(PeerRow row) {
        return row.pending() == null ? "" : String.valueOf(row.pending().unacknowledgedFiles());
    }

    /** The first groups of a peer's fingerprint, enough to tell peers apart in a list. */
    static String shortPrint(PeerRow row) {
        String readable = InstallationService.readable(row.peer().fingerprint());
        return readable.length() <= 9 ? readable : readable.substring(0, 9) + "…";
    }

    /** The summary of the file waiting in the preview. */
    public ReadOnlyStringProperty previewSummary() {
        return previewSummary.getReadOnlyProperty();
    }

    public String when(Instant moment) {
        return moment == null ? messages.get("exchange.window.never") : DateTimeFormatter
                .ofLocalizedDateTime(FormatStyle.SHORT).withLocale(messages.locale())
                .format(moment.atZone(ZoneId.systemDefault()));
    }

    private static byte[] readCertificate(Path file) throws IOException {
        if (Files.size(file) > MAX_CERTIFICATE_BYTES) {
            throw new PressDeskException("exchange.certificateInvalid");
        }
        return Files.readAllBytes(file);
    }

    /** Runs a change, says what it did, and reads everything again. */
    private void act(Callable<String> change) {
        calls.run(change, said -> {
            message.set(said);
            load();
        });
    }

    public ReadOnlyStringProperty identityName() {
        return identityName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fingerprint() {
        return fingerprint.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasIdentity() {
        return hasIdentity.getReadOnlyProperty();
    }

    public ObservableList<PeerRow> peers() {
        return peers;
    }

    public ObjectProperty<PeerRow> selected() {
        return selected;
    }

    public ObservableList<ConflictService.Open> conflicts() {
        return conflicts;
    }

    public ReadOnlyObjectProperty<ImportResult> preview() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }
}
