package org.pressdesk.ui.review;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.pressdesk.domain.Approval;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.CommuniqueSummary;
import org.pressdesk.domain.ReviewComment;
import org.pressdesk.domain.Revision;
import org.pressdesk.domain.StatusChange;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.domain.WordDiff;
import org.pressdesk.domain.WorkflowAction;
import org.pressdesk.drafting.CommuniqueService;
import org.pressdesk.i18n.Failures;
import org.pressdesk.i18n.Messages;
import org.pressdesk.office.OfficeService;
import org.pressdesk.ui.task.TaskRunner;
import org.pressdesk.workflow.ReviewService;

/**
 * The review screen: the queue of communiqués waiting for review, the one being read with a word-level comparison
 * of two revisions, its comment thread and its history, and the manager's two decisions.
 */
public final class ReviewViewModel {
    private final ReviewService reviews;
    private final CommuniqueService communiques;
    private final UserAccount user;
    private final Messages messages;
    private final TaskRunner runner;
    private final DateTimeFormatter when;

    private final ObservableList<CommuniqueSummary> queue = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper queueCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<Communique> communique = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Revision> revisions = FXCollections.observableArrayList();
    private final ObjectProperty<Revision> from = new SimpleObjectProperty<>();
    private final ObjectProperty<Revision> to = new SimpleObjectProperty<>();
    private final ObservableList<WordDiff.Segment> titleDiff = FXCollections.observableArrayList();
    private final ObservableList<WordDiff.Segment> bodyDiff = FXCollections.observableArrayList();
    private final ObservableList<ReviewComment> comments = FXCollections.observableArrayList();
    private final ObservableList<String> history = FXCollections.observableArrayList();
    private final StringProperty newComment = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canDecide = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canApprove = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRequestChanges = new ReadOnlyBooleanWrapper(false);
    /** Why Approuver is unavailable, in the service's words; empty when it is available. */
    private final ReadOnlyStringWrapper approveRefusal = new ReadOnlyStringWrapper("");
    private final ObservableList<String> fieldChanges = FXCollections.observableArrayList();
    private final OfficeService offices;
    private FieldChanges fields;
    private Runnable onChanged = () -> { };

