package org.pressdesk.store.keys;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.pressdesk.local.Pbkdf2;

/**
 * One key slot: the data key encrypted (AES-256-GCM) under a key derived from a secret with PBKDF2-HMAC-SHA256.
 * The slot's text names its own work factor ({@code iterations$salt$nonce$wrapped}), so stronger slots can come
 * later without breaking old ones. The associated data binds a slot to its database and owner: a slot copied from
 * another installation or another account does not open.
 */
record KeyWrap(int iterations, byte[] salt, byte[] nonce, byte[] wrapped) {
    private static final int SALT_BYTES = 16;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    static KeyWrap wrap(char[] secret, DataKey key, String boundTo, int iterations, SecureRandom random) {
        byte[] salt = new byte[SALT_BYTES];
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(salt);
        random.nextBytes(nonce);
        byte[] plain = key.bytes();
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, secret, salt, iterations, nonce, boundTo);
            return new KeyWrap(iterations, salt, nonce, cipher.doFinal(plain));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM and PBKDF2 are part of every Java runtime", e);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    /** The data key, or empty when the secret is wrong or the slot belongs elsewhere. */
    java.util.Optional<DataKey> unwrap(char[] secret, String boundTo) {
        byte[] plain = null;
        try {
            plain = cipher(Cipher.DECRYPT_MODE, secret, salt, iterations, nonce, boundTo).doFinal(wrapped);
            return java.util.Optional.of(new DataKey(plain));
        } catch (AEADBadTagException e) {
            return java.util.Optional.empty();
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return java.util.Optional.empty();
        } finally {
            if (plain != null) {
                Arrays.fill(plain, (byte) 0);
            }
        }
    }

    private static Cipher cipher(int mode, char[] secret, byte[] salt, int iterations, byte[] nonce, String boundTo)
            throws GeneralSecurityException {
        byte[] derived = Pbkdf2.sha256(secret, salt, iterations);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(derived, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(("pressdesk-key-slot|" + boundTo).getBytes(StandardCharsets.UTF_8));
            return cipher;
        } finally {
            Arrays.fill(derived, (byte) 0);
        }
    }

    String encode() {
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(nonce) + "$"
                + b64.encodeToString(wrapped);
    }

    /** Reads a slot's text; throws IllegalArgumentException when it is not one. */
    static KeyWrap decode(String text) {
        String[] parts = text.split("\\$");
        if (parts.length != 4) {
            throw new IllegalArgumentException("not a key slot");
        }
        Base64.Decoder b64 = Base64.getDecoder();
        int iterations = Integer.parseInt(parts[0]);
        if (iterations < 1) {
            throw new IllegalArgumentException("not a key slot");
        }
        return new KeyWrap(iterations, b64.decode(parts[1]), b64.decode(parts[2]), b64.decode(parts[3]));
    }
}
