package org.pressdesk.ui.main;

import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.pressdesk.domain.AutosavedDraft;
import org.pressdesk.domain.Role;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.drafting.AutosaveService;
import org.pressdesk.i18n.Failures;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.editor.EditorViewModel;
import org.pressdesk.ui.list.CommuniqueListViewModel;
import org.pressdesk.ui.task.TaskRunner;
import org.pressdesk.workflow.ReviewService;

/** The main window's state: the list, the editor, and what the status bar says. */
public final class MainViewModel {
    private final CommuniqueListViewModel list;
    private final EditorViewModel editor;
    private final AutosaveService autosaves;
    private final UserAccount user;
    private final TaskRunner persistence;
    private final Messages messages;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper reviewCount = new ReadOnlyIntegerWrapper(0);
    private final ReviewService reviews;

    public MainViewModel(CommuniqueListViewModel list, EditorViewModel editor, AutosaveService autosaves,
            ReviewService reviews, UserAccount user, TaskRunner persistence, Messages messages) {
        this.list = list;
        this.reviews = reviews;
        this.editor = editor;
        this.autosaves = autosaves;
        this.user = user;
        this.persistence = persistence;
        this.messages = messages;
        editor.setOnSaved(saved -> changed());
        editor.message().addListener((o, was, now) -> status.set(now));
    }

    /** Loads the list and an empty draft; when {@code recover} is set, reopens text a crash left unsaved. */
    public void start(boolean recover) {
        list.reload();
        refreshReviewCount();
        editor.start();
        if (recover) {
            persistence.run(() -> autosaves.pending(user), this::recover,
                    failure -> say("main.recovery.failed", failure));
        }
    }

    private void recover(List<AutosavedDraft> pending) {
        pending.stream().max(Comparator.comparing(AutosavedDraft::savedAt)).ifPresent(latest -> {
            if (latest.communiqueId() != null) {
                editor.open(latest.communiqueId());
            } else {
                editor.restore(latest);
            }
            if (pending.size() > 1) {
                status.set(messages.get("main.recovered.more", pending.size() - 1));
            }
        });
    }

    /** Something changed in the data: the list and the review count follow. */
    public void changed() {
        list.reload();
        refreshReviewCount();
    }

    private void refreshReviewCount() {
        persistence.run(reviews::queueCount, reviewCount::set, failure -> say("main.reviewCount.failed", failure));
    }

    private void say(String key, Throwable failure) {
        status.set(messages.get(key, Failures.describe(failure, messages)));
    }

    /** Whether the signed-in user is a manager; if not, the status bar says the action is theirs to take. */
    public boolean requireManager() {
        if (user.can(Role.MANAGER)) {
            return true;
        }
        status.set(messages.get("permission.managerOnly"));
        return false;
    }

    /** The window could not keep a preference (the export folder, say): the status bar says so. */
    public void reportPreferencesNotSaved() {
        status.set(messages.get("preferences.notSaved"));
    }

    public ReadOnlyIntegerProperty reviewCount() {
        return reviewCount.getReadOnlyProperty();
    }

    public CommuniqueListViewModel list() {
        return list;
    }

    public EditorViewModel editor() {
        return editor;
    }

    public UserAccount user() {
        return user;
    }

    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }
}
