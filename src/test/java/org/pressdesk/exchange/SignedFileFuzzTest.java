package org.pressdesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.pressdesk.domain.ContentHash;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.signing.CmsSigner;
import org.pressdesk.testing.FuzzOutcome;
import org.pressdesk.testing.MutableClock;

/**
 * A peer's file whose signature is genuine but whose payload is anything: the fuzzer splices bytes into one entry of
 * a real file, the test re-hashes the manifest and signs it with the sender's real key, and headquarters imports it.
 * Only the payload's own checks stand between those bytes and the database, so this reaches the JSON reading and the
 * merge. Each input is imported whole, or refused with a translated message leaving every table as it was; after an
 * import the audit chain still verifies. {@code JAZZER_FUZZ=1} explores further (docs/benchmarks.md, "Fuzzing").
 */
public class SignedFileFuzzTest {
    private static final List<String> TABLES = List.of("communique", "revision", "review_comment",
            "status_change", "approval", "communique_tag", "tag", "office", "user_account", "audit_event",
            "exchange_file", "exchange_origin", "exchange_conflict", "exchange_remote_audit", "exchange_peer_item");

    private static Path temp;
    private static Installation hq;
    private static Installation field;
    private static Map<String, byte[]> genuine;

    @BeforeAll
    static void prepare() throws IOException {
        temp = Files.createTempDirectory("pressdesk-fuzz-exchange");
        MutableClock clock = new MutableClock();
        hq = Installation.open(temp, "hq", true, clock);
        field = Installation.open(temp, "field", false, clock);
        Installation.pair(hq, field);
        var first = field.create("Audience au ministère", "Le Ministre a reçu ce mardi l’ambassadeur.");
        field.services.reviews().comment(field.admin, first.id(), "Préciser la date.");
        field.edit(first, "Le Ministre a reçu ce mardi 3 février 2026 l’ambassadeur.");
        field.services.reviews().submit(field.admin, first.id());
        field.create("Communiqué final", "Texte du communiqué.\n\nBIP/MAECI");
        genuine = entries(field.send(hq, temp));
    }

    @AfterAll
    static void close() {
        hq.close();
        field.close();
    }

    @FuzzTest(maxDuration = "5s")
    void aSignedFileWithAnyPayloadIsImportedWholeOrRefusedWhole(FuzzedDataProvider data) throws IOException {
        String entry = ExchangePackage.ENTRIES.get(data.consumeInt(0, ExchangePackage.ENTRIES.size() - 1));
        byte[] original = genuine.get(entry);
        int at = data.consumeInt(0, original.length);
        int cut = data.consumeInt(0, Math.min(256, original.length - at));
        byte[] spliced = splice(original, at, cut, data.consumeRemainingAsBytes());
        Path file = signed(entry, spliced);
        Map<String, Long> before = counts();

        PressDeskException refused = FuzzOutcome.refusedClearlyOrDone(() -> hq.receive(file));

        if (refused != null) {
            assertThat(counts()).as("nothing written by a refused file").isEqualTo(before);
        }
        assertThat(hq.services.auditVerifier().verify().intact()).isTrue();
    }

    private static byte[] splice(byte[] original, int at, int cut, byte[] inserted) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(original, 0, at);
        out.writeBytes(inserted);
        out.write(original, at + cut, original.length - at - cut);
        return out.toByteArray();
    }

    /** The genuine file with one entry replaced, the manifest re-hashed and signed with the sender's own key. */
    private static Path signed(String entry, byte[] bytes) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>(genuine);
        entries.put(entry, bytes);
        ObjectMapper json = ExchangeJson.mapper();
        ExchangePackage.Manifest manifest = json.readValue(genuine.get(ExchangePackage.MANIFEST),
                ExchangePackage.Manifest.class);
        List<ExchangePackage.Entry> listed = new ArrayList<>();
        for (ExchangePackage.Entry e : manifest.entries()) {
            byte[] content = entries.get(e.name());
            listed.add(new ExchangePackage.Entry(e.name(), ContentHash.sha256(content), content.length));
        }
        byte[] manifestBytes = json.writeValueAsBytes(new ExchangePackage.Manifest(manifest.format(),
                manifest.file(), manifest.sender(), manifest.senderName(), manifest.receiver(), manifest.createdAt(),
                manifest.all(), manifest.acknowledges(), manifest.counts(), listed, manifest.auditAnchor()));
        entries.put(ExchangePackage.MANIFEST, manifestBytes);
        entries.put(ExchangePackage.SIGNATURE, CmsSigner.sign(manifestBytes,
                field.services.installation().unlock(Installation.KEY_PASSWORD)));
        Path file = temp.resolve("fuzzed.pdx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    private static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                entries.put(e.getName(), z.readAllBytes());
            }
        }
        return entries;
    }

    private static Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, (long) hq.services.database().dsl().fetchCount(DSL.table(table)));
        }
        return counts;
    }

    /** The entry points of Jazzer's command line, for runs longer than the suite's (docs/benchmarks.md). */
    public static void fuzzerInitialize() throws IOException {
        prepare();
    }

    public static void fuzzerTestOneInput(FuzzedDataProvider data) throws IOException {
        new SignedFileFuzzTest().aSignedFileWithAnyPayloadIsImportedWholeOrRefusedWhole(data);
    }
}
