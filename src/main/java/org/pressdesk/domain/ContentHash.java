package org.pressdesk.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a revision's content. Each field is written with its length before it, so that moving text from one
 * field to the next changes the hash.
 */
public final class ContentHash {

    private ContentHash() {
    }

    public static String of(CommuniqueContent content, String officeCode) {
        StringBuilder canonical = new StringBuilder();
        append(canonical, content.title());
        append(canonical, content.body());
        append(canonical, content.genre().name());
        append(canonical, officeCode);
        append(canonical, content.place());
        append(canonical, content.eventDate() == null ? "" : content.eventDate().toString());
        append(canonical, content.language());
        // Fields added later count only when they differ from what older revisions implied, so that the hashes
        // recorded before they existed stay valid.
        if (content.embargoAt() != null) {
            append(canonical, "embargo=" + content.embargoAt());
        }
        if (content.bodyFormat() != BodyFormat.PLAIN) {
            append(canonical, "format=" + content.bodyFormat().name());
        }
        return sha256(canonical.toString());
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void append(StringBuilder canonical, String field) {
        String value = field == null ? "" : field;
        canonical.append(value.length()).append(':').append(value).append('\n');
    }
}
