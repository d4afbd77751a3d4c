package org.pressdesk.ui.editor;

import java.time.Duration;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.pressdesk.domain.Cancellation;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.i18n.Failures;
import org.pressdesk.i18n.Messages;
import org.pressdesk.publication.PdfExportService;
import org.pressdesk.pdf.PagePreview;
import org.pressdesk.ui.task.Debouncer;
import org.pressdesk.ui.task.Scheduler;
import org.pressdesk.ui.task.TaskListener;
import org.pressdesk.ui.task.TaskRunner;

/**
 * The live preview: the real PDF page of the text being edited, rendered off the JavaFX thread a moment after
 * typing stops. Renders that finish after a newer request are dropped.
 */
public final class PreviewViewModel {
    static final Duration DELAY = Duration.ofMillis(400);
    private static final float DPI = 72f;

    private final PdfExportService pdfExport;
    private final PagePreview renderer;
    private final TaskRunner runner;
    private final Messages messages;
    private final Supplier<CommuniqueContent> content;
    private final Supplier<Boolean> draft;
    private final Debouncer debouncer;
    private final ReadOnlyObjectWrapper<PagePreview.Page> image = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper page = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private long generation;
    private Cancellation rendering = new Cancellation();

    public PreviewViewModel(PdfExportService pdfExport, PagePreview renderer, TaskRunner runner,
            Scheduler scheduler, Messages messages, Supplier<CommuniqueContent> content, Supplier<Boolean> draft) {
        this.pdfExport = pdfExport;
        this.renderer = renderer;
        this.runner = runner;
        this.messages = messages;
        this.content = content;
        this.draft = draft;
        this.debouncer = new Debouncer(scheduler, DELAY, DELAY.multipliedBy(3), this::render);
    }

    public ReadOnlyObjectProperty<PagePreview.Page> image() {
        return image.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty page() {
        return page.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problem() {
        return problem.getReadOnlyProperty();
    }

    /** The text changed: render again once typing pauses. */
    public void contentChanged() {
        debouncer.trigger();
    }

    public void nextPage() {
        PagePreview.Page shown = image.get();
        if (shown != null && page.get() < shown.pageCount() - 1) {
            page.set(page.get() + 1);
            render();
        }
    }

    public void previousPage() {
        if (page.get() > 0) {
            page.set(page.get() - 1);
            render();
        }
    }

    /** Shows the first page of new text (another communiqué was opened). */
    public void renderFirstPage() {
        page.set(0);
        render();
    }

    /** Renders now. */
    public void render() {
        debouncer.cancel();
        CommuniqueContent snapshot = content.get();
        if (snapshot.officeId() <= 0) {
            return;
        }
        boolean watermark = draft.get();
        int wanted = page.get();
        long ticket = ++generation;
        if (image.get() == null) {
            // the first page also loads the PDF engine and parses the fonts: say so rather than stay blank
            problem.set(messages.get("preview.warming"));
        }
        // A render still waiting for the thread is stale now: it is skipped rather than drawn and thrown away.
        rendering.cancel();
        rendering = runner.submit((progress, cancellation) -> cancellation.isCancelled() ? null
                : renderer.render(pdfExport.preview(snapshot, watermark), wanted, DPI),
                TaskListener.of(rendered -> show(ticket, rendered), failure -> fail(ticket, failure)));
    }

    private void show(long ticket, PagePreview.Page rendered) {
        if (ticket == generation && rendered != null) {
            page.set(rendered.pageIndex());
            image.set(rendered);
            problem.set("");
        }
    }

    private void fail(long ticket, Throwable failure) {
        if (ticket == generation) {
            problem.set(Failures.isKnown(failure) ? Failures.describe(failure, messages)
                    : messages.get("preview.failed"));
        }
    }
}
