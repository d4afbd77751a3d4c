package org.pressdesk.store.keys;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.UnaryOperator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.local.OwnerOnlyFiles;
import org.pressdesk.store.UserRepository;

/**
 * The key slots of an encrypted database, in {@code pressdesk.keys} beside it (owner-only): the random data key
 * wrapped once per account with a key derived from that account's password, and once with the recovery key, as LUKS
 * and KeePassXC do. They must be readable before the database opens, which is why they are a file and not a table.
 * Adding, removing or re-keying an account rewrites this small file only, never the database. Slots are named by a
 * keyed digest of the account name, so the file does not list the accounts.
 */
public final class KeySlots {
    public static final String FILE_NAME = "pressdesk.keys";
    /** The suffix of the slot of a password being changed to (see {@link #putNext}). */
    private static final String NEXT = ".next";
    private static final String FORMAT = "pressdesk-keys-1";
    private static final String RECOVERY = "recovery";
    /** The slot sealed for headquarters' certificate (decision 0016, addendum of issue 16). */
    private static final String HEADQUARTERS = "headquarters";

    private final UUID databaseId;
    private final byte[] nameSalt;
    private final int iterations;
    private final Map<String, KeyWrap> slots;
    private final SecureRandom random;
    private final Map<String, String> sealed = new TreeMap<>();

    private KeySlots(UUID databaseId, byte[] nameSalt, int iterations, Map<String, KeyWrap> slots,
            SecureRandom random) {
        this.databaseId = databaseId;
        this.nameSalt = nameSalt;
        this.iterations = iterations;
        this.slots = new TreeMap<>(slots);
        this.random = random;
    }

