package org.pressdesk.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A communiqué as stored: its current content, where it stands, who changed it last, and the version that guards
 * against two people saving over each other. {@code reference} ("2026-014/BIP-MAECI") is given at the first
 * approval and null before.
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
        int version,
        String reference) {

    /** A communiqué that has no reference yet. */
    public Communique(long id, UUID uuid, CommuniqueContent content, String officeCode, Status status, int revision,
            Long currentRevisionId, Long approvedRevisionId, Change created, Change updated, int version) {
        this(id, uuid, content, officeCode, status, revision, currentRevisionId, approvedRevisionId, created,
                updated, version, null);
    }

    public String title() {
        return content.title();
    }

    /** Who did something and when; {@code displayName} is how people know them ("Moussa Coulibaly"). */
    public record Change(long userId, String username, Instant at, String displayName) {
        public Change {
            displayName = displayName == null || displayName.isBlank() ? username : displayName;
        }

        /** A change whose author is known by user name only. */
        public Change(long userId, String username, Instant at) {
            this(userId, username, at, username);
        }
    }
}
