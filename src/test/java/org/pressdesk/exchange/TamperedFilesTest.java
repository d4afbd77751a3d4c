package org.pressdesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.testing.MutableClock;

/**
 * Every kind of bad file is refused whole, with the message that says why, and leaves the receiver's database
 * exactly as it was: a byte flipped in any entry or in the signature, a truncated or re-signed file, a newer
 * format, a file for someone else, a revoked sender.
 */
class TamperedFilesTest {
    @TempDir
    static Path temp;

    private static Installation hq;
    private static Installation field;
    private static Installation other;
    private static Path file;

    @BeforeAll
    static void prepare() {
        MutableClock clock = new MutableClock();
        hq = Installation.open(temp, "hq", true, clock);
        field = Installation.open(temp, "field", false, clock);
        other = Installation.open(temp, "other", false, clock);
        Installation.pair(hq, field);
        Installation.pair(other, hq);
        Installation.pair(other, field);
        var c = field.create("Communiqué", "Texte.");
        field.services.reviews().comment(field.admin, c.id(), "Un commentaire.");
        field.services.reviews().submit(field.admin, c.id());
        file = field.send(hq, temp);
    }

    @AfterAll
    static void close() {
        hq.close();
        field.close();
        other.close();
    }

    static List<String> entries() {
        List<String> all = new java.util.ArrayList<>(ExchangePackage.ENTRIES);
        all.add(ExchangePackage.MANIFEST);
        all.add(ExchangePackage.SIGNATURE);
        return all;
    }

    @ParameterizedTest
    @MethodSource("entries")
    void aByteFlippedInAnyEntryRefusesTheWholeFile(String entry) throws IOException {
        Path tampered = rewrite(entry, bytes -> {
            byte[] copy = bytes.clone();
            if (copy.length == 0) {
                return "x".getBytes(StandardCharsets.UTF_8);
            }
            copy[copy.length / 2] ^= 0x01;
            return copy;
        });

        assertRefused(tampered, entry.equals(ExchangePackage.MANIFEST) || entry.equals(ExchangePackage.SIGNATURE)
                ? "exchange.file.badSignature" : "exchange.file.hashMismatch");
    }

    @Test
    void aTruncatedFileIsRefused() throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Path truncated = temp.resolve("truncated.pdx");
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> hq.receive(truncated)).isInstanceOf(PressDeskException.class);
        assertThat(hq.services.communiques().count("")).isZero();
    }

    @Test
    void aByteFlippedInTheRawFileIsRefused() throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 3] ^= 0x40;
        Path damaged = temp.resolve("damaged.pdx");
        Files.write(damaged, bytes);

        assertThatThrownBy(() -> hq.receive(damaged)).isInstanceOf(PressDeskException.class);
        assertThat(hq.services.communiques().count("")).isZero();
    }

    @Test
    void aNewerFormatIsRefusedNamingBothVersions() throws IOException {
        Path newer = rewrite(ExchangePackage.MANIFEST, bytes -> new String(bytes, StandardCharsets.UTF_8)
                .replace("\"format\" : 1", "\"format\" : 2").getBytes(StandardCharsets.UTF_8));

        assertRefused(newer, "exchange.file.newerFormat");
    }

    @Test
    void anEntryAddedOrAPathOutsideTheFileIsRefused() throws IOException {
        Path extra = temp.resolve("extra.pdx");
        Map<String, byte[]> entries = read(file);
        entries.put("../../etc/passwd", "x".getBytes(StandardCharsets.UTF_8));
        write(extra, entries);

        assertRefused(extra, "exchange.file.unexpectedEntry");
    }

    @Test
    void aFileSignedByAnotherInstallationsKeyIsRefused() throws IOException {
        Path forged = temp.resolve("forged.pdx");
        Path genuine = other.send(hq, temp);
        Map<String, byte[]> entries = read(file);
        entries.put(ExchangePackage.SIGNATURE, read(genuine).get(ExchangePackage.SIGNATURE));
        write(forged, entries);

        assertRefused(forged, "exchange.file.badSignature");
    }

    @Test
    void aFileMeantForAnotherInstallationIsRefused() {
        Path forField = other.send(field, temp);

        assertThatThrownBy(() -> hq.receive(forField)).isInstanceOf(PressDeskException.class)
                .extracting(e -> ((PressDeskException) e).messageKey()).isEqualTo("exchange.file.wrongReceiver");
    }

    @Test
    void aFileFromARevokedPeerIsRefused() {
        Path fromOther = other.send(field, temp);
        field.services.installation().revokePeer(field.admin, "other");

        assertThatThrownBy(() -> field.receive(fromOther)).isInstanceOf(PressDeskException.class)
                .extracting(e -> ((PressDeskException) e).messageKey()).isEqualTo("exchange.file.revokedSender");
    }

    private static void assertRefused(Path bad, String key) {
        long auditBefore = count("audit_event");
        assertThatThrownBy(() -> hq.receive(bad)).isInstanceOf(PressDeskException.class)
                .extracting(e -> ((PressDeskException) e).messageKey()).isEqualTo(key);
        assertThat(hq.services.communiques().count("")).isZero();
        assertThat(count("revision")).isZero();
        assertThat(count("exchange_file")).isZero();
        assertThat(count("audit_event")).isEqualTo(auditBefore);
    }

    private static long count(String table) {
        return hq.services.database().dsl().fetchCount(org.jooq.impl.DSL.table(table));
    }

    private static Path rewrite(String entry, UnaryOperator<byte[]> change) throws IOException {
        Map<String, byte[]> entries = read(file);
        entries.put(entry, change.apply(entries.get(entry)));
        Path out = temp.resolve("tampered-" + entry + "-" + System.nanoTime() + ".pdx");
        write(out, entries);
        return out;
    }

    private static Map<String, byte[]> read(Path zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                z.transferTo(bytes);
                entries.put(e.getName(), bytes.toByteArray());
            }
        }
        return entries;
    }

    private static void write(Path zip, Map<String, byte[]> entries) throws IOException {
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
    }
}
