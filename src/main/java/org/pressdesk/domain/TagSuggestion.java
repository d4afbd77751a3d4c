package org.pressdesk.domain;

/**
 * A tag proposed from a text, with the words that triggered it ("chinoise, Pékin"), so that the editor sees why
 * before accepting it.
 */
public record TagSuggestion(String name, TagKind kind, String evidence) {

    public TagSuggestion {
        evidence = evidence == null ? "" : evidence;
    }

    /** The key this suggestion shares with a tag of the same kind and name. */
    public String key() {
        return Tag.key(name);
    }
}
