package org.pressdesk.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The payload entries of a received file, copied out of the ZIP into an owner-only temporary folder while their
 * size and SHA-256 are computed, so that checking a file never holds its entries in memory (a file of the largest
 * accepted size would not fit). The folder is deleted on close.
 */
final class SpooledEntries implements AutoCloseable {
    /** One entry on disk, with what it measured while it was copied. */
    record Spooled(Path file, String sha256, long size) {
    }

    private final Path folder;
    private final Map<String, Spooled> entries = new HashMap<>();

    SpooledEntries() {
        try {
            Path created;
            try {
                created = Files.createTempDirectory("pressdesk-exchange-",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } catch (UnsupportedOperationException e) {
                created = Files.createTempDirectory("pressdesk-exchange-");
            }
            this.folder = created;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Copies {@code in} up to {@code limit} bytes; returns how many bytes it held, or -1 past the limit (the copy
     * then stops there).
     */
    long add(String name, InputStream in, long limit) throws IOException {
        Path file = folder.resolve("entry-" + entries.size());
        MessageDigest sha256 = sha256();
        long read = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                read += n;
                if (read > limit) {
                    return -1;
                }
                sha256.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        }
        entries.put(name, new Spooled(file, HexFormat.of().formatHex(sha256.digest()), read));
        return read;
    }

    Spooled get(String name) {
        return entries.get(name);
    }

    boolean contains(String name) {
        return entries.containsKey(name);
    }

    Set<String> names() {
        return entries.keySet();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder left behind holds only what the file itself holds; the system cleans it later
        }
    }
}
