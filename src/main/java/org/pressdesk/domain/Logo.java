package org.pressdesk.domain;

import java.util.Arrays;

/**
 * An office's logo as the user gave it: the bytes of a PNG or JPEG file already checked to be a readable image of
 * reasonable size, and its media type.
 */
public record Logo(byte[] bytes, String mediaType) {
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";

    public Logo {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }

    public String sha256() {
        return ContentHash.sha256(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Logo logo && mediaType.equals(logo.mediaType) && Arrays.equals(bytes, logo.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(bytes) + mediaType.hashCode();
    }

    @Override
    public String toString() {
        return "Logo[" + mediaType + ", " + bytes.length + " bytes]";
    }
}
