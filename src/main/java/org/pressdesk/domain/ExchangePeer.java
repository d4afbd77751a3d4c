package org.pressdesk.domain;

import java.time.Instant;
import java.util.UUID;

/** Another installation this one exchanges with, known by its certificate. */
public record ExchangePeer(long id, UUID uuid, String name, String displayName, boolean headquarters,
        byte[] certificate, String fingerprint, boolean revoked, Instant addedAt, Instant lastSentAt,
        Instant lastReceivedAt) {
}
