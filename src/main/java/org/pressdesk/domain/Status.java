package org.pressdesk.domain;

/** Where a communiqué stands in the review workflow. */
public enum Status {
    DRAFT,
    IN_REVIEW,
    APPROVED,
    PUBLISHED,
    ARCHIVED;

    /** Approved and published texts are frozen: they change only through a new draft revision. */
    public boolean isFrozen() {
        return this == APPROVED || this == PUBLISHED;
    }
}
