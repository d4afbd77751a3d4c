package org.pressdesk.ui.editor;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.pressdesk.domain.AutosavedDraft;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.ConflictException;
import org.pressdesk.domain.Genre;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.Status;
import org.pressdesk.domain.TitleText;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.i18n.Failures;
import org.pressdesk.i18n.Messages;
import org.pressdesk.publication.ExportedPdf;
import org.pressdesk.ui.task.Debouncer;
import org.pressdesk.ui.task.Scheduler;
import org.pressdesk.ui.task.TaskRunner;

/**
 * The communiqué being edited. Every change marks it unsaved, autosaves it a moment after typing pauses (at most
 * {@link #AUTOSAVE_MAX_WAIT} during steady typing) and refreshes the preview; an explicit save writes a revision.
 * A save that meets someone else's newer save raises {@link #conflict()} and writes nothing until the user chooses.
 */
public final class EditorViewModel {
    static final Duration AUTOSAVE_DELAY = Duration.ofMillis(1500);
    static final Duration AUTOSAVE_MAX_WAIT = Duration.ofSeconds(3);
    /** The counts are redone once typing pauses, not at each key: counting reads the whole body (decision 0046). */
    static final Duration COUNT_DELAY = Duration.ofMillis(250);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final EditorServices services;
    private final UserAccount user;
    private final Messages messages;
    private final TaskRunner persistence;
    private final EditorAutosave autosave;
    /** The last autosave failed because the server was gone: the next one that works says it is back. */
    private boolean waitingForServer;
    private final PreviewViewModel preview;
    private final Debouncer counting;
    private final EditorFields fields = new EditorFields();

    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    /** When the unsaved edits were last autosaved; null when there are none or they were not autosaved yet. */
    private LocalTime autosavedAt;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final EditorStatus status;
    private final EditorNotices notices = new EditorNotices();
    private final ReadOnlyObjectWrapper<ConflictException> conflict = new ReadOnlyObjectWrapper<>();
    /** Which communiqué or draft the fields hold, and whether they are being filled with it. */
    private final EditorSubject subject = new EditorSubject();
    private final SaveQueue saves = new SaveQueue();
    private Consumer<Communique> onSaved = saved -> { };
    private boolean officesLoaded;
    /** What another editor held, shown once the offices are loaded ({@link #takeOver}). */
    private HeldText waiting;

    public EditorViewModel(EditorServices services, UserAccount user, Messages messages, TaskRunner persistence,
            TaskRunner rendering, Scheduler scheduler) {
        this.services = services;
        this.user = user;
        this.messages = messages;
        this.persistence = persistence;
        this.status = new EditorStatus(user, messages);
        this.autosave = new EditorAutosave(services.autosaves(), user, persistence, scheduler, AUTOSAVE_DELAY,
                AUTOSAVE_MAX_WAIT, subject, this::content, () -> dirty.get() && !saves.isSaving());
        autosave.report(() -> {
            if (waitingForServer) {
                waitingForServer = false; // the server's fault on show is over
                notices.settle(messages.get("editor.autosavedAgain", TIME.format(LocalTime.now())));
            }
            if (dirty.get()) {
                autosavedAt = LocalTime.now(); // the status line says when the edits were kept
                updateState();
            }
        }, failure -> {
            failed(failure);
            waitingForServer = ServerFault.isConnectionLost(failure);
            if (waitingForServer && dirty.get()) {
                autosave.trigger(); // the text stays here and is autosaved once the server is back
            }
        });
        this.preview = new PreviewViewModel(services.pdfExport(), services.previews(), rendering, scheduler,
                messages, this::content, () -> !isApproved(), this::reference);
        for (Observable field : fields.all()) {
            field.addListener(changed -> edited());
        }
        this.counting = new Debouncer(scheduler, COUNT_DELAY, COUNT_DELAY.multipliedBy(4), this::updateStats);
        fields.body().addListener((o, was, now) -> counting.trigger());
        fields.title().addListener((o, was, now) -> notices.clearTitleProblem());
        dirty.addListener((o, was, now) -> {
            if (now) {
                notices.sayUnlessProblem(""); // "saved as revision n" is no longer the news once typing resumes
            }
            updateState();
        });
        updateStats();
    }

