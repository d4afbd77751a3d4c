package org.pressdesk.domain;

import java.time.Instant;
import java.util.UUID;

/** A message in a communiqué's comment thread; change requests and approvals may carry one. */
public record ReviewComment(
        long id,
        UUID uuid,
        long communiqueId,
        Kind kind,
        long authorId,
        String authorName,
        Instant at,
        int revision,
        String text) {

    /** Why the comment was written. */
    public enum Kind {
        COMMENT,
        CHANGE_REQUEST,
        APPROVAL,
        WITHDRAWAL
    }
}
