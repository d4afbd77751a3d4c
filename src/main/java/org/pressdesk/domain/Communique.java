package org.pressdesk.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A communiqué as stored: its current content, where it stands, who changed it last, and the version that guards
 * against two people saving over each other.
 */
public record Communique(
        long id,
        UUID uuid,
        CommuniqueContent content,
        String officeCode,
        Status status,
        int revision,
        Long currentRevisionId,
        Long approvedRevisionId,
        Change created,
        Change updated,
        int version) {

    public String title() {
        return content.title();
    }

    /** Who did something and when. */
    public record Change(long userId, String username, Instant at) {
    }
}
