package org.pressdesk.tagging;

import org.pressdesk.domain.TagKind;

/**
 * A name the office's own tags give: a person or organisation accepted before, a user's tag, or one of their
 * aliases. {@code name} is what a text may say; {@code label} the tag it stands for.
 */
public record KnownName(TagKind kind, String label, String name) {
}
