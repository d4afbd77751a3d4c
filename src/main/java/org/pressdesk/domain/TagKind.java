package org.pressdesk.domain;

/** What a tag names. */
public enum TagKind {
    COUNTRY,
    PERSON,
    ORGANIZATION,
    THEME,
    EVENT,
    PLACE
}
