package org.pressdesk.exchange;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.pressdesk.domain.ContentHash;
import org.pressdesk.domain.ExchangePeer;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.signing.CmsVerifier;

/**
 * Reads and checks an exchange file before anything is written: only the known entry names, each at most once and
 * within size limits (a ZIP bomb stops at the limit), the format understood, the receiver this installation, the
 * signature made by the known, unrevoked peer's key over exactly the manifest, every entry's SHA-256 as the manifest
 * says. The file is untrusted until all of that holds; then its JSON lines are read into plain records.
 */
final class PackageReader {
    static final long MAX_FILE_BYTES = 1L << 31;
    static final long MAX_ENTRY_BYTES = 512L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 1L << 30;
    static final int MAX_MANIFEST_BYTES = 1024 * 1024;
    static final int MAX_SIGNATURE_BYTES = 64 * 1024;

    private final ObjectMapper json = ExchangeJson.mapper();

    /** A file that passed every check, with the peer that sent it and its manifest's SHA-256. */
    record Checked(ExchangePackage contents, ExchangePeer sender, String manifestSha256) {
    }

    Checked read(Path file, UUID self, Function<UUID, Optional<ExchangePeer>> peers) {
        try (SpooledEntries spooled = new SpooledEntries()) {
            Map<String, byte[]> small = unzip(file, spooled);
            byte[] manifestBytes = required(small, ExchangePackage.MANIFEST);
            byte[] signature = required(small, ExchangePackage.SIGNATURE);
            ExchangePackage.Manifest manifest = manifest(manifestBytes);
            if (manifest.format() > ExchangePackage.FORMAT) {
                throw new PressDeskException("exchange.file.newerFormat", manifest.format(), ExchangePackage.FORMAT);
            }
            if (manifest.format() < 1 || manifest.file() == null || manifest.sender() == null
                    || manifest.entries() == null) {
                throw new PressDeskException("exchange.file.invalid", ExchangePackage.MANIFEST);
            }
            ExchangePeer sender = peers.apply(manifest.sender()).orElseThrow(() -> new PressDeskException(
                    "exchange.file.unknownSender", String.valueOf(manifest.senderName())));
            if (sender.revoked()) {
                throw new PressDeskException("exchange.file.revokedSender", sender.name());
            }
            CmsVerifier.Result verified = CmsVerifier.verify(signature, manifestBytes);
            if (!verified.intact() || !sender.fingerprint().equals(verified.signerSha256())) {
                throw new PressDeskException("exchange.file.badSignature", sender.name());
            }
            if (!self.equals(manifest.receiver())) {
                throw new PressDeskException("exchange.file.wrongReceiver", sender.name());
            }
            checkEntries(manifest, spooled);
            return new Checked(new ExchangePackage(manifest, payload(spooled)), sender,
                    ContentHash.sha256(manifestBytes));
        }
    }

    private static byte[] required(Map<String, byte[]> entries, String name) {
        byte[] bytes = entries.get(name);
        if (bytes == null) {
            throw new PressDeskException("exchange.file.missingEntry", name);
        }
        return bytes;
    }

    private ExchangePackage.Manifest manifest(byte[] bytes) {
        try {
            return json.readValue(bytes, ExchangePackage.Manifest.class);
        } catch (IOException e) {
            throw new PressDeskException(e, "exchange.file.invalid", ExchangePackage.MANIFEST);
        }
    }

    /** The manifest lists exactly the entries of format 1, and each one's bytes hash as it says. */
    private static void checkEntries(ExchangePackage.Manifest manifest, SpooledEntries spooled) {
        Set<String> listed = new HashSet<>();
        for (ExchangePackage.Entry entry : manifest.entries()) {
            if (entry == null || !ExchangePackage.ENTRIES.contains(entry.name()) || !listed.add(entry.name())) {
                throw new PressDeskException("exchange.file.invalid", ExchangePackage.MANIFEST);
            }
            SpooledEntries.Spooled bytes = spooled.get(entry.name());
            if (bytes == null) {
                throw new PressDeskException("exchange.file.missingEntry", entry.name());
            }
            if (bytes.size() != entry.size() || !bytes.sha256().equals(entry.sha256())) {
                throw new PressDeskException("exchange.file.hashMismatch", entry.name());
            }
        }
        if (listed.size() != ExchangePackage.ENTRIES.size() || spooled.names().size() != listed.size()) {
            throw new PressDeskException("exchange.file.invalid", ExchangePackage.MANIFEST);
        }
    }

