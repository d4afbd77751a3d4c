package org.pressdesk.ui.tags;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.TagKey;
import org.pressdesk.domain.TagKind;
import org.pressdesk.domain.TagLink;
import org.pressdesk.domain.TagNames;
import org.pressdesk.domain.TagSuggestion;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.i18n.Failures;
import org.pressdesk.i18n.Messages;
import org.pressdesk.tagging.TaggingService;
import org.pressdesk.ui.task.Debouncer;
import org.pressdesk.ui.task.Scheduler;
import org.pressdesk.ui.task.TaskRunner;

/**
 * The tags of the communiqué in the editor: confirmed tags, and suggestions read from the text a moment after
 * typing pauses (off the JavaFX thread). Accepting, removing or dismissing is written at once for a stored
 * communiqué; for a new one it is kept here and written right after its first save. Tags are filing, not text:
 * they need no revision, and an approved communiqué can still be filed.
 */
public final class TagsViewModel {
    static final Duration SUGGEST_DELAY = Duration.ofMillis(400);
    static final Duration SUGGEST_MAX_WAIT = Duration.ofMillis(1500);

    private final TaggingService tagging;
    private final UserAccount user;
    private final Messages messages;
    private final TaskRunner persistence;
    private final TaskRunner reading;
    private final ObservableValue<String> title;
    private final ObservableValue<String> body;
    private final Debouncer debouncer;
    private final ObservableList<TagLink> confirmed = FXCollections.observableArrayList();
    private final ObservableList<TagSuggestion> suggestions = FXCollections.observableArrayList();
    private final StringProperty entry = new SimpleStringProperty("");
    private final ObjectProperty<TagKind> entryKind = new SimpleObjectProperty<>(TagKind.THEME);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final PendingTags pending = new PendingTags();
    private final Set<TagKey> dismissed = new HashSet<>();
    private Long communiqueId;
    private long ticket;

    public TagsViewModel(TaggingService tagging, UserAccount user, Messages messages, TaskRunner persistence,
            TaskRunner reading, Scheduler scheduler, ObservableValue<String> title, ObservableValue<String> body,
            ObservableValue<Communique> stored) {
        this.tagging = tagging;
        this.user = user;
        this.messages = messages;
        this.persistence = persistence;
        this.reading = reading;
        this.title = title;
        this.body = body;
        this.debouncer = new Debouncer(scheduler, SUGGEST_DELAY, SUGGEST_MAX_WAIT, this::suggestNow);
        title.addListener((o, was, now) -> debouncer.trigger());
        body.addListener((o, was, now) -> debouncer.trigger());
        stored.addListener((o, was, now) -> storedChanged(now));
        storedChanged(stored.getValue());
    }

    /** Confirms a suggestion (one click or key on its chip). */
    public void accept(TagSuggestion suggestion) {
        suggestions.remove(suggestion);
        TagLink provisional = new TagLink(0, suggestion.name(), suggestion.kind(), true, suggestion.evidence());
        confirmed.add(provisional);
        if (communiqueId == null) {
            pending.accepted(suggestion);
            return;
        }
        long id = communiqueId;
        persistence.run(() -> tagging.accept(user, id, suggestion), link -> replace(provisional, link), this::failed);
    }

    /** Turns a suggestion down: it does not come back for this communiqué. */
    public void dismiss(TagSuggestion suggestion) {
        suggestions.remove(suggestion);
        dismissed.add(TagKey.of(suggestion));
        if (communiqueId == null) {
            pending.dismissed(suggestion);
            return;
        }
        long id = communiqueId;
        persistence.run(() -> {
            tagging.dismiss(user, id, suggestion);
            return id;
        }, done -> { }, this::failed);
    }

    /** Takes a confirmed tag off the communiqué; the text may suggest it again. */
    public void remove(TagLink link) {
        confirmed.remove(link);
        pending.forget(link);
        if (communiqueId != null && link.tagId() > 0) {
            long id = communiqueId;
            persistence.run(() -> {
                tagging.remove(user, id, link.tagId());
                return id;
            }, done -> suggestNow(), this::failed);
        } else {
            suggestNow();
        }
    }

    /** Adds what is typed in the tag field, under the chosen kind. */
    public void addEntry() {
        String typed = entry.get();
        try {
            String name = TagNames.clean(typed);
            entry.set("");
            accept(new TagSuggestion(name, entryKind.get(), ""));
        } catch (PressDeskException e) {
            message.set(messages.describe(e));
        }
    }

    /** Adds a name chosen from the completions, with its kind. */
    public void addChoice(TagSuggestion choice) {
        entry.set("");
        accept(new TagSuggestion(choice.name(), choice.kind(), ""));
    }

    /** The names that complete {@code typed}; called by the completion popup, away from the JavaFX thread. */
    public List<TagSuggestion> completions(String typed) {
        return tagging.complete(typed, 12);
    }

    /** Reads the text again now rather than after the pause. */
    public void suggestNow() {
        debouncer.cancel();
        long mine = ++ticket;
        String t = title.getValue();
        String b = body.getValue();
        reading.run(() -> tagging.suggest(t, b), found -> {
            if (mine == ticket) {
                suggestions.setAll(withoutChosen(found));
            }
        }, this::failed);
    }

    private List<TagSuggestion> withoutChosen(List<TagSuggestion> found) {
        Set<TagKey> chosen = new HashSet<>(dismissed);
        confirmed.forEach(link -> chosen.add(TagKey.of(link)));
        List<TagSuggestion> kept = new ArrayList<>();
        for (TagSuggestion suggestion : found) {
            if (!chosen.contains(TagKey.of(suggestion))) {
                kept.add(suggestion);
            }
        }
        return kept;
    }

    private void storedChanged(Communique now) {
        Long id = now == null ? null : now.id();
        if (id != null && communiqueId == null && !pending.isEmpty()) {
            communiqueId = id;
            PendingTags toWrite = pending.takeAll();
            persistence.run(() -> toWrite.writeTo(tagging, user, id), done -> load(id), this::failed);
        } else if (id == null || !id.equals(communiqueId)) {
            communiqueId = id;
            confirmed.clear();
            suggestions.clear();
            dismissed.clear();
            pending.takeAll();
            if (id == null) {
                suggestNow();
            } else {
                load(id);
            }
        }
        // the same communiqué saved again: the service that saved it recorded its suggested tags
    }

    private void load(long id) {
        persistence.run(() -> new Loaded(tagging.tagsOf(id).confirmed(), tagging.dismissed(id)), loaded -> {
            if (Long.valueOf(id).equals(communiqueId)) {
                confirmed.setAll(loaded.confirmed());
                dismissed.addAll(loaded.dismissed());
                suggestNow();
            }
        }, this::failed);
    }

    private record Loaded(List<TagLink> confirmed, Set<TagKey> dismissed) {
    }

    private void replace(TagLink provisional, TagLink stored) {
        int at = confirmed.indexOf(provisional);
        if (at >= 0) {
            confirmed.set(at, stored);
        }
    }

    private void failed(Throwable failure) {
        message.set(Failures.describe(failure, messages, "tags.failed"));
    }

    public ObservableList<TagLink> confirmed() {
        return confirmed;
    }

    public ObservableList<TagSuggestion> suggestions() {
        return suggestions;
    }

    public StringProperty entry() {
        return entry;
    }

    public ObjectProperty<TagKind> entryKind() {
        return entryKind;
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }
}