    public ReviewViewModel(ReviewService reviews, CommuniqueService communiques, OfficeService offices,
            UserAccount user, Messages messages, TaskRunner runner) {
        this.reviews = reviews;
        this.offices = offices;
        this.fields = new FieldChanges(messages, java.util.Map.of());
        this.communiques = communiques;
        this.user = user;
        this.messages = messages;
        this.runner = runner;
        this.when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(messages.locale())
                .withZone(ZoneId.systemDefault());
        from.addListener((o, was, now) -> compare());
        to.addListener((o, was, now) -> compare());
    }

    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged;
    }

    /** Loads the queue; opens its first item unless a communiqué is already shown. */
    public void loadQueue() {
        runner.run(reviews::queue, waiting -> {
            queue.setAll(waiting);
            queueCount.set(waiting.size());
            if (communique.get() == null && !waiting.isEmpty()) {
                select(waiting.get(0).id());
            }
        }, this::failed);
    }

    /** Shows one communiqué with its revisions, thread and history. */
    public void select(long id) {
        runner.run(() -> Details.load(reviews, communiques, offices, user, id), this::show, this::failed);
    }

    /** Everything the screen shows about one communiqué, read in one background step. */
    private record Details(Communique communique, List<Revision> revisions, List<ReviewComment> comments,
            List<StatusChange> changes, List<Approval> approvals, Set<WorkflowAction> allowed,
            java.util.Optional<org.pressdesk.domain.RuleViolationException> approveRefusal,
            java.util.Map<Long, org.pressdesk.domain.Office> offices) {

        static Details load(ReviewService reviews, CommuniqueService communiques, OfficeService offices,
                UserAccount user, long id) {
            Communique c = communiques.get(id);
            return new Details(c, communiques.revisions(id), reviews.comments(id), reviews.statusChanges(id),
                    reviews.approvals(id), reviews.allowedActions(user, c),
                    reviews.refusal(user, c, WorkflowAction.APPROVE), offices.list().stream().collect(
                            java.util.stream.Collectors.toMap(org.pressdesk.domain.Office::id, o -> o)));
        }
    }

    private void show(Details details) {
        communique.set(details.communique());
        revisions.setAll(details.revisions());
        comments.setAll(details.comments());
        history.setAll(historyLines(details));
        canApprove.set(details.allowed().contains(WorkflowAction.APPROVE));
        canRequestChanges.set(details.allowed().contains(WorkflowAction.REQUEST_CHANGES));
        canDecide.set(canApprove.get() || canRequestChanges.get());
        approveRefusal.set(details.approveRefusal().map(refusal -> Failures.describe(refusal, messages)).orElse(""));
        fields = new FieldChanges(messages, details.offices());
        List<Revision> all = details.revisions();
        Revision current = all.isEmpty() ? null : all.get(all.size() - 1);
        to.set(current);
        from.set(baseline(details, current));
        compare();
    }

    /** What the reviewer compares with by default: the last approved revision, else the one before. */
    private static Revision baseline(Details details, Revision current) {
        if (current == null) {
            return null;
        }
        List<Revision> all = details.revisions();
        for (int i = details.approvals().size() - 1; i >= 0; i--) {
            int number = details.approvals().get(i).revisionNumber();
            if (number < current.number()) {
                return all.stream().filter(r -> r.number() == number).findFirst().orElse(current);
            }
        }
        return all.size() > 1 ? all.get(all.size() - 2) : current;
    }

    private void compare() {
        Revision a = from.get();
        Revision b = to.get();
        if (a == null || b == null) {
            titleDiff.clear();
            bodyDiff.clear();
            fieldChanges.clear();
            return;
        }
        fieldChanges.setAll(fields.between(a.content(), b.content()));
        titleDiff.setAll(WordDiff.compare(a.content().title(), b.content().title()));
        bodyDiff.setAll(WordDiff.compare(a.content().body(), b.content().body()));
    }

    private List<String> historyLines(Details details) {
        List<Line> lines = new ArrayList<>();
        for (Revision r : details.revisions()) {
            lines.add(new Line(r.number(), false, messages.get("review.history.revision",
                    when.format(r.createdAt()), r.authorName(), r.number())));
        }
        for (StatusChange change : details.changes()) {
            String text = messages.get("review.history.transition", when.format(change.at()), change.actorName(),
                    messages.get("workflow.action." + change.action().name()),
                    messages.get("status." + change.to().name()));
            lines.add(new Line(change.revision(), true,
                    change.comment() == null ? text : text + " — " + change.comment()));
        }
        // Status changes follow the revision they were made at; the stable sort keeps their own order.
        lines.sort(Comparator.comparingInt(Line::revision).thenComparing(Line::change));
        return lines.stream().map(Line::text).toList();
    }

    private record Line(int revision, boolean change, String text) {
    }

    public void approve() {
        decide(c -> reviews.approve(user, c.id(), newComment.get()));
    }

    public void requestChanges() {
        if (newComment.get().isBlank()) {
            message.set(messages.get("workflow.commentRequired"));
            return;
        }
        decide(c -> reviews.requestChanges(user, c.id(), newComment.get()));
    }

    public void addComment() {
        Communique current = communique.get();
        if (current == null) {
            return;
        }
        runner.run(() -> reviews.comment(user, current.id(), newComment.get()), added -> {
            newComment.set("");
            message.set(messages.get("review.commented"));
            select(current.id());
        }, this::failed);
    }

    private void decide(java.util.function.Function<Communique, Communique> decision) {
        Communique current = communique.get();
        if (current == null) {
            return;
        }
        runner.run(() -> decision.apply(current), decided -> {
            newComment.set("");
            message.set(messages.get("workflow.moved", decided.title(),
                    messages.get("status." + current.status().name()),
                    messages.get("status." + decided.status().name())));
            communique.set(null);
            onChanged.run();
            loadQueue();
            select(decided.id());
        }, this::failed);
    }

    private void failed(Throwable failure) {
        message.set(Failures.describe(failure, messages, "editor.failed"));
    }

    public String describe(Revision revision) {
        return revision == null ? "" : messages.get("review.revisionChoice", revision.number(),
                revision.authorName(), when.format(revision.createdAt()));
    }

    public String describe(ReviewComment comment) {
        return messages.get("review.comment", when.format(comment.at()), comment.authorName(),
                messages.get("comment.kind." + comment.kind().name()), comment.text());
    }

    public ObservableList<CommuniqueSummary> queue() {
        return queue;
    }

    public ReadOnlyIntegerProperty queueCount() {
        return queueCount.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Communique> communique() {
        return communique.getReadOnlyProperty();
    }

    public ObservableList<Revision> revisions() {
        return revisions;
    }

    public ObjectProperty<Revision> from() {
        return from;
    }

    public ObjectProperty<Revision> to() {
        return to;
    }

    public ObservableList<WordDiff.Segment> titleDiff() {
        return titleDiff;
    }

    public ObservableList<WordDiff.Segment> bodyDiff() {
        return bodyDiff;
    }

    public ObservableList<ReviewComment> comments() {
        return comments;
    }

    public ObservableList<String> history() {
        return history;
    }

    public StringProperty newComment() {
        return newComment;
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canDecide() {
        return canDecide.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canApprove() {
        return canApprove.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRequestChanges() {
        return canRequestChanges.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty approveRefusal() {
        return approveRefusal.getReadOnlyProperty();
    }

    /** The fields other than title and body that differ between the two revisions compared, one line each. */
    public ObservableList<String> fieldChanges() {
        return fieldChanges;
    }
}
