package org.pressdesk.archive;

import org.pressdesk.domain.TagKind;

/** A tag proposed from a text, with the words that suggested it; stored unconfirmed until someone confirms it. */
public record SuggestedTag(String name, TagKind kind, String evidence) {
}
