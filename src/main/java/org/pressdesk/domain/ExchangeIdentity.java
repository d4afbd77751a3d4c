package org.pressdesk.domain;

import java.time.Instant;
import java.util.UUID;

/** This installation's own exchange identity: its certificate and its private key, kept encrypted. */
public record ExchangeIdentity(long id, UUID uuid, String displayName, boolean headquarters, byte[] certificate,
        String fingerprint, byte[] encryptedKey, Instant createdAt) {
}
