package org.pressdesk.ui.archive;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.pressdesk.archive.ArchiveImportService;
import org.pressdesk.archive.ImportChoice;
import org.pressdesk.archive.ImportPreview;
import org.pressdesk.archive.ImportResult;
import org.pressdesk.archive.NewOffices;
import org.pressdesk.archive.Notice;
import org.pressdesk.archive.ArchiveFile;
import org.pressdesk.archive.OfficeMatch;
import org.pressdesk.archive.PreviewItem;
import org.pressdesk.domain.Cancellation;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.Role;
import org.pressdesk.domain.Status;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.office.OfficeService;
import org.pressdesk.i18n.Failures;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.task.BackgroundTask;
import org.pressdesk.ui.task.BackgroundTask.Progress;
import org.pressdesk.ui.task.TaskListener;
import org.pressdesk.ui.task.TaskRunner;

/**
 * The import dialog's state: the files read, a row per communiqué found, the status to give them, and the import
 * itself, run in the background with progress and a cancel that rolls everything back.
 */
public final class ImportViewModel {
    private final ArchiveImportService importer;
    private final OfficeService offices;
    private final TaskRunner runner;
    private final UserAccount user;
    private final Messages messages;
    private final List<Path> files = new ArrayList<>();
    private final ObservableList<ImportRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> officeCodes = FXCollections.observableArrayList();
    private final ObjectProperty<Status> status = new SimpleObjectProperty<>(Status.ARCHIVED);
    private final ReadOnlyStringWrapper fileSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private Cancellation running = new Cancellation();
    private ImportPreview preview;
    private Runnable onImported = () -> { };

    public ImportViewModel(ArchiveImportService importer, OfficeService offices, TaskRunner runner,
            UserAccount user, Messages messages) {
        this.importer = importer;
        this.offices = offices;
        this.runner = runner;
        this.user = user;
        this.messages = messages;
        if (!user.can(Role.MANAGER)) {
            status.set(Status.DRAFT);
        }
    }

    /** Adds files to the preview and reads them all again (duplicates between files are then seen). */
    public void add(List<Path> more) {
        more.stream().filter(f -> !files.contains(f)).forEach(files::add);
        if (files.isEmpty()) {
            return;
        }
        busy.set(true);
        progress.set(-1);
        message.set(messages.get("import.reading", files.size()));
        List<Path> reading = List.copyOf(files);
        runner.run(() -> new Read(importer.preview(reading), offices.list()), this::show, this::failed);
    }

    private record Read(ImportPreview preview, List<Office> offices) {
    }

    private void show(Read read) {
        preview = read.preview();
        boolean mayCreate = NewOffices.mayCreate(user);
        officeCodes.setAll(read.offices().stream().map(Office::code).toList());
        ImportNotes check = new ImportNotes(messages, user, read.offices().stream()
                .map(o -> Office.codeKey(o.code())).collect(Collectors.toSet()));
        List<ImportRow> found = new ArrayList<>();
        for (PreviewItem item : preview.items()) {
            OfficeMatch office = item.item().understanding().office();
            String code = office == null ? "" : office.code();
            // someone who may not create offices keeps such a row only after choosing an existing office
            found.add(new ImportRow(item, check, item.importable() && check.officeAllowed(code)));
            if (mayCreate && office != null && office.isNew() && !officeCodes.contains(code)) {
                officeCodes.add(code);
            }
        }
        rows.setAll(found);
        fileSummary.set(summary(preview));
        String previewed = messages.get("import.previewed", preview.found(), preview.duplicates(),
                preview.withErrors());
        message.set(preview.complete() ? previewed
                : previewed + "\n" + messages.get("import.notShown", preview.notShown()));
        busy.set(false);
        progress.set(0);
    }

    private String summary(ImportPreview read) {
        List<String> parts = new ArrayList<>();
        for (ArchiveFile file : read.files()) {
            String name = file.name();
            parts.add(file.failed() ? messages.get("import.file.failed", name, text(file.notices().get(0)))
                    : messages.get("import.file.read", name, file.encoding(), file.itemCount()));
            file.notices().stream().filter(n -> !n.isError()).forEach(n -> parts.add("  " + text(n)));
        }
        return String.join("\n", parts);
    }

    private String text(Notice notice) {
        return messages.get(notice.key(), notice.arguments().toArray());
    }

    /** Imports the ticked rows in one transaction; the progress bar follows it (indefinite during the commit). */
    public void importChosen() {
        List<ImportChoice> chosen = rows.stream().filter(r -> r.selected().get() && r.selectable())
                .map(ImportRow::choice).toList();
        if (preview == null || chosen.isEmpty() || busy.get()) {
            return;
        }
        busy.set(true);
        progress.set(0);
        message.set(messages.get("import.running", chosen.size()));
        Status target = status.get();
        ImportPreview read = preview;
        BackgroundTask<ImportResult> work = (report, cancellation) -> importer.importChosen(user, read, chosen,
                target, (done, total) -> report.update(done, done >= total ? 0 : total), cancellation);
        running = runner.submit(work, TaskListener.of(this::imported, this::failed)
                .withProgress((done, total) -> progress.set(Progress.fraction(done, total)))
                .whenCancelled(this::cancelled));
    }

    private void imported(ImportResult result) {
        busy.set(false);
        progress.set(1);
        message.set(messages.get("import.done", result.imported(), result.duplicates(),
                messages.get("status." + status.get().name())));
        rows.forEach(row -> row.selected().set(false));
        preview = null;
        onImported.run();
    }

    private void cancelled() {
        failed(new PressDeskException("archive.import.cancelled"));
    }

    private void failed(Throwable failure) {
        busy.set(false);
        progress.set(0);
        message.set(Failures.describe(failure, messages, "import.failed"));
    }

    /** Stops a running import; everything it wrote is rolled back. */
    public void cancel() {
        running.cancel();
    }

    public void setOnImported(Runnable action) {
        this.onImported = action;
    }

    public boolean canChooseStatus() {
        return user.can(Role.MANAGER);
    }

    public ObservableList<ImportRow> rows() {
        return rows;
    }

    public ObservableList<String> officeCodes() {
        return officeCodes;
    }

    public ObjectProperty<Status> status() {
        return status;
    }

    public ReadOnlyStringProperty fileSummary() {
        return fileSummary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progress() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }
}
