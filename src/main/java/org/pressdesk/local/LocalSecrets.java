package org.pressdesk.local;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Secrets this machine keeps for its user (the shared server's password), sealed with AES-256-GCM under a random key
 * that lives in its own owner-only file of the user's configuration folder, away from the preferences that hold the
 * sealed text. A copy of the preferences (a backup, another machine) is then useless without that key file; the same
 * OS user can still read both, which is the limit decision 0035 describes.
 *
 * <p>A sealed value is {@code v1:} then the Base64 of a 12-byte nonce and the ciphertext with its tag; {@code context}
 * is bound as associated data, so a value moved to another entry (another server, another role) does not open.
 */
public final class LocalSecrets {
    /**
     * The logger and the random source are made on first use: the start reads the remembered server before the first
     * window, and needs neither the logging framework nor the security providers when no password is kept.
     */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(LocalSecrets.class);
    }

    private static final class Random {
        static final SecureRandom SOURCE = new SecureRandom();
    }
    private static final String PREFIX = "v1:";
    private static final String KEY_FILE = "server-password.key";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Path keyFile;

    public LocalSecrets(Path keyFile) {
        this.keyFile = keyFile.toAbsolutePath().normalize();
    }

    /** The key file in this user's configuration folder (never in the data folder, which is backed up). */
    public static LocalSecrets forThisUser() {
        return new LocalSecrets(defaultKeyFile(System.getProperty("os.name", ""), System.getenv(),
                Path.of(System.getProperty("user.home"))));
    }

    /**
     * {@code %LOCALAPPDATA%\PressDesk} on Windows (not the roaming profile), {@code ~/Library/Preferences/PressDesk}
     * on macOS, {@code $XDG_CONFIG_HOME/pressdesk} (else {@code ~/.config/pressdesk}) elsewhere.
     */
    public static Path defaultKeyFile(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        Path folder;
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            folder = (local == null || local.isBlank() ? home.resolve("AppData").resolve("Local") : Path.of(local))
                    .resolve("PressDesk");
        } else if (os.contains("mac")) {
            folder = home.resolve("Library").resolve("Preferences").resolve("PressDesk");
        } else {
            String xdg = env.get("XDG_CONFIG_HOME");
            folder = (xdg == null || xdg.isBlank() ? home.resolve(".config") : Path.of(xdg)).resolve("pressdesk");
        }
        return folder.resolve(KEY_FILE);
    }

    public Path keyFile() {
        return keyFile;
    }

    /** Seals {@code secret} for {@code context}; the key file is made (0600, in a 0700 folder) on first use. */
    public String seal(char[] secret, String context) throws IOException {
        byte[] key = keyCreatingIt();
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(secret));
        byte[] plain = encoded.array();
        int length = encoded.remaining();
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            Random.SOURCE.nextBytes(nonce);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key, nonce, context);
            byte[] sealed = cipher.doFinal(plain, 0, length);
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java 17 runtime", e);
        } finally {
            Arrays.fill(plain, (byte) 0);
            Arrays.fill(key, (byte) 0);
        }
    }

    /**
     * The secret sealed for {@code context}, or empty when it cannot be opened: no key file (another machine, a
     * restored copy), a key file others may read, another context, or a changed value. Why is logged, never the
     * secret.
     */
    public Optional<char[]> open(String sealed, String context) {
        if (sealed == null || !sealed.startsWith(PREFIX)) {
            return Optional.empty();
        }
        byte[] key = null;
        byte[] plain = null;
        try {
            Optional<byte[]> found = existingKey();
            if (found.isEmpty()) {
                return Optional.empty();
            }
            key = found.get();
            byte[] bytes = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
            if (bytes.length <= NONCE_BYTES) {
                return Optional.empty();
            }
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, Arrays.copyOf(bytes, NONCE_BYTES), context);
            plain = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
            java.nio.CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(plain));
            char[] secret = Arrays.copyOf(chars.array(), chars.limit());
            Arrays.fill(chars.array(), '\0');
            return Optional.of(secret);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            Log.LOG.warn("A remembered password did not open with {} ({}); it will be asked for", keyFile,
                    e.getClass().getSimpleName());
            return Optional.empty();
        } catch (IOException e) {
            Log.LOG.warn("Cannot read {}: {}; the password will be asked for", keyFile, e.toString());
            return Optional.empty();
        } finally {
            if (key != null) {
                Arrays.fill(key, (byte) 0);
            }
            if (plain != null) {
                Arrays.fill(plain, (byte) 0);
            }
        }
    }

    private static Cipher cipher(int mode, byte[] key, byte[] nonce, String context) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private Optional<byte[]> existingKey() throws IOException {
        if (!Files.isRegularFile(keyFile, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        if (!OwnerOnlyFiles.isOwnerOnly(keyFile)) {
            Log.LOG.warn("{} may be read by other accounts: it is not used, and remembered passwords are asked again",
                    keyFile);
            return Optional.empty();
        }
        byte[] key = Files.readAllBytes(keyFile);
        if (key.length != KEY_BYTES) {
            Arrays.fill(key, (byte) 0);
            Log.LOG.warn("{} is not a PressDesk key file; it is not used", keyFile);
            return Optional.empty();
        }
        return Optional.of(key);
    }

    private synchronized byte[] keyCreatingIt() throws IOException {
        Optional<byte[]> existing = existingKey();
        if (existing.isPresent()) {
            return existing.get();
        }
        OwnerOnlyFiles.createFolder(keyFile.getParent());
        byte[] key = new byte[KEY_BYTES];
        Random.SOURCE.nextBytes(key);
        Path temporary = keyFile.resolveSibling(KEY_FILE + ".new");
        Files.deleteIfExists(temporary);
        OwnerOnlyFiles.createFile(temporary);
        Files.write(temporary, key);
        Files.move(temporary, keyFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return key;
    }
}
