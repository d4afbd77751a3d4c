package org.pressdesk.store;

import org.pressdesk.domain.BoundedRead;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.jdbcx.JdbcConnectionPool;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import org.h2.store.fs.encrypt.FileEncrypt;
import org.h2.store.fs.encrypt.FilePathEncrypt;
import org.h2.tools.Recover;
import org.h2.tools.RunScript;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.local.DataDirectory;
import org.pressdesk.store.keys.DataKey;

/**
 * What H2's recovery tool can read from a damaged database file, loaded into a new file. The damaged file itself is
 * never written: it is copied into a scratch folder (and decrypted there when the database is encrypted, since the
 * tool reads only plain files), the tool writes its SQL script beside the copy, and the script is run into a new,
 * empty database (encrypted again with the same key). The rows the script held are counted per table while it is
 * read, so that the new database can be compared with them.
 */
public final class H2Recovery {
    private static final String BASE = "pressdesk";
    private static final int BLOCK = 4096;
    private static final int NEAR_END_BLOCKS = 24;
    private static final Pattern SAVED_ROW = Pattern.compile("^INSERT INTO (O_\\d+) VALUES", Pattern.CASE_INSENSITIVE);
    private static final Pattern MOVED_TABLE = Pattern.compile(
            "^INSERT INTO (?:\"?PUBLIC\"?\\.)?\"?([A-Za-z0-9_]+)\"? SELECT \\* FROM (O_\\d+)", Pattern.CASE_INSENSITIVE);

    private H2Recovery() {
    }

