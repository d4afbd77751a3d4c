package org.pressdesk.ui.tags;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.pressdesk.domain.Tag;
import org.pressdesk.domain.TagSuggestion;
import org.pressdesk.i18n.Failures;
import org.pressdesk.i18n.Messages;
import org.pressdesk.tagging.TagService;
import org.pressdesk.tagging.TaggingService;
import org.pressdesk.ui.task.TaskRunner;

/**
 * The list's tag filter: the tags every listed communiqué must carry. A typed name is looked up among the office's
 * tags (in the background) and added; each chosen tag can be taken off again.
 */
public final class TagFilterViewModel {
    private final TagService tags;
    private final TaggingService tagging;
    private final Messages messages;
    private final TaskRunner runner;
    private final ObservableList<Tag> chosen;
    /** Kept once: an unmodifiable view only follows its list while someone holds it. */
    private final ObservableList<Tag> shown;
    private final StringProperty entry = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /** {@code chosen}: the list's own filter ({@code CommuniqueListViewModel.tagFilter()}). */
    public TagFilterViewModel(TagService tags, TaggingService tagging, Messages messages, TaskRunner runner,
            ObservableList<Tag> chosen) {
        this.tags = tags;
        this.tagging = tagging;
        this.messages = messages;
        this.runner = runner;
        this.chosen = chosen;
        this.shown = FXCollections.unmodifiableObservableList(chosen);
    }

    /** Adds the tag named in the field (the first of that name, of any kind). */
    public void addEntry() {
        String typed = entry.get();
        if (typed == null || typed.isBlank()) {
            return;
        }
        runner.run(() -> tags.findByName(typed).stream().findFirst(), found -> addFound(found, typed),
                this::failed);
    }

    /** Adds a name chosen among the completions. */
    public void addChoice(TagSuggestion choice) {
        runner.run(() -> tags.find(choice.name(), choice.kind()), found -> addFound(found, choice.name()),
                this::failed);
    }

    private void addFound(Optional<Tag> found, String typed) {
        if (found.isEmpty()) {
            message.set(messages.get("tags.filter.unknown", typed));
            return;
        }
        add(found.get());
        entry.set("");
    }

    /** Adds a tag to the filter (once). */
    public void add(Tag tag) {
        message.set("");
        if (chosen.stream().noneMatch(t -> t.id() == tag.id())) {
            chosen.add(tag);
        }
    }

    public void remove(Tag tag) {
        chosen.removeIf(t -> t.id() == tag.id());
    }

    /** Names of the office's tags that complete {@code typed}; called away from the JavaFX thread. */
    public List<TagSuggestion> completions(String typed) {
        return tagging.completeStored(typed, 12);
    }

    private void failed(Throwable failure) {
        message.set(Failures.describe(failure, messages, "tags.failed"));
    }

    /** The tags chosen, to show; they change through {@link #add} and {@link #remove}. */
    public ObservableList<Tag> chosen() {
        return shown;
    }

    public StringProperty entry() {
        return entry;
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }
}
