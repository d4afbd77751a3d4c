package org.pressdesk.archive;

import java.util.List;

/**
 * Proposes tags for a text. The tagging service (org.pressdesk.tagging) provides the real one; the importer only
 * stores what it proposes, unconfirmed.
 */
@FunctionalInterface
public interface TagSuggestions {

    List<SuggestedTag> suggest(String title, String body);

    /** Proposes nothing: for a program without tagging. */
    static TagSuggestions none() {
        return (title, body) -> List.of();
    }
}
