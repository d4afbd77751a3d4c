package org.pressdesk.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * The audit chain's head as an office's key signed it: after {@code sequence} entries, the newest entry's hash was
 * {@code headHash}. {@code signature} is a detached CMS signature of {@link #signedBytes()}. {@code receivedFrom} is
 * null for an anchor made here, else where it came from (another installation).
 */
public record AuditAnchor(UUID uuid, long sequence, String headHash, Instant anchoredAt, byte[] signature,
        String receivedFrom) {

    private static final String FORMAT = "PressDesk audit anchor 1";

    /** The text the signature covers: format, sequence, head hash and time, one per line. */
    public byte[] signedBytes() {
        return signedBytes(uuid, sequence, headHash, anchoredAt);
    }

    public static byte[] signedBytes(UUID uuid, long sequence, String headHash, Instant anchoredAt) {
        String text = FORMAT + "\n" + uuid + "\n" + sequence + "\n" + headHash + "\n" + anchoredAt + "\n";
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    public boolean local() {
        return receivedFrom == null;
    }
}
