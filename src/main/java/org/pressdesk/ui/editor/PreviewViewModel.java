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
 * The live preview: the real PDF page of the text being edited, with the reference it exports with, rendered off
 * the JavaFX thread a moment after typing stops, at the zoom chosen. Renders that finish after a newer request are
 * dropped.
 */
public final class PreviewViewModel {
    static final Duration DELAY = Duration.ofMillis(400);

    private final PdfExportService pdfExport;
    private final PagePreview renderer;
    private final TaskRunner runner;
    private final Messages messages;
    private final Supplier<CommuniqueContent> content;
    private final Supplier<Boolean> draft;
    private final Supplier<String> reference;
    private final Debouncer debouncer;
    private final ReadOnlyObjectWrapper<PagePreview.Page> image = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper page = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<PreviewZoom> zoom = new ReadOnlyObjectWrapper<>(PreviewZoom.fit());
    private float shownDpi = PreviewZoom.fit().renderDpi();
    private long generation;
    private Cancellation rendering = new Cancellation();

    public PreviewViewModel(PdfExportService pdfExport, PagePreview renderer, TaskRunner runner,
            Scheduler scheduler, Messages messages, Supplier<CommuniqueContent> content, Supplier<Boolean> draft,
            Supplier<String> reference) {
        this.pdfExport = pdfExport;
        this.renderer = renderer;
        this.runner = runner;
        this.messages = messages;
        this.content = content;
        this.draft = draft;
        this.reference = reference;
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

    public ReadOnlyObjectProperty<PreviewZoom> zoom() {
        return zoom.getReadOnlyProperty();
    }

    /** The reference line the preview shows, as the export shows it ("" before the first approval). */
    String reference() {
        return reference.get();
    }

    /** The shown page's width in points (0 before the first page): what the zoom scales. */
    public double pointsWide() {
        PagePreview.Page shown = image.get();
        return shown == null ? 0 : shown.image().getWidth() * 72.0 / shownDpi;
    }

    /** One step larger; {@code shownScale} is what fitting the width amounts to now. */
    public void zoomIn(double shownScale) {
        zoomTo(zoom.get().in(shownScale));
    }

    public void zoomOut(double shownScale) {
        zoomTo(zoom.get().out(shownScale));
    }

    /** The page at its real size (100 %). */
    public void actualSize() {
        zoomTo(PreviewZoom.actualSize());
    }

    /** The page as wide as the pane. */
    public void fitWidth() {
        zoomTo(PreviewZoom.fit());
    }

    private void zoomTo(PreviewZoom wanted) {
        boolean sharper = wanted.renderDpi() != zoom.get().renderDpi();
        zoom.set(wanted);
        if (sharper && image.get() != null) {
            render();
        }
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
        String shownReference = reference.get();
        int wanted = page.get();
        float dpi = zoom.get().renderDpi();
        long ticket = ++generation;
        if (image.get() == null) {
            // the first page also loads the PDF engine and parses the fonts: say so rather than stay blank
            problem.set(messages.get("preview.warming"));
        }
        // A render still waiting for the thread is stale now: it is skipped rather than drawn and thrown away.
        rendering.cancel();
        rendering = runner.submit((progress, cancellation) -> cancellation.isCancelled() ? null
                : renderer.render(pdfExport.preview(snapshot, shownReference, watermark), wanted, dpi),
                TaskListener.of(rendered -> show(ticket, rendered, dpi), failure -> fail(ticket, failure)));
    }

    private void show(long ticket, PagePreview.Page rendered, float dpi) {
        if (ticket == generation && rendered != null) {
            shownDpi = dpi;
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
