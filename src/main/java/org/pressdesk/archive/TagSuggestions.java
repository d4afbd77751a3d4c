package org.pressdesk.archive;

import java.util.List;

/**
 * Proposes tags for a text. The tagging service (org.pressdesk.tagging) provides the real one; the importer only
 * stores what it proposes, unconfirmed. The importer calls it for many items at once, from several threads.
 */
@FunctionalInterface
public interface TagSuggestions {

    List<SuggestedTag> suggest(String title, String body);

    /** Proposes nothing: for a program without tagging. */
    static TagSuggestions none() {
        return (title, body) -> List.of();
    }
}
