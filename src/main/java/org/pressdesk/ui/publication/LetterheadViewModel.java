package org.pressdesk.ui.publication;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.Observable;
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
import org.pressdesk.domain.BodyFormat;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.Genre;
import org.pressdesk.domain.HeaderLayout;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.Role;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.office.LogoFiles;
import org.pressdesk.office.OfficeService;
import org.pressdesk.i18n.Failures;
import org.pressdesk.i18n.Messages;
import org.pressdesk.pdf.PagePreview;
import org.pressdesk.publication.PdfExportService;
import org.pressdesk.ui.task.Debouncer;
import org.pressdesk.ui.task.Scheduler;
import org.pressdesk.ui.task.TaskRunner;

/**
 * An office's letterhead being edited, with the first page of a sample communiqué redrawn on it a moment after
 * each change. Only an administrator saves; a logo is checked (PNG or JPEG, size) before it is taken.
 */
public final class LetterheadViewModel {
    static final Duration PREVIEW_DELAY = Duration.ofMillis(300);

    private final OfficeService offices;
    private final PdfExportService pdfExport;
    private final PagePreview renderer;
    private final UserAccount user;
    private final Messages messages;
    private final TaskRunner persistence;
    private final TaskRunner rendering;
    private final Debouncer debouncer;
    private final ObservableList<Office> officeList = FXCollections.observableArrayList();
    private final ObjectProperty<Office> office = new SimpleObjectProperty<>();
    private final LetterheadFields fields = new LetterheadFields();
    private final ReadOnlyObjectWrapper<PagePreview.Page> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private Runnable onSaved = () -> { };
    private boolean loading;
    private long generation;

    public LetterheadViewModel(OfficeService offices, PdfExportService pdfExport, PagePreview renderer,
            UserAccount user, Messages messages, TaskRunner persistence, TaskRunner rendering, Scheduler scheduler) {
        this.offices = offices;
        this.pdfExport = pdfExport;
        this.renderer = renderer;
        this.user = user;
        this.messages = messages;
        this.persistence = persistence;
        this.rendering = rendering;
        this.debouncer = new Debouncer(scheduler, PREVIEW_DELAY, PREVIEW_DELAY.multipliedBy(3), this::render);
        for (Observable field : fields.all()) {
            field.addListener(changed -> {
                if (!loading) {
                    debouncer.trigger();
                }
            });
        }
        office.addListener((o, was, now) -> load(now));
    }

    public void setOnSaved(Runnable onSaved) {
        this.onSaved = onSaved;
    }

    /** Loads the offices and shows the first (or the one with {@code code}). */
    public void start(String code) {
        persistence.run(offices::list, list -> {
            officeList.setAll(list);
            office.set(list.stream().filter(o -> o.code().equals(code)).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0)));
        }, this::failed);
    }

    private void load(Office chosen) {
        if (chosen == null) {
            return;
        }
        loading = true;
        try {
            fields.show(chosen);
        } finally {
            loading = false;
        }
        message.set("");
        render();
    }

    /** Takes the image file as the logo if it is one; otherwise says why and keeps the current logo. */
    public void useLogo(Path file) {
        busy.set(true);
        persistence.run(() -> LogoFiles.read(file), logo -> {
            busy.set(false);
            fields.logo().set(logo);
            message.set(messages.get("letterhead.logoTaken", file.getFileName(), logo.size() / 1024 + 1));
        }, this::failed);
    }

    public void removeLogo() {
        fields.logo().set(null);
    }

    /** Whether the form holds changes the office's stored letterhead does not have yet. */
    public boolean hasUnsavedChanges() {
        Office current = office.get();
        return current != null && canSave() && !fields.applyTo(current).equals(current);
    }

    public void save() {
        save(() -> { });
    }

    /** Saves, then runs {@code then} once the letterhead is stored (not after a refusal). */
    public void save(Runnable then) {
        Office current = office.get();
        if (current == null) {
            return;
        }
        Office edited = fields.applyTo(current);
        busy.set(true);
        persistence.run(() -> offices.update(user, edited), saved -> {
            busy.set(false);
            int index = officeList.indexOf(current);
            if (index >= 0) {
                officeList.set(index, saved);
            }
            office.set(saved);
            message.set(messages.get("letterhead.saved", saved.code()));
            onSaved.run();
            then.run();
        }, this::failed);
    }

    /** Redraws the sample page on the letterhead as it stands. */
    public void render() {
        debouncer.cancel();
        Office current = office.get();
        if (current == null) {
            return;
        }
        Office edited = fields.applyTo(current);
        long ticket = ++generation;
        rendering.run(() -> renderer.render(pdfExport.preview(sample(edited), edited, false), 0, 72f),
                page -> {
                    if (ticket == generation) {
                        preview.set(page);
                    }
                }, this::failed);
    }

    /**
     * The sample is written in the office's language, whatever the interface's: the language its communiqués get by default (offices carry no language of their own; new
     * communiqués start in French), so that a French office sees French text, dates and typography on its paper
     * even in the English interface. The first-start screen shows the same sample.
     */
    public static CommuniqueContent sample(Office edited) {
        String language = CommuniqueContent.DEFAULT_LANGUAGE;
        Messages office = Messages.forLocale(java.util.Locale.forLanguageTag(language));
        return new CommuniqueContent(office.get("letterhead.sample.title"), office.get("letterhead.sample.body"),
                Genre.PRESS_RELEASE, edited.id(), edited.letterhead().city(), LocalDate.now(edited.timeZone()),
                language, null, BodyFormat.MARKDOWN);
    }

    private void failed(Throwable failure) {
        busy.set(false);
        message.set(Failures.describe(failure, messages, "editor.failed"));
    }

    public boolean canSave() {
        return user.can(Role.ADMINISTRATOR);
    }

    public ObservableList<Office> offices() {
        return officeList;
    }

    public ObjectProperty<Office> office() {
        return office;
    }

    public LetterheadFields fields() {
        return fields;
    }

    public ReadOnlyObjectProperty<PagePreview.Page> preview() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    /** The layouts offered, in order. */
    public static List<HeaderLayout> layouts() {
        return List.of(HeaderLayout.values());
    }

    /** The end marks offered; any other short text may be typed. */
    public static List<String> endMarks() {
        return List.of("FIN", "###", "– 30 –", "-30-", "");
    }
}
