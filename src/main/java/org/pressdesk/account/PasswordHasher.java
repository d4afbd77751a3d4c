package org.pressdesk.account;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import org.pressdesk.local.Pbkdf2;

/**
 * Slow salted password hashes: PBKDF2-HMAC-SHA256 with a random 16-byte salt. A stored hash names its own iteration
 * count ({@code pbkdf2-sha256$210000$salt$hash}), so raising the count later keeps old passwords valid.
 */
public final class PasswordHasher {
    /** The OWASP recommendation for PBKDF2-HMAC-SHA256 in 2023 and later. */
    public static final int DEFAULT_ITERATIONS = 210_000;
    private static final String PREFIX = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int WARM_UP_ITERATIONS = 60_000;

    private final int iterations;

    /**
     * The salts' source, made at the first hash: the window builds its hasher before the first screen, which needs
     * no security provider (issue 14).
     */
    private static final class Salts {
        static final SecureRandom RANDOM = new SecureRandom();
    }

    public PasswordHasher() {
        this(DEFAULT_ITERATIONS);
    }

    /** A hasher with another work factor; tests use a small one to stay fast. */
    public PasswordHasher(int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive");
        }
        this.iterations = iterations;
    }

    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        Salts.RANDOM.nextBytes(salt);
        byte[] key = derive(password, salt, iterations);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(key);
    }

    /** True when {@code password} produces {@code stored}; compares in constant time. */
    public boolean matches(char[] password, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            return false;
        }
        try {
            int storedIterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return MessageDigest.isEqual(expected, derive(password, salt, storedIterations));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Spends the same time as a real check, so that an unknown account cannot be told from a wrong password. */
    public void burn(char[] password) {
        derive(password, new byte[SALT_BYTES], iterations);
    }

    /**
     * Runs the hash function long enough for the JIT to compile it, with a throwaway password: in a cold JVM the
     * first real check of 210,000 iterations otherwise runs interpreted for most of its second. Called on a spare
     * thread at start, while the database opens.
     */
    public void warmUp() {
        derive(new char[] {'x'}, new byte[SALT_BYTES], Math.min(iterations, WARM_UP_ITERATIONS));
    }

    public int iterations() {
        return iterations;
    }

    /** The same bytes as the JDK's PBKDF2WithHmacSHA256, at half its cost (see {@link Pbkdf2}). */
    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        return Pbkdf2.sha256(password, salt, iterations);
    }

    static void wipe(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }
}
