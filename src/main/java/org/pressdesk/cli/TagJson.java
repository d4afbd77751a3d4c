package org.pressdesk.cli;

import java.util.ArrayList;
import java.util.List;
import org.pressdesk.domain.TagLink;
import org.pressdesk.domain.TagSuggestion;
import org.pressdesk.tagging.CommuniqueTags;

/** Tags as the command line prints them in JSON: a communiqué's tags, and suggestions for a text. */
final class TagJson {
    private TagJson() {
    }

    /** One tag of a communiqué: confirmed, or only suggested by its text. */
    record Tag(String name, String kind, boolean confirmed, String evidence) {
    }

    /** One suggestion for a text: {name, kind, evidence}. */
    record Suggestion(String name, String kind, String evidence) {
    }

    static List<Tag> of(CommuniqueTags tags) {
        List<Tag> all = new ArrayList<>();
        for (TagLink link : tags.confirmed()) {
            all.add(new Tag(link.name(), link.kind().name(), true, link.evidence() == null ? "" : link.evidence()));
        }
        for (TagSuggestion suggestion : tags.suggested()) {
            all.add(new Tag(suggestion.name(), suggestion.kind().name(), false, suggestion.evidence()));
        }
        return all;
    }

    static List<Suggestion> of(List<TagSuggestion> suggestions) {
        return suggestions.stream().map(s -> new Suggestion(s.name(), s.kind().name(), s.evidence())).toList();
    }
}
