package org.pressdesk.local;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * PBKDF2-HMAC-SHA256 for one 256-bit block (RFC 8018), giving exactly the bytes of the JDK's
 * {@code PBKDF2WithHmacSHA256} for the same password, salt and iteration count, at half its cost: the JDK's HMAC
 * hashes the padded key again for every one of the iterations (four SHA-256 blocks each), where the hash states after
 * the inner and outer pads are computed once here and copied (two blocks each). The work factor an attacker faces is
 * unchanged (an attacker's tools make the same saving); only the honest start stops paying twice (issue 14).
 */
public final class Pbkdf2 {
    private static final int BLOCK = 64;
    private static final int LENGTH = 32;

    private Pbkdf2() {
    }

    /** The 32-byte key; the password is read as UTF-8, as the JDK reads it. */
    public static byte[] sha256(char[] password, byte[] salt, int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive");
        }
        byte[] key = utf8(password);
        try {
            MessageDigest inner = padded(key, (byte) 0x36);
            MessageDigest outer = padded(key, (byte) 0x5c);
            byte[] u = new byte[LENGTH];
            MessageDigest first = copy(inner);
            first.update(salt);
            first.update(new byte[] {0, 0, 0, 1});
            finish(first, outer, u);
            byte[] result = u.clone();
            for (int i = 1; i < iterations; i++) {
                MessageDigest next = copy(inner);
                next.update(u);
                finish(next, outer, u);
                for (int j = 0; j < LENGTH; j++) {
                    result[j] ^= u[j];
                }
            }
            Arrays.fill(u, (byte) 0);
            return result;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** HMAC's outer step: {@code u} becomes H(opad ‖ H(ipad ‖ message)), the inner digest already fed. */
    private static void finish(MessageDigest innerWithMessage, MessageDigest outer, byte[] u)
            throws java.security.DigestException {
        innerWithMessage.digest(u, 0, LENGTH);
        MessageDigest last = copy(outer);
        last.update(u);
        last.digest(u, 0, LENGTH);
    }

    private static MessageDigest padded(byte[] key, byte pad) throws NoSuchAlgorithmException {
        byte[] block = new byte[BLOCK];
        byte[] k = key.length > BLOCK ? MessageDigest.getInstance("SHA-256").digest(key) : key;
        for (int i = 0; i < BLOCK; i++) {
            block[i] = (byte) ((i < k.length ? k[i] : 0) ^ pad);
        }
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        digest.update(block);
        Arrays.fill(block, (byte) 0);
        return digest;
    }

    private static MessageDigest copy(MessageDigest digest) {
        try {
            return (MessageDigest) digest.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's SHA-256 can be copied", e);
        }
    }

    private static byte[] utf8(char[] password) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        if (encoded.hasArray()) {
            Arrays.fill(encoded.array(), (byte) 0);
        }
        return bytes;
    }
}
