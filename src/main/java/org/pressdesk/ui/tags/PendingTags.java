package org.pressdesk.ui.tags;

import java.util.ArrayList;
import java.util.List;
import org.pressdesk.domain.Tag;
import org.pressdesk.domain.TagLink;
import org.pressdesk.domain.TagSuggestion;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.tagging.TaggingService;

/** What an editor chose for a communiqué not saved yet, to be written once it has an id. */
final class PendingTags {
    private final List<TagSuggestion> accepted = new ArrayList<>();
    private final List<TagSuggestion> dismissed = new ArrayList<>();

    void accepted(TagSuggestion suggestion) {
        accepted.add(suggestion);
    }

    void dismissed(TagSuggestion suggestion) {
        dismissed.add(suggestion);
    }

    void forget(TagLink link) {
        accepted.removeIf(s -> s.kind() == link.kind() && s.key().equals(Tag.key(link.name())));
    }

    boolean isEmpty() {
        return accepted.isEmpty() && dismissed.isEmpty();
    }

    /** Hands over everything pending and starts empty again. */
    PendingTags takeAll() {
        PendingTags all = new PendingTags();
        all.accepted.addAll(accepted);
        all.dismissed.addAll(dismissed);
        accepted.clear();
        dismissed.clear();
        return all;
    }

    /** Writes the choices on the communiqué (on a background thread). */
    long writeTo(TaggingService tagging, UserAccount user, long communiqueId) {
        for (TagSuggestion suggestion : accepted) {
            tagging.accept(user, communiqueId, suggestion);
        }
        for (TagSuggestion suggestion : dismissed) {
            tagging.dismiss(user, communiqueId, suggestion);
        }
        return communiqueId;
    }
}