    /** The reference the open communiqué exports with ("" before its first approval). */
    private String reference() {
        Communique current = subject.stored();
        return current == null || current.reference() == null ? "" : current.reference();
    }

    /** An edit (a paste) that would have made the body {@code length} characters long was refused: say so. */
    public void refuseLongBody(int length) {
        notices.say(messages.get("editor.body.tooLong", length, CommuniqueContent.MAX_BODY_LENGTH));
    }

    /** Called after each successful save, e.g. to refresh the list. */
    public void setOnSaved(Consumer<Communique> onSaved) {
        this.onSaved = onSaved;
    }

    /** Loads the offices and starts an empty draft. */
    public void start() {
        persistence.run(() -> new Offices(services.offices().list(), services.offices().defaultOffice()), loaded -> {
            fields.setOffices(loaded.all(), loaded.preferred().map(Office::id).orElse(0L));
            officesLoaded = true;
            if (waiting != null) {
                takeOver(waiting);
            } else if (subject.stored() == null && !dirty.get()) {
                newDraft();
            }
        }, this::failed);
    }

    // ----- commands -----

    /** A fresh draft for the default office, dated today. */
    public void newDraft() {
        load(() -> {
            subject.show(null);
            fields.clear();
        });
        afterLoad("");
    }

    /** Opens a stored communiqué; its autosaved text, if newer, comes back with it. */
    public void open(long communiqueId) {
        autosave.cancel();
        busy.set(true);
        persistence.run(() -> new Opened(services.communiques().get(communiqueId),
                        services.autosaves().pending(user).stream()
                                .filter(d -> Long.valueOf(communiqueId).equals(d.communiqueId())).findFirst()),
                opened -> {
                    busy.set(false);
                    show(opened.communique());
                    opened.autosaved().ifPresent(this::restoreIfNewer);
                }, this::failed);
    }

    private record Opened(Communique communique, Optional<AutosavedDraft> autosaved) {
    }

    /** An autosave that holds what is saved already is spent: it goes, rather than coming back at each start. */
    private void restoreIfNewer(AutosavedDraft draft) {
        if (!draft.content().sameAs(content())) {
            restore(draft);
            return;
        }
        autosave.discard(draft.draftUuid(), () -> { });
    }

    /** Puts back text an autosave kept after a crash; it stays unsaved until the user saves it. */
    public void restore(AutosavedDraft draft) {
        load(() -> {
            subject.continueDraft(draft.draftUuid());
            fields.fill(draft.content(), fields.defaultOffice());
        });
        autosavedAt = LocalTime.ofInstant(draft.savedAt(), ZoneId.systemDefault());
        dirty.set(true);
        notices.say(messages.get("editor.restored", TIME.format(LocalTime.ofInstant(draft.savedAt(),
                ZoneId.systemDefault()))));
        preview.render();
    }

    /** What this editor holds now, for another editor to take over. */
    public HeldText held() {
        return new HeldText(subject.stored(), content(), subject.draftUuid(), dirty.get(), autosavedAt);
    }

    /**
     * Shows what another editor held (once the offices are loaded): unsaved text stays unsaved, in its autosave slot,
     * over the communiqué as that editor knew it, so that a colleague's save since then still meets the conflict
     * choice; with nothing unsaved, the communiqué is opened as stored now.
     */
    public void takeOver(HeldText held) {
        waiting = officesLoaded ? null : held;
        if (waiting != null) {
            return;
        }
        if (!held.unsaved()) {
            if (held.stored() == null) {
                newDraft();
            } else {
                open(held.stored().id());
            }
            return;
        }
        load(() -> {
            subject.show(held.stored());
            subject.continueDraft(held.draft());
            fields.fill(held.content(), fields.defaultOffice());
        });
        autosavedAt = held.autosavedAt();
        dirty.set(true);
        updateState();
        preview.render();
        if (autosavedAt == null) {
            autosave.trigger();
        }
    }

