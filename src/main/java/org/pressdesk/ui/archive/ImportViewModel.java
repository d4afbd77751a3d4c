package org.pressdesk.ui.archive;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.pressdesk.archive.ArchiveImportService;
import org.pressdesk.archive.ImportChoice;
import org.pressdesk.archive.ImportPreview;
import org.pressdesk.archive.ImportProgress;
import org.pressdesk.archive.ImportResult;
import org.pressdesk.archive.Notice;
import org.pressdesk.archive.ParsedFile;
import org.pressdesk.archive.PreviewItem;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.Role;
import org.pressdesk.domain.Status;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.office.OfficeService;
import org.pressdesk.i18n.Failures;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.task.TaskRunner;

/**
 * The import dialog's state: the files read, a row per communiqué found, the status to give them, and the import
 * itself, run in the background with progress and a cancel that rolls everything back.
 */
public final class ImportViewModel {
    private final ArchiveImportService importer;
    private final OfficeService offices;
    private final TaskRunner runner;
    private final Executor uiThread;
    private final UserAccount user;
    private final Messages messages;
    private final List<Path> files = new ArrayList<>();
    private final ObservableList<ImportRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> officeCodes = FXCollections.observableArrayList();
    private final ObjectProperty<Status> status = new SimpleObjectProperty<>(Status.ARCHIVED);
    private final StringProperty fileSummary = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private ImportPreview preview;
    private Runnable onImported = () -> { };

    public ImportViewModel(ArchiveImportService importer, OfficeService offices, TaskRunner runner,
            Executor uiThread, UserAccount user, Messages messages) {
        this.importer = importer;
        this.offices = offices;
        this.runner = runner;
        this.uiThread = uiThread;
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
        officeCodes.setAll(read.offices().stream().map(Office::code).toList());
        List<ImportRow> found = new ArrayList<>();
        for (PreviewItem item : preview.items()) {
            found.add(new ImportRow(item, notes(item)));
            if (item.item().understanding().office() != null && item.item().understanding().office().isNew()
                    && !officeCodes.contains(item.item().understanding().office().code())) {
                officeCodes.add(item.item().understanding().office().code());
            }
        }
        rows.setAll(found);
        fileSummary.set(summary(preview));
        message.set(messages.get("import.previewed", preview.items().size(), preview.duplicates(),
                preview.withErrors()));
        busy.set(false);
        progress.set(0);
    }

    private List<String> notes(PreviewItem item) {
        List<String> notes = new ArrayList<>();
        if (item.isDuplicate()) {
            notes.add(item.duplicateOf() == null ? messages.get("import.repeated")
                    : messages.get("import.duplicate", item.duplicateOf()));
        }
        item.item().notices().forEach(n -> notes.add(text(n)));
        return notes;
    }

    private String summary(ImportPreview read) {
        List<String> parts = new ArrayList<>();
        for (ParsedFile file : read.files()) {
            String name = file.path().getFileName().toString();
            parts.add(file.failed() ? messages.get("import.file.failed", name, text(file.notices().get(0)))
                    : messages.get("import.file.read", name, file.encoding(), file.items().size()));
            file.notices().stream().filter(n -> !n.isError()).forEach(n -> parts.add("  " + text(n)));
        }
        return String.join("\n", parts);
    }

    private String text(Notice notice) {
        return messages.get(notice.key(), notice.arguments().toArray());
    }

    /** Imports the ticked rows in one transaction; the progress bar follows it. */
    public void importChosen() {
        List<ImportChoice> chosen = rows.stream().filter(r -> r.selected().get() && r.selectable())
                .map(ImportRow::choice).toList();
        if (preview == null || chosen.isEmpty() || busy.get()) {
            return;
        }
        cancelled.set(false);
        busy.set(true);
        progress.set(0);
        message.set(messages.get("import.running", chosen.size()));
        Status target = status.get();
        ImportPreview read = preview;
        runner.run(() -> importer.importChosen(user, read, chosen, target, progressReporter()), this::imported,
                this::failed);
    }

    private ImportProgress progressReporter() {
        return new ImportProgress() {
            @Override
            public void progressed(int done, int total) {
                double fraction = done >= total ? -1 : (double) done / total;
                uiThread.execute(() -> progress.set(fraction));
            }

            @Override
            public boolean cancelled() {
                return cancelled.get();
            }
        };
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

    private void failed(Throwable failure) {
        busy.set(false);
        progress.set(0);
        message.set(Failures.describe(failure, messages, "import.failed"));
    }

    /** Stops a running import; everything it wrote is rolled back. */
    public void cancel() {
        cancelled.set(true);
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

    public StringProperty fileSummary() {
        return fileSummary;
    }

    public StringProperty message() {
        return message;
    }

    public DoubleProperty progress() {
        return progress;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
