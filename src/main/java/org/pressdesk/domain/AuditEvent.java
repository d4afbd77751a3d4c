package org.pressdesk.domain;

import java.time.Instant;
import java.util.UUID;

/** One entry of the audit trail; its hash covers its own fields and the hash of the entry before it. */
public record AuditEvent(
        long id,
        UUID uuid,
        Instant occurredAt,
        Long actorId,
        String actorName,
        AuditKind kind,
        Long communiqueId,
        String detail,
        String previousHash,
        String hash) {
}
