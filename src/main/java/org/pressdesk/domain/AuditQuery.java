package org.pressdesk.domain;

import java.time.Instant;

/** A filter on the audit trail; null fields do not filter. Newest entries first, at most {@code limit}. */
public record AuditQuery(String actorName, Long communiqueId, AuditKind kind, Instant from, Instant to, int limit) {
}