    /** New slots for a new database; {@code iterations} is the PBKDF2 work factor of the slots written from now. */
    public static KeySlots create(int iterations, SecureRandom random) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return new KeySlots(UUID.randomUUID(), salt, iterations, Map.of(), random);
    }

    /** Slots for hundreds of accounts fit in far less; a bigger file is damaged or not ours. */
    private static final long MAX_FILE_BYTES = 4L * 1024 * 1024;

    public static boolean existIn(Path folder) {
        return Files.exists(folder.resolve(FILE_NAME));
    }

    /** Reads the slots of {@code folder}; a missing or damaged file is a clear failure. */
    public static KeySlots load(Path folder, int iterations, SecureRandom random) {
        Properties text = new Properties();
        try (Reader reader = org.pressdesk.domain.BoundedRead.utf8(folder.resolve(FILE_NAME), MAX_FILE_BYTES)) {
            text.load(reader);
        } catch (NoSuchFileException e) {
            throw new PressDeskException(e, "keys.missing", folder.resolve(FILE_NAME));
        } catch (IOException | IllegalArgumentException e) {
            throw new PressDeskException(e, "keys.damaged", folder.resolve(FILE_NAME));
        }
        try {
            if (!FORMAT.equals(text.getProperty("format"))) {
                throw new IllegalArgumentException("unknown format");
            }
            Map<String, KeyWrap> slots = new TreeMap<>();
            for (String name : text.stringPropertyNames()) {
                if (name.startsWith("slot.")) {
                    slots.put(name.substring(5), KeyWrap.decode(text.getProperty(name)));
                }
            }
            KeySlots loaded = new KeySlots(UUID.fromString(text.getProperty("database")),
                    Base64.getDecoder().decode(text.getProperty("names")), iterations, slots, random);
            for (String name : text.stringPropertyNames()) {
                if (name.startsWith("sealed.")) {
                    Base64.getDecoder().decode(text.getProperty(name));
                    loaded.sealed.put(name.substring(7), text.getProperty(name));
                }
            }
            return loaded;
        } catch (RuntimeException e) {
            throw new PressDeskException(e, "keys.damaged", folder.resolve(FILE_NAME));
        }
    }

    /** Writes the slots to {@code folder} whole or not at all (a temporary file moved over the old one). */
    public void save(Path folder) {
        Properties text = new Properties();
        text.setProperty("format", FORMAT);
        text.setProperty("database", databaseId.toString());
        text.setProperty("names", Base64.getEncoder().encodeToString(nameSalt));
        slots.forEach((id, slot) -> text.setProperty("slot." + id, slot.encode()));
        sealed.forEach((id, value) -> text.setProperty("sealed." + id, value));
        Path target = folder.resolve(FILE_NAME);
        Path temporary = folder.resolve(FILE_NAME + ".tmp");
        try {
            Files.deleteIfExists(temporary);
            OwnerOnlyFiles.createFile(temporary);
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                text.store(writer, "PressDesk key slots: the database key, wrapped per account. Do not edit.");
            }
            // on the disk before the rename: after a power cut the slots are whole or as they were, never empty
            try (java.nio.channels.FileChannel written = java.nio.channels.FileChannel.open(temporary,
                    java.nio.file.StandardOpenOption.WRITE)) {
                written.force(true);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new PressDeskException(e, "keys.cannotWrite", target);
        }
    }

    /**
     * The data key, opened with an account's password. A wrong password and an account without a slot fail with
     * the same words as a refused sign-in, so that the slots do not tell which accounts exist.
     */
    public DataKey unlock(String username, char[] password) {
        String id = slotId(username);
        String next = id + NEXT;
        return Optional.ofNullable(slots.get(id)).flatMap(slot -> slot.unwrap(password, boundTo(id)))
                .or(() -> Optional.ofNullable(slots.get(next)).flatMap(slot -> slot.unwrap(password, boundTo(next))))
                .orElseThrow(() -> new PressDeskException("signIn.refused"));
    }

    /**
     * Adds a second slot for the password an account is changing to, beside the current one, before the new
     * password's hash is committed: a program killed in between leaves both passwords able to open the key, and the
     * one the database recorded signs in. {@link #put} then replaces the pair with the new slot alone.
     */
    public void putNext(String username, char[] password, DataKey key) {
        String next = slotId(username) + NEXT;
        slots.put(next, KeyWrap.wrap(password, key, boundTo(next), iterations, random));
    }

    /** The data key, opened with the recovery key. */
    public DataKey unlock(RecoveryKey recovery) {
        return Optional.ofNullable(slots.get(RECOVERY)).flatMap(slot -> slot.unwrap(recovery.secret(),
                boundTo(RECOVERY))).orElseThrow(() -> new PressDeskException("keys.recoveryRefused"));
    }

    /** Gives (or replaces) an account's slot; the database itself is not touched. */
    public void put(String username, char[] password, DataKey key) {
        String id = slotId(username);
        slots.put(id, KeyWrap.wrap(password, key, boundTo(id), iterations, random));
        slots.remove(id + NEXT);
    }

    public void remove(String username) {
        slots.remove(slotId(username));
        slots.remove(slotId(username) + NEXT);
    }

    public boolean has(String username) {
        return slots.containsKey(slotId(username));
    }

    /** Makes a new recovery key (replacing any earlier one) and returns it, to be printed once. */
    public RecoveryKey newRecoveryKey(DataKey key) {
        RecoveryKey recovery = RecoveryKey.random(random);
        slots.put(RECOVERY, KeyWrap.wrap(recovery.secret(), key, boundTo(RECOVERY), iterations, random));
        return recovery;
    }

    /**
     * Seals the data key for headquarters (replacing an earlier seal): {@code seal} encrypts for headquarters'
     * certificate what it is given, the key bound to this database and slot.
     */
    public void sealForHeadquarters(DataKey key, UnaryOperator<byte[]> seal) {
        byte[] secret = boundSecret(key);
        try {
            sealed.put(HEADQUARTERS, Base64.getEncoder().encodeToString(seal.apply(secret)));
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    public boolean sealedForHeadquarters() {
        return sealed.containsKey(HEADQUARTERS);
    }

    /** The data key, from the slot sealed for headquarters, opened by {@code open} with headquarters' key. */
    public DataKey unlockSealed(UnaryOperator<byte[]> open) {
        String value = sealed.get(HEADQUARTERS);
        if (value == null) {
            throw new PressDeskException("hq.noSlot");
        }
        byte[] secret = open.apply(Base64.getDecoder().decode(value));
        byte[] prefix = (boundTo(HEADQUARTERS) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            if (secret.length != prefix.length + DataKey.BYTES
                    || !Arrays.equals(secret, 0, prefix.length, prefix, 0, prefix.length)) {
                throw new PressDeskException("hq.slotDamaged");
            }
            return new DataKey(Arrays.copyOfRange(secret, prefix.length, secret.length));
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    private byte[] boundSecret(DataKey key) {
        byte[] prefix = (boundTo(HEADQUARTERS) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = key.bytes();
        byte[] secret = Arrays.copyOf(prefix, prefix.length + bytes.length);
        System.arraycopy(bytes, 0, secret, prefix.length, bytes.length);
        Arrays.fill(bytes, (byte) 0);
        return secret;
    }

    /** The installation's identity: a backup or slot file of another office carries another one. */
    public UUID databaseId() {
        return databaseId;
    }

    public int size() {
        return slots.size();
    }

    private String boundTo(String slotId) {
        return databaseId + "|" + slotId;
    }

    private String slotId(String username) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(nameSalt, "HmacSHA256"));
            byte[] digest = mac.doFinal(UserRepository.loginKey(username == null ? "" : username)
                    .getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
