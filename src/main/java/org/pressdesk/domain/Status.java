package org.pressdesk.domain;

/** Where a communiqué stands in the review workflow. */
public enum Status {
    DRAFT,
    IN_REVIEW,
    APPROVED,
    PUBLISHED,
    ARCHIVED
}