    /** Saves a revision; on a missing title says so and keeps the text. */
    public void save() {
        save(null);
    }

    /**
     * Saves, then runs {@code then} once the save succeeded (it does not run if the save fails). A save asked for
     * while one is running follows it: two saves of a new draft at once would create it twice.
     */
    public void save(Runnable then) {
        CommuniqueContent content = content();
        Optional<CommuniqueContent.Problem> problem = content.normalized().problems().stream().findFirst();
        if (problem.isPresent()) {
            showProblem(problem.get());
            return;
        }
        if (!saves.startOrWait(then)) {
            return;
        }
        // What is being saved holds every keystroke so far: an autosave of it now would outlive the save.
        autosave.cancel();
        Communique current = subject.stored();
        busy.set(true);
        UUID draft = subject.draftUuid();
        long ticket = subject.ticket();
        persistence.run(() -> services.communiques().save(user, current == null ? null : current.id(),
                current == null ? 0 : current.version(), content, draft), saved -> {
            SaveQueue.Waiting next = saves.succeeded();
            boolean same = subject.stillShows(ticket);
            if (same) {
                saved(saved, content);
            } else {
                busy.set(false);
                onSaved.accept(saved);
            }
            afterSave(next, same ? then : null);
        }, failure -> {
            saves.failed();
            failed(failure);
        });
    }

    /** Runs the save asked for meanwhile, or autosaves what was typed while the save ran. */
    private void afterSave(SaveQueue.Waiting next, Runnable then) {
        if (next != null) {
            save(next.then());
        } else if (dirty.get()) {
            autosave.trigger();
        }
        if (then != null) {
            then.run();
        }
    }

    /** Settles a conflict the way the user chose. */
    public void resolve(ConflictChoice choice) {
        ConflictException pending = conflict.get();
        conflict.set(null);
        if (pending == null) {
            return;
        }
        Communique theirs = pending.current();
        switch (choice) {
            case KEEP_MINE -> {
                subject.saveOnto(theirs);
                save();
            }
            case TAKE_THEIRS -> autosave.discard(subject.draftUuid(), () -> show(theirs));
            case SAVE_AS_NEW -> {
                subject.saveOnto(null);
                save();
            }
            case CANCEL -> notices.say(messages.get("editor.conflict.postponed"));
        }
    }

    /** Saves if needed, then writes the PDF of the saved communiqué to {@code file}. */
    public void exportTo(java.nio.file.Path file, Consumer<ExportedPdf> done) {
        Runnable export = () -> {
            Communique current = subject.stored();
            busy.set(true);
            persistence.run(() -> services.pdfExport().exportTo(user, current.id(), file), exported -> {
                busy.set(false);
                notices.say(exported.result().hasReplacements()
                        ? messages.get("editor.exported.replaced", exported.file(),
                                exported.result().replacedCodePoints().size())
                        : messages.get("editor.exported", exported.file()));
                done.accept(exported);
            }, this::failed);
        };
        if (dirty.get() || subject.stored() == null) {
            save(export);
        } else {
            export.run();
        }
    }

    /** Writes the pending autosave now, e.g. before the window closes. */
    public void flush() {
        autosave.flush();
    }

    /** Throws away unsaved changes and their autosave. */
    public void discardChanges() {
        autosave.cancel();
        autosave.discard(subject.draftUuid(), () -> { });
        Communique current = subject.stored();
        if (current == null) {
            newDraft();
        } else {
            show(current);
        }
    }

    // ----- internals -----

    private void edited() {
        if (subject.isFilling()) {
            return;
        }
        dirty.set(true);
        autosave.trigger();
        preview.contentChanged();
    }

    void autosaveNow() {
        autosave.now();
    }

    private void saved(Communique saved, CommuniqueContent content) {
        busy.set(false);
        subject.show(saved);
        if (content().sameAs(content)) {
            dirty.set(false);
        }
        notices.settle(messages.get("editor.saved", saved.revision()));
        updateState();
        onSaved.accept(saved);
    }

