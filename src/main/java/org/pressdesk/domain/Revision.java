package org.pressdesk.domain;

import java.time.Instant;
import java.util.UUID;

/** One saved state of a communiqué. Never changed once written. */
public record Revision(
        long id,
        UUID uuid,
        long communiqueId,
        int number,
        CommuniqueContent content,
        String contentSha256,
        long authorId,
        String authorName,
        Instant createdAt) {
}
