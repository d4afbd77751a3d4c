package org.pressdesk.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * An office's signing certificate as kept in the database: the certificate and its chain (DER, the chain as a
 * PkiPath) and the private key, encrypted. The key is never held here in clear.
 */
public record StoredCertificate(
        long id,
        UUID uuid,
        long officeId,
        String subject,
        String serialNumber,
        Instant notBefore,
        Instant notAfter,
        String sha256,
        byte[] certificate,
        byte[] chain,
        byte[] encryptedKey,
        boolean active,
        Instant createdAt) {
}
