package org.pressdesk.ui.editor;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.BiFunction;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.domain.WorkflowAction;
import org.pressdesk.i18n.Failures;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.task.TaskRunner;
import org.pressdesk.workflow.ReviewService;

/**
 * The review moves offered for the communiqué in the editor. Buttons follow what the rules allow this user; the
 * service checks again on every move. Unsaved text is saved before it is submitted.
 */
public final class WorkflowViewModel {
    private final ReviewService reviews;
    private final UserAccount user;
    private final Messages messages;
    private final TaskRunner runner;
    private final EditorViewModel editor;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canSubmit = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canWithdraw = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canReopen = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canPublish = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canArchive = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canReview = new ReadOnlyBooleanWrapper(false);
    private Runnable onChanged = () -> { };

    public WorkflowViewModel(ReviewService reviews, UserAccount user, Messages messages, TaskRunner runner,
            EditorViewModel editor) {
        this.reviews = reviews;
        this.user = user;
        this.messages = messages;
        this.runner = runner;
        this.editor = editor;
        editor.stored().addListener((o, was, now) -> refresh(now));
        refresh(editor.stored().get());
    }

    /** Called after each move, e.g. to refresh the list and the review count. */
    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged;
    }

    public void submit() {
        if (editor.dirty().get() || editor.stored().get() == null) {
            editor.save(() -> move(reviews::submit));
        } else {
            move(reviews::submit);
        }
    }

    public void withdraw() {
        move((actor, id) -> reviews.withdraw(actor, id, null));
    }

    /** "Modifier": the approved text goes back to draft; the approved revision keeps exporting. */
    public void reopen() {
        move(reviews::reopen);
    }

    public void publish() {
        move(reviews::publish);
    }

    public void archive() {
        move(reviews::archive);
    }

    private void move(BiFunction<UserAccount, Long, Communique> action) {
        Communique current = editor.stored().get();
        if (current == null) {
            return;
        }
        runner.run(() -> action.apply(user, current.id()), moved -> {
            editor.display(moved);
            editor.report(messages.get("workflow.moved", moved.title(),
                    messages.get("status." + current.status().name()),
                    messages.get("status." + moved.status().name())));
            onChanged.run();
        }, failure -> editor.report(Failures.describe(failure, messages, "editor.failed")));
    }

    private void refresh(Communique communique) {
        status.set(communique == null ? messages.get("status.DRAFT")
                : messages.get("status." + communique.status().name()));
        if (communique == null) {
            apply(EnumSet.of(WorkflowAction.SUBMIT));
            return;
        }
        runner.run(() -> reviews.allowedActions(user, communique), this::apply, failure -> {
            apply(Set.of());
            editor.report(Failures.describe(failure, messages, "editor.failed"));
        });
    }

    private void apply(Set<WorkflowAction> allowed) {
        canSubmit.set(allowed.contains(WorkflowAction.SUBMIT));
        canWithdraw.set(allowed.contains(WorkflowAction.WITHDRAW));
        canReopen.set(allowed.contains(WorkflowAction.REOPEN));
        canPublish.set(allowed.contains(WorkflowAction.PUBLISH));
        canArchive.set(allowed.contains(WorkflowAction.ARCHIVE));
        canReview.set(allowed.contains(WorkflowAction.APPROVE) || allowed.contains(WorkflowAction.REQUEST_CHANGES));
    }

    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSubmit() {
        return canSubmit.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canWithdraw() {
        return canWithdraw.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canReopen() {
        return canReopen.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canPublish() {
        return canPublish.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canArchive() {
        return canArchive.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canReview() {
        return canReview.getReadOnlyProperty();
    }
}