    /** The rows per table (lower-case names) that the recovery script held. */
    public record Script(Path file, Map<String, Long> rows, long cutBytes) {
        public long total() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * Writes the recovery script of {@code damaged} in {@code scratch}: a copy of the file goes there first, decrypted
     * with {@code key} when it is not null. When the tool reads nothing from the whole file (a page of the newest
     * state is broken, so the tool stops as H2 did), the newest older state is looked for: H2 appends its chunks at
     * the end of the file (REUSE_SPACE=FALSE, {@link H2Connections#file}), so a copy cut before the broken chunk holds
     * the state committed before it. The cut is searched by halves; {@link Script#cutBytes} says how much was left out.
     */
    public static Script script(Path damaged, DataKey key, Path scratch) {
        try {
            Path plain = plainCopy(damaged, key, scratch.resolve("copy"));
            long size = Files.size(plain);
            Script whole = scriptOf(plain, size, scratch.resolve("whole"));
            if (!whole.rows().isEmpty()) {
                return whole;
            }
            // newest first: a crash breaks the last chunks, so the blocks at the end are tried one by one, then
            // the rest by halves
            long blocks = size / BLOCK;
            for (long cut = 1; cut <= NEAR_END_BLOCKS && blocks - cut > 2; cut++) {
                Script older = scriptOf(plain, (blocks - cut) * BLOCK, scratch.resolve("cut-" + cut));
                if (!older.rows().isEmpty()) {
                    return new Script(older.file(), older.rows(), size - (blocks - cut) * BLOCK);
                }
            }
            Script best = whole;
            long low = 2;
            long high = blocks - NEAR_END_BLOCKS - 1;
            for (int probe = 0; low <= high; probe++) {
                long middle = (low + high) / 2;
                Script cut = scriptOf(plain, middle * BLOCK, scratch.resolve("half-" + probe));
                if (cut.rows().isEmpty()) {
                    high = middle - 1;
                } else {
                    best = new Script(cut.file(), cut.rows(), size - middle * BLOCK);
                    low = middle + 1;
                }
            }
            return best;
        } catch (IOException | RuntimeException e) {
            throw new PressDeskException(e, "recovery.unreadable", damaged);
        }
    }

    /** The damaged file copied into {@code folder}, decrypted there when {@code key} is not null. */
    private static Path plainCopy(Path damaged, DataKey key, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path copy = folder.resolve(BASE + ".mv.db");
        Files.copy(damaged, copy, StandardCopyOption.REPLACE_EXISTING);
        if (key != null) {
            Path encrypted = folder.resolve(BASE + ".encrypted");
            Files.move(copy, encrypted);
            decrypt(encrypted, copy, key);
            Files.delete(encrypted);
        }
        return copy;
    }

    /**
     * Decrypts block by block, whatever the blocks hold: H2's own tool (ChangeFileEncryption) opens the store and
     * stops at the first broken page. The cipher's key is derived from the file password as H2 2.x derives it for
     * {@code CIPHER=AES} (org.h2.mvstore.db.Store#decodePassword).
     */
    private static void decrypt(Path encrypted, Path plain, DataKey key) throws IOException {
        byte[] cipherKey = cipherKey(key);
        try (FileChannel base = FileChannel.open(encrypted, StandardOpenOption.READ);
                FileEncrypt in = new FileEncrypt(encrypted.toString(), cipherKey, base);
                FileChannel out = FileChannel.open(plain, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.allocate(64 * BLOCK);
            for (long at = 0; at < in.size(); at += buffer.limit()) {
                buffer.clear();
                buffer.limit((int) Math.min(buffer.capacity(), in.size() - at));
                in.read(buffer, at);
                buffer.flip();
                out.write(buffer);
            }
        } finally {
            java.util.Arrays.fill(cipherKey, (byte) 0);
        }
    }

    /**
     * True when {@code key} decrypts the encrypted file's store header (its first block starts with H2's "H:2"
     * header): the key is the file's own, so a failure to open the file is damage further in. A wrong key (another
     * office's key file) gives noise there. Reads one block; writes nothing.
     */
    public static boolean keyOpensHeader(Path file, DataKey key) {
        byte[] cipherKey = cipherKey(key);
        try (FileChannel base = FileChannel.open(file, StandardOpenOption.READ);
                FileEncrypt in = new FileEncrypt(file.toString(), cipherKey, base)) {
            ByteBuffer header = ByteBuffer.allocate(BLOCK);
            header.limit((int) Math.min(BLOCK, in.size()));
            in.read(header, 0);
            byte[] start = new byte[4];
            header.flip();
            if (header.remaining() < start.length) {
                return false;
            }
            header.get(start);
            return new String(start, java.nio.charset.StandardCharsets.ISO_8859_1).equals("H:2,");
        } catch (IOException | RuntimeException e) {
            return false;
        } finally {
            java.util.Arrays.fill(cipherKey, (byte) 0);
        }
    }

    /** The cipher's key H2 2.x derives from the file password for {@code CIPHER=AES}. */
    private static byte[] cipherKey(DataKey key) {
        char[] password = key.filePassword();
        byte[] given = FilePathEncrypt.getPasswordBytes(password);
        java.util.Arrays.fill(password, '\0');
        char[] decoded = new char[given.length / 2];
        for (int i = 0; i < decoded.length; i++) {
            decoded[i] = (char) (((given[i + i] & 255) << 16) | (given[i + i + 1] & 255));
        }
        java.util.Arrays.fill(given, (byte) 0);
        byte[] cipherKey = FilePathEncrypt.getPasswordBytes(decoded);
        java.util.Arrays.fill(decoded, '\0');
        return cipherKey;
    }

    /** Runs the tool on the first {@code bytes} of {@code plain}, in a folder of its own. */
    private static Script scriptOf(Path plain, long bytes, Path folder) throws IOException {
        Files.createDirectories(folder);
        try (var in = Files.newInputStream(plain);
                var out = Files.newOutputStream(folder.resolve(BASE + ".mv.db"))) {
            BoundedRead.copy(in, out, bytes);
        }
        Path file = folder.resolve(BASE + ".h2.sql");
        try {
            Recover.execute(folder.toString(), BASE);
        } catch (SQLException | RuntimeException | AssertionError e) {
            // the tool stops at the first broken page it meets (with assertions on, it trips one of H2's own)
            return new Script(file, Map.of(), 0);
        }
        return new Script(file, Files.isRegularFile(file) ? count(file) : Map.of(), 0);
    }

    /** Counts the saved rows of each table: the tool saves them as O_n and moves them to their table at the end. */
    static Map<String, Long> count(Path script) throws IOException {
        Map<String, Long> saved = new HashMap<>();
        Map<String, String> tables = new HashMap<>();
        try (BufferedReader lines = Files.newBufferedReader(script, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                Matcher row = SAVED_ROW.matcher(line);
                if (row.find()) {
                    saved.merge(row.group(1).toUpperCase(Locale.ROOT), 1L, Long::sum);
                    continue;
                }
                Matcher moved = MOVED_TABLE.matcher(line);
                if (moved.find()) {
                    tables.put(moved.group(2).toUpperCase(Locale.ROOT), moved.group(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        Map<String, Long> rows = new TreeMap<>();
        tables.forEach((storage, table) -> rows.put(table, saved.getOrDefault(storage, 0L)));
        return rows;
    }

    /**
     * Runs the script into a new database in {@code target} (which holds none), encrypted with {@code key} when it is
     * not null. The new database is closed again; open it with {@link Database#open}.
     */
    public static void load(Script script, DataDirectory target, DataKey key) {
        if (target.hasDatabase()) {
            throw new PressDeskException("restore.targetNotEmpty", target);
        }
        JdbcConnectionPool pool = H2Connections.file(target, key);
        try (Connection connection = pool.getConnection();
                var reader = Files.newBufferedReader(script.file(), StandardCharsets.UTF_8)) {
            RunScript.execute(connection, reader);
        } catch (SQLException | IOException e) {
            throw new PressDeskException(e, "recovery.scriptFailed", target);
        } finally {
            pool.dispose();
        }
    }
}
