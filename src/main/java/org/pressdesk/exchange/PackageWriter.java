package org.pressdesk.exchange;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.pressdesk.domain.ContentHash;
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

    /** @param manifest the manifest without its entries and counts, which are computed here */
    ExchangePackage.Manifest write(Path out, ExchangePackage.Manifest manifest, ExchangePackage.Payload payload,
            SigningKey key) {
        List<ExchangePackage.Entry> entries = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<byte[]> contents = new ArrayList<>();
        List<? extends List<?>> lists = payload.lists();
        for (int i = 0; i < lists.size(); i++) {
            String name = ExchangePackage.ENTRIES.get(i);
            byte[] bytes = lines(lists.get(i));
            contents.add(bytes);
            entries.add(new ExchangePackage.Entry(name, ContentHash.sha256(bytes), bytes.length));
            counts.put(name.substring(0, name.indexOf('.')), lists.get(i).size());
        }
        ExchangePackage.Manifest complete = new ExchangePackage.Manifest(ExchangePackage.FORMAT, manifest.file(),
                manifest.sender(), manifest.senderName(), manifest.receiver(), manifest.createdAt(), manifest.all(),
                manifest.acknowledges(), counts, entries);
        try {
            byte[] manifestBytes = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(complete);
            byte[] signature = CmsSigner.sign(manifestBytes, key);
            Path partial = out.resolveSibling(out.getFileName() + ".part");
            try (OutputStream file = Files.newOutputStream(partial);
                    ZipOutputStream zip = new ZipOutputStream(file)) {
                ownerOnly(partial);
                put(zip, ExchangePackage.MANIFEST, manifestBytes);
                put(zip, ExchangePackage.SIGNATURE, signature);
                for (int i = 0; i < contents.size(); i++) {
                    put(zip, entries.get(i).name(), contents.get(i));
                }
            }
            Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return complete;
        } catch (IOException e) {
            throw new PressDeskException(e, "exchange.cannotWrite", out, String.valueOf(e.getMessage()));
        }
    }

    private byte[] lines(List<?> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ObjectWriter writer = json.writer();
        try {
            for (Object row : rows) {
                bytes.write(writer.writeValueAsBytes(row));
                bytes.write('\n');
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
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
