package org.pressdesk.tagging;

import java.util.List;
import org.pressdesk.domain.TagLink;
import org.pressdesk.domain.TagSuggestion;

/** A communiqué's confirmed tags, and what its text suggests besides (dismissed suggestions left out). */
public record CommuniqueTags(List<TagLink> confirmed, List<TagSuggestion> suggested) {

    public CommuniqueTags {
        confirmed = List.copyOf(confirmed);
        suggested = List.copyOf(suggested);
    }
}