    private ExchangePackage.Payload payload(SpooledEntries spooled) {
        List<List<?>> lists = new ArrayList<>();
        List<Class<?>> types = ExchangePackage.Payload.types();
        for (int i = 0; i < types.size(); i++) {
            String name = ExchangePackage.ENTRIES.get(i);
            lists.add(lines(name, spooled.get(name).file(), types.get(i)));
        }
        return cast(lists);
    }

    @SuppressWarnings("unchecked")
    private static ExchangePackage.Payload cast(List<List<?>> l) {
        return new ExchangePackage.Payload((List) l.get(0), (List) l.get(1), (List) l.get(2), (List) l.get(3),
                (List) l.get(4), (List) l.get(5), (List) l.get(6), (List) l.get(7), (List) l.get(8));
    }

    private <T> List<T> lines(String name, Path file, Class<T> type) {
        List<T> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file);
                MappingIterator<T> values = json.readerFor(type).readValues(in)) {
            while (values.hasNextValue()) {
                T row = values.nextValue();
                if (row == null) {
                    throw new PressDeskException("exchange.file.invalid", name);
                }
                rows.add(row);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof PressDeskException known) {
                throw known;
            }
            throw new PressDeskException(e, "exchange.file.invalid", name);
        }
        return rows;
    }

    /**
     * The manifest's and signature's bytes; the other entries go to {@code spooled}. Unknown or repeated names and
     * anything past the size limits are refused.
     */
    private static Map<String, byte[]> unzip(Path file, SpooledEntries spooled) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new PressDeskException("exchange.file.tooLarge", file);
            }
            Map<String, byte[]> small = new HashMap<>();
            long total = 0;
            try (ZipInputStream zip = new ZipInputStream(org.pressdesk.domain.BoundedRead.limited(
                    Files.newInputStream(file), MAX_FILE_BYTES))) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    String name = entry.getName();
                    boolean inMemory = ExchangePackage.MANIFEST.equals(name) || ExchangePackage.SIGNATURE.equals(name);
                    if (!inMemory && !ExchangePackage.ENTRIES.contains(name) || small.containsKey(name)
                            || spooled.contains(name)) {
                        throw new PressDeskException("exchange.file.unexpectedEntry", name);
                    }
                    long size;
                    if (inMemory) {
                        byte[] bytes = bounded(zip, limit(name), file);
                        small.put(name, bytes);
                        size = bytes.length;
                    } else {
                        size = spooled.add(name, zip, Math.min(MAX_ENTRY_BYTES, MAX_TOTAL_BYTES - total));
                    }
                    total += size;
                    if (size < 0 || total > MAX_TOTAL_BYTES) {
                        throw new PressDeskException("exchange.file.tooLarge", file);
                    }
                }
            }
            if (small.isEmpty() && spooled.names().isEmpty()) {
                throw new PressDeskException("exchange.file.unreadable", file);
            }
            return small;
        } catch (NoSuchFileException e) {
            throw new PressDeskException("cli.fileMissing", file);
        } catch (org.pressdesk.domain.BoundedRead.TooLarge e) {
            throw new PressDeskException("exchange.file.tooLarge", file);
        } catch (IOException | IllegalArgumentException e) {
            throw new PressDeskException(e, "exchange.file.unreadable", file);
        }
    }

    private static long limit(String name) {
        if (ExchangePackage.MANIFEST.equals(name)) {
            return MAX_MANIFEST_BYTES;
        }
        return ExchangePackage.SIGNATURE.equals(name) ? MAX_SIGNATURE_BYTES : MAX_ENTRY_BYTES;
    }

    private static byte[] bounded(InputStream in, long limit, Path file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long read = 0;
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            read += n;
            if (read > limit) {
                throw new PressDeskException("exchange.file.tooLarge", file);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
