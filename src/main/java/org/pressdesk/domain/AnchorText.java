package org.pressdesk.domain;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * An audit anchor written as one line of text, to travel in a PDF's document information or an exchange manifest:
 * {@code 1 UUID SEQUENCE HASH TIME SIGNATURE}, the signature in Base64. Text from outside is untrusted: anything
 * malformed or oversized reads as no anchor.
 */
public final class AnchorText {
    /** A CMS signature with an RSA certificate chain is a few kilobytes; far more is not one of ours. */
    public static final int MAX_LENGTH = 64 * 1024;
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private AnchorText() {
    }

    public static String write(AuditAnchor anchor) {
        return "1 " + anchor.uuid() + " " + anchor.sequence() + " " + anchor.headHash() + " " + anchor.anchoredAt()
                + " " + Base64.getEncoder().encodeToString(anchor.signature());
    }

    /** The anchor the text holds, marked as received from {@code origin}; empty when the text is not one. */
    public static Optional<AuditAnchor> read(String text, String origin) {
        if (text == null || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String[] parts = text.strip().split(" ");
        if (parts.length != 6 || !"1".equals(parts[0]) || !HASH.matcher(parts[3]).matches()) {
            return Optional.empty();
        }
        try {
            long sequence = Long.parseLong(parts[2]);
            if (sequence < 0) {
                return Optional.empty();
            }
            return Optional.of(new AuditAnchor(UUID.fromString(parts[1]), sequence, parts[3],
                    Instant.parse(parts[4]), Base64.getDecoder().decode(parts[5]), origin));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
