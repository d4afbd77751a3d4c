package org.pressdesk.ui.publication;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.pressdesk.domain.Cancellation;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.i18n.Failures;
import org.pressdesk.i18n.Messages;
import org.pressdesk.publication.ExportedPdf;
import org.pressdesk.publication.PdfBatch;
import org.pressdesk.publication.PdfExportService;
import org.pressdesk.signing.SigningLockedException;
import org.pressdesk.ui.task.TaskRunner;

/**
 * The export of a selection of communiqués into a folder, one after the other in the background, with its
 * progress; cancelling stops before the next item (files already written stay). A published text whose office key
 * is locked pauses the batch on {@link #locked()} until the key is unlocked ({@link #resume()}) or the batch is
 * cancelled. Files are named by date, reference and title.
 */
public final class BatchExportViewModel {
    private final PdfExportService pdfExport;
    private final UserAccount user;
    private final TaskRunner runner;
    private final Messages messages;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<SigningLockedException> locked = new ReadOnlyObjectWrapper<>();
    private final List<ExportedPdf> done = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private List<Long> ids = List.of();
    private Path directory;
    private PdfBatch batch;
    private int next;
    private Cancellation cancellation = new Cancellation();

    public BatchExportViewModel(PdfExportService pdfExport, UserAccount user, TaskRunner runner, Messages messages) {
        this.pdfExport = pdfExport;
        this.user = user;
        this.runner = runner;
        this.messages = messages;
    }

    public void start(List<Long> selection, Path target) {
        ids = List.copyOf(selection);
        directory = target;
        next = 0;
        cancellation = new Cancellation();
        batch = pdfExport.batch(target, cancellation);
        done.clear();
        failures.clear();
        running.set(true);
        exportNext();
    }

    public void cancel() {
        cancellation.cancel();
        if (locked.get() != null) {
            locked.set(null);
            finish();
        }
    }

    /** Goes on after the signing key was unlocked, with the item that needed it. */
    public void resume() {
        locked.set(null);
        exportNext();
    }

    private void exportNext() {
        if (batch.isCancelled() || next >= ids.size()) {
            finish();
            return;
        }
        long id = ids.get(next);
        status.set(messages.get("batch.progress", next + 1, ids.size()));
        runner.run(() -> batch.export(user, id), this::exported, this::failed);
    }

    private void exported(ExportedPdf pdf) {
        done.add(pdf);
        advance();
    }

    private void failed(Throwable failure) {
        if (failure instanceof SigningLockedException signing) {
            locked.set(signing);
            return;
        }
        failures.add(Failures.describe(failure, messages));
        advance();
    }

    private void advance() {
        next++;
        progress.set((double) next / ids.size());
        exportNext();
    }

    private void finish() {
        running.set(false);
        String summary = cancellation.isCancelled()
                ? messages.get("batch.cancelled", done.size(), ids.size(), directory)
                : messages.get("batch.done", done.size(), directory);
        status.set(failures.isEmpty() ? summary
                : summary + " " + messages.get("batch.failures", failures.size(), failures.get(0)));
    }

    public List<ExportedPdf> done() {
        return List.copyOf(done);
    }

    public ReadOnlyDoubleProperty progress() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty running() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SigningLockedException> locked() {
        return locked.getReadOnlyProperty();
    }
}
