package org.pressdesk.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * Text an editor typed but did not save yet, kept a few seconds after each pause in typing. {@code communiqueId} is
 * null for a communiqué never saved; {@code baseVersion} is the version the editor started from.
 */
public record AutosavedDraft(
        UUID draftUuid,
        Long communiqueId,
        Integer baseVersion,
        CommuniqueContent content,
        Instant savedAt) {
}
