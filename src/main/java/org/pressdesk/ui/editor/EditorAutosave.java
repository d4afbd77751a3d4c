package org.pressdesk.ui.editor;

import java.time.Duration;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.drafting.AutosaveService;
import org.pressdesk.ui.task.Debouncer;
import org.pressdesk.ui.task.Scheduler;
import org.pressdesk.ui.task.TaskRunner;

/**
 * The editor's autosave: a moment after typing pauses (at most a few seconds into steady typing) the fields are
 * kept in the subject's autosave slot, in the background, when {@code due} says the text needs it (unsaved, and no
 * save under way). An autosave that is spent (saved, thrown away) is discarded.
 */
final class EditorAutosave {
    private final AutosaveService autosaves;
    private final UserAccount user;
    private final TaskRunner persistence;
    private final EditorSubject subject;
    private final Debouncer debouncer;
    private final Supplier<CommuniqueContent> content;
    private final BooleanSupplier due;
    private Runnable kept = () -> { };
    private Consumer<Throwable> failed = failure -> { };

    EditorAutosave(AutosaveService autosaves, UserAccount user, TaskRunner persistence, Scheduler scheduler,
            Duration delay, Duration maxWait, EditorSubject subject, Supplier<CommuniqueContent> content,
            BooleanSupplier due) {
        this.autosaves = autosaves;
        this.user = user;
        this.persistence = persistence;
        this.subject = subject;
        this.content = content;
        this.due = due;
        this.debouncer = new Debouncer(scheduler, delay, maxWait, this::now);
    }

    /** What to do once a text is kept, and with a failure. */
    void report(Runnable onKept, Consumer<Throwable> onFailure) {
        this.kept = onKept;
        this.failed = onFailure;
    }

    /** The text changed: keep it once typing pauses. */
    void trigger() {
        debouncer.trigger();
    }

    /** No autosave of what is in the fields now (it is being saved, or replaced). */
    void cancel() {
        debouncer.cancel();
    }

    /** Keeps a pending autosave now, e.g. before the window closes. */
    void flush() {
        debouncer.flush();
    }

    /** Keeps the fields now, if they need it. */
    void now() {
        if (!due.getAsBoolean()) {
            return;
        }
        CommuniqueContent text = content.get();
        Communique current = subject.stored();
        UUID draft = subject.draftUuid();
        persistence.run(() -> autosaves.store(user, draft, current == null ? null : current.id(),
                current == null ? null : current.version(), text), saved -> kept.run(), failed);
    }

    /** Throws away what slot {@code draft} keeps, in the background, then runs {@code then}. */
    void discard(UUID draft, Runnable then) {
        persistence.run(() -> {
            autosaves.discard(draft);
            return draft;
        }, ignored -> then.run(), failed);
    }
}
