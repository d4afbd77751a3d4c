package org.pressdesk.domain;

import java.time.Instant;
import java.util.UUID;

/** One move of a communiqué from one status to another: who, when, at which revision, and the comment given. */
public record StatusChange(
        long id,
        UUID uuid,
        long communiqueId,
        Status from,
        Status to,
        WorkflowAction action,
        long actorId,
        String actorName,
        Instant at,
        int revision,
        String comment) {
}
