package org.pressdesk.domain;

/** A tag attached to a communiqué: confirmed by a person, or only suggested from the text. */
public record TagLink(long tagId, String name, TagKind kind, boolean confirmed, String evidence) {
}
