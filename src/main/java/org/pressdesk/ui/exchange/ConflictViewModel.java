package org.pressdesk.ui.exchange;

import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.Revision;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.exchange.ConflictService;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.task.TaskRunner;

/**
 * One communiqué in conflict, for a manager: the revision kept here and the one received, side by side with their
 * word diff; keep either, or write the merged text, which the service saves as the next revision.
 */
public final class ConflictViewModel {

    /** The conflict with its two texts compared, worked out away from the JavaFX thread. */
    public record Compared(ConflictService.Open open, SideBySide titles, SideBySide bodies) {
    }

    private final ConflictService conflicts;
    private final UserAccount actor;
    private final Messages messages;
    private final ServiceCalls calls;
    private final ReadOnlyStringWrapper message;
    private final ReadOnlyBooleanWrapper busy;
    private final Runnable onResolved;
    private final ReadOnlyObjectWrapper<Compared> compared = new ReadOnlyObjectWrapper<>();
    private final StringProperty mergedTitle = new SimpleStringProperty("");
    private final StringProperty mergedBody = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper resolved = new ReadOnlyBooleanWrapper(false);

    public ConflictViewModel(ConflictService conflicts, UserAccount actor, Messages messages, TaskRunner runner,
            Runnable onResolved) {
        this.conflicts = conflicts;
        this.actor = actor;
        this.messages = messages;
        this.calls = new ServiceCalls(runner, messages);
        this.message = calls.message();
        this.busy = calls.busy();
        this.onResolved = onResolved;
    }

    /** Loads the conflict of this communiqué; the merge starts from the text kept here. */
    public void load(long communiqueId) {
        calls.run(() -> {
            ConflictService.Open open = conflicts.conflicts().stream()
                    .filter(o -> o.communique().id() == communiqueId).findFirst()
                    .orElseThrow(() -> new PressDeskException("exchange.conflict.none", communiqueId));
            CommuniqueContent here = open.local().content();
            CommuniqueContent there = open.remote().content();
            return new Compared(open, SideBySide.of(here.title(), there.title()),
                    SideBySide.of(here.body(), there.body()));
        }, loaded -> {
            compared.set(loaded);
            mergedTitle.set(loaded.open().local().content().title());
            mergedBody.set(loaded.open().local().content().body());
            message.set(messages.get("exchange.conflict.summary", loaded.bodies().wordsOnlyLeft(),
                    loaded.bodies().wordsOnlyRight()));
        });
    }

    public void keepLocal() {
        keep(true);
    }

    public void keepRemote() {
        keep(false);
    }

    private void keep(boolean local) {
        Compared now = compared.get();
        if (now == null || resolved.get()) {
            return;
        }
        Revision kept = local ? now.open().local() : now.open().remote();
        settle(() -> conflicts.keep(actor, now.open().communique().id(), kept.uuid()),
                "exchange.conflict.kept", kept.number());
    }

    /** Whether the text merged by hand differs from where it started and the conflict is not settled yet. */
    public boolean hasUnsavedMerge() {
        Compared now = compared.get();
        if (now == null || resolved.get()) {
            return false;
        }
        CommuniqueContent start = now.open().local().content();
        return !mergedTitle.get().equals(start.title()) || !mergedBody.get().equals(start.body());
    }

    /** Saves the text merged by hand as the communiqué's next revision. */
    public void saveMerge() {
        Compared now = compared.get();
        if (now == null || resolved.get()) {
            return;
        }
        CommuniqueContent base = now.open().local().content();
        CommuniqueContent merged = new CommuniqueContent(mergedTitle.get(), mergedBody.get(), base.genre(),
                base.officeId(), base.place(), base.eventDate(), base.language(), base.embargoAt(), base.bodyFormat());
        settle(() -> conflicts.merge(actor, now.open().communique().id(), merged), "exchange.conflict.merged", 0);
    }

    private void settle(Callable<Communique> change, String key, int revision) {
        calls.run(change, settled -> {
            resolved.set(true);
            message.set(messages.get(key, revision, settled.revision()));
            onResolved.run();
        });
    }

    /** Who wrote a side's revision and when, for its heading. */
    public String heading(boolean local) {
        Compared now = compared.get();
        if (now == null) {
            return "";
        }
        Revision revision = local ? now.open().local() : now.open().remote();
        String when = java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.SHORT)
                .withLocale(messages.locale()).format(revision.createdAt().atZone(java.time.ZoneId.systemDefault()));
        return messages.get(local ? "exchange.conflict.local" : "exchange.conflict.remote", revision.number(),
                revision.authorName(), when);
    }

    public ReadOnlyObjectProperty<Compared> compared() {
        return compared.getReadOnlyProperty();
    }

    public StringProperty mergedTitle() {
        return mergedTitle;
    }

    public StringProperty mergedBody() {
        return mergedBody;
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty resolved() {
        return resolved.getReadOnlyProperty();
    }
}
