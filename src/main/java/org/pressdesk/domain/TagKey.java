package org.pressdesk.domain;

/**
 * A tag's identity: its kind and the folded form of its name ({@link Tag#key}). Two spellings that differ only by
 * case, accents or spacing have the same key; a country and a person of the same name do not. Its text form
 * ({@code "KIND:key"}) is the one dismissals and exchanged links have always been matched by.
 */
public record TagKey(TagKind kind, String key) {

    /** The key of a tag of that kind named {@code name}, in any spelling. */
    public static TagKey of(TagKind kind, String name) {
        return new TagKey(kind, Tag.key(name));
    }

    public static TagKey of(Tag tag) {
        return of(tag.kind(), tag.label());
    }

    public static TagKey of(TagSuggestion suggestion) {
        return of(suggestion.kind(), suggestion.name());
    }

    public static TagKey of(TagLink link) {
        return of(link.kind(), link.name());
    }

    @Override
    public String toString() {
        return kind + ":" + key;
    }
}
