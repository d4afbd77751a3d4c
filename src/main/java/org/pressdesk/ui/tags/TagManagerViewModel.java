package org.pressdesk.ui.tags;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.pressdesk.domain.Tag;
import org.pressdesk.domain.TagUsage;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.i18n.Failures;
import org.pressdesk.i18n.Messages;
import org.pressdesk.tagging.TagService;
import org.pressdesk.ui.task.TaskRunner;

/** The office's tags with their counts: rename, merge, delete, and show the communiqués of one. */
public final class TagManagerViewModel {
    private final TagService tags;
    private final UserAccount user;
    private final Messages messages;
    private final TaskRunner runner;
    private final ObservableList<TagUsage> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public TagManagerViewModel(TagService tags, UserAccount user, Messages messages, TaskRunner runner) {
        this.tags = tags;
        this.user = user;
        this.messages = messages;
        this.runner = runner;
    }

    public void reload() {
        busy.set(true);
        runner.run(tags::usage, usage -> {
            busy.set(false);
            rows.setAll(usage);
        }, this::failed);
    }

    public void rename(TagUsage row, String newName) {
        Tag tag = row.tag();
        change(() -> tags.rename(user, tag.id(), tag.version(), newName),
                messages.get("tags.manager.renamed", tag.label(), newName));
    }

    /** Merges {@code source} into {@code target}: the source's communiqués carry the target. */
    public void merge(TagUsage source, TagUsage target) {
        change(() -> tags.merge(user, source.tag().id(), target.tag().id()),
                messages.get("tags.manager.merged", source.tag().label(), target.tag().label()));
    }

    public void delete(TagUsage row) {
        change(() -> {
            tags.delete(user, row.tag().id());
            return row.tag();
        }, messages.get("tags.manager.deleted", row.tag().label(), row.communiques()));
    }

    /** The other tags of the same kind, into which {@code row} could be merged. */
    public List<TagUsage> mergeTargets(TagUsage row) {
        return rows.stream().filter(r -> r.tag().kind() == row.tag().kind() && r.tag().id() != row.tag().id())
                .toList();
    }

    /** Says that {@code row} has no other tag of its kind to be merged into. */
    public void reportNothingToMergeInto(TagUsage row) {
        message.set(messages.get("tags.manager.nothingToMergeInto", row.tag().label()));
    }

    private void change(java.util.concurrent.Callable<Tag> work, String done) {
        busy.set(true);
        runner.run(work, tag -> {
            message.set(done);
            reload();
        }, this::failed);
    }

    private void failed(Throwable failure) {
        busy.set(false);
        message.set(Failures.describe(failure, messages, "tags.failed"));
    }

    public ObservableList<TagUsage> rows() {
        return rows;
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }
}
