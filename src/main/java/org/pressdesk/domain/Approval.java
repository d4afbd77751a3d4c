package org.pressdesk.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * The record that a manager approved one exact revision: its content hash proves later that what was published is
 * what was approved.
 */
public record Approval(
        long id,
        UUID uuid,
        long communiqueId,
        long revisionId,
        int revisionNumber,
        String contentSha256,
        long approverId,
        String approverName,
        Instant approvedAt,
        boolean fourEyesWaived) {
}
