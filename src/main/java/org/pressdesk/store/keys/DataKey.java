package org.pressdesk.store.keys;

import java.security.SecureRandom;
import java.util.Arrays;

/**
 * The random 256-bit key that H2 encrypts the database file with. It is never written anywhere in clear: only
 * wrapped, once per account and once for the recovery key, in the key slots. Closing it wipes it from memory.
 */
public final class DataKey implements AutoCloseable {
    public static final int BYTES = 32;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final byte[] bytes;

    DataKey(byte[] bytes) {
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException("a data key has " + BYTES + " bytes");
        }
        this.bytes = bytes.clone();
    }

    public static DataKey random(SecureRandom random) {
        byte[] fresh = new byte[BYTES];
        random.nextBytes(fresh);
        DataKey key = new DataKey(fresh);
        Arrays.fill(fresh, (byte) 0);
        return key;
    }

    /**
     * The key as H2's file password: 64 hexadecimal characters. H2 derives its AES key from this with a cheap hash,
     * which is harmless here because the input is 256 random bits, not something a person chose.
     */
    public char[] filePassword() {
        char[] hex = new char[BYTES * 2];
        for (int i = 0; i < BYTES; i++) {
            hex[2 * i] = HEX[(bytes[i] >> 4) & 0xf];
            hex[2 * i + 1] = HEX[bytes[i] & 0xf];
        }
        return hex;
    }

    byte[] bytes() {
        return bytes.clone();
    }

    /** An independent copy, for a holder that closes its own. */
    public DataKey copy() {
        return new DataKey(bytes);
    }

    @Override
    public void close() {
        Arrays.fill(bytes, (byte) 0);
    }

    @Override
    public String toString() {
        return "DataKey[hidden]";
    }
}
