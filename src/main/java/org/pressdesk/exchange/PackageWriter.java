package org.pressdesk.exchange;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.signing.CmsSigner;
import org.pressdesk.signing.SigningKey;

/**
 * Writes an exchange file: each entry as JSON lines, the manifest with every entry's SHA-256, the manifest's CMS
 * signature, all in one ZIP. The file appears whole or not at all (written beside, then moved), readable by its owner
 * only where the file system knows permissions.
 */
final class PackageWriter {
    private final ObjectMapper json = ExchangeJson.mapper();

    /**
     * Writes the entries one after the other straight into the ZIP, hashing them on the way (no entry is held whole
     * in memory), then the manifest that lists their hashes, then its signature. A reader finds entries by name, so
     * the manifest coming last changes nothing for it.
     *
     * @param manifest the manifest without its entries and counts, which are computed here
     */
    ExchangePackage.Manifest write(Path out, ExchangePackage.Manifest manifest, ExchangePackage.Payload payload,
            SigningKey key) {
        List<ExchangePackage.Entry> entries = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<? extends List<?>> lists = payload.lists();
        Path partial = out.resolveSibling(out.getFileName() + ".part");
        try {
            ExchangePackage.Manifest complete;
            try (OutputStream file = Files.newOutputStream(partial);
                    ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(file, 1 << 16))) {
                ownerOnly(partial);
                for (int i = 0; i < lists.size(); i++) {
                    String name = ExchangePackage.ENTRIES.get(i);
                    entries.add(lines(zip, name, lists.get(i)));
                    counts.put(name.substring(0, name.indexOf('.')), lists.get(i).size());
                }
                complete = new ExchangePackage.Manifest(ExchangePackage.FORMAT, manifest.file(), manifest.sender(),
                        manifest.senderName(), manifest.receiver(), manifest.createdAt(), manifest.all(),
                        manifest.acknowledges(), counts, entries, manifest.auditAnchor());
                byte[] manifestBytes = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(complete);
                put(zip, ExchangePackage.MANIFEST, manifestBytes);
                put(zip, ExchangePackage.SIGNATURE, CmsSigner.sign(manifestBytes, key));
            }
            Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return complete;
        } catch (IOException e) {
            throw new PressDeskException(e, "exchange.cannotWrite", out, String.valueOf(e.getMessage()));
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                // the partial file is owner-only and named .part; it is overwritten by the next attempt
            }
        }
    }

    /** One entry, a JSON object per line, written into the ZIP; returns its name, SHA-256 and size. */
    private ExchangePackage.Entry lines(ZipOutputStream zip, String name, List<?> rows) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        MessageDigest sha256 = sha256();
        long[] size = {0};
        OutputStream entry = new FilterOutputStream(zip) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                sha256.update(b, off, len);
                size[0] += len;
                zip.write(b, off, len);
            }

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void close() {
                // the ZIP stays open for the next entry
            }
        };
        ObjectWriter writer = json.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
        try (JsonGenerator lines = json.createGenerator(entry)) {
            lines.setRootValueSeparator(new SerializedString("\n"));
            for (Object row : rows) {
                writer.writeValue(lines, row);
            }
            if (!rows.isEmpty()) {
                lines.writeRaw('\n');
            }
        }
        zip.closeEntry();
        return new ExchangePackage.Entry(name, HexFormat.of().formatHex(sha256.digest()), size[0]);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    private static void ownerOnly(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // a file system without POSIX permissions (a FAT USB stick): nothing to narrow
        }
    }
}