    /**
     * Offers the conflict choice now about {@code theirs}, a colleague's newer state of the open communiqué (the
     * same choice a save from the older version meets); nothing is written before the answer.
     */
    public void offerConflict(Communique theirs) {
        conflict.set(new ConflictException(theirs));
    }

    /** Shows a communiqué as stored now (after a status change, say); unsaved edits of another one are gone. */
    public void display(Communique communique) {
        show(communique);
    }

    private void show(Communique communique) {
        load(() -> {
            subject.show(communique);
            fields.fill(communique.content(), null);
        });
        afterLoad("");
    }

    /** Fills the fields with another subject: no autosave of the old one, and the filling is not an edit. */
    private void load(Runnable fill) {
        autosave.cancel();
        subject.fill(fill);
    }

    private void afterLoad(String info) {
        dirty.set(false);
        notices.clearTitleProblem();
        notices.settle(info);
        updateState();
        preview.renderFirstPage();
    }

    private void failed(Throwable failure) {
        busy.set(false);
        if (failure instanceof ConflictException clash) {
            conflict.set(clash);
        }
        notices.problem(Failures.describe(failure, messages, "editor.failed"), false);
    }

    private void showProblem(CommuniqueContent.Problem problem) {
        String text = messages.get(problem.messageKey(), problem.arguments().toArray());
        notices.problem(text, "title".equals(problem.field()));
    }

    private void updateStats() {
        status.countWords(fields.body().get());
    }

    private void updateState() {
        if (!dirty.get()) {
            autosavedAt = null;
        }
        status.describe(subject.stored(), dirty.get(), autosavedAt);
    }

    private boolean isApproved() {
        Communique current = subject.stored();
        return current != null && current.approvedRevisionId() != null && !dirty.get();
    }

    /** The offices and the one new drafts sign by default, read together off the JavaFX thread. */
    private record Offices(List<Office> all, Optional<Office> preferred) {
    }

    /** What is wrong with {@code text} as the title, in the user's words; empty when it may be saved. */
    public String checkTitle(String text) {
        return CommuniqueContent.titleProblem(TitleText.clean(text))
                .map(problem -> messages.get(problem.messageKey(), problem.arguments().toArray())).orElse("");
    }

    /** Shows {@code text} where the editor's messages go (another part of the window reporting on this text). */
    public void report(String text) {
        notices.say(text);
    }

    /** The fields as they stand, as content to save. */
    public CommuniqueContent content() {
        return fields.content();
    }


    // ----- properties -----

    public StringProperty title() {
        return fields.title();
    }

    public StringProperty body() {
        return fields.body();
    }

    public StringProperty place() {
        return fields.place();
    }

    public ObjectProperty<Genre> genre() {
        return fields.genre();
    }

    public ObjectProperty<Office> office() {
        return fields.office();
    }

    public ObjectProperty<LocalDate> eventDate() {
        return fields.eventDate();
    }

    public StringProperty language() {
        return fields.language();
    }

    /** The end of the embargo in the office's time zone; null when the text may be released at once. */
    public ObjectProperty<java.time.LocalDateTime> embargo() {
        return fields.embargo();
    }

    public ObservableList<Office> offices() {
        return fields.offices();
    }

    public ReadOnlyBooleanProperty dirty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty frozen() {
        return status.frozen();
    }

    /** The title's problem once a save was refused for it; cleared as the title changes. */
    public ReadOnlyStringProperty titleProblem() {
        return notices.titleProblem();
    }

    public ReadOnlyStringProperty stats() {
        return status.stats();
    }

    public ReadOnlyStringProperty state() {
        return status.state();
    }

    public ReadOnlyStringProperty message() {
        return notices.message();
    }

    public ReadOnlyObjectProperty<ConflictException> conflict() {
        return conflict.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Communique> stored() {
        return subject.storedProperty();
    }

    public PreviewViewModel preview() {
        return preview;
    }

    public UUID draftUuid() {
        return subject.draftUuid();
    }

    public boolean isStored(Status wanted) {
        Communique current = subject.stored();
        return current != null && current.status() == wanted;
    }
}
