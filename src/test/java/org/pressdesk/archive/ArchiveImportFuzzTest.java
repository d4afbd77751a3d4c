package org.pressdesk.archive;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.pressdesk.domain.AuditKind;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.Status;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.store.ArchiveRepository;
import org.pressdesk.store.Database;
import org.pressdesk.testing.FuzzOutcome;
import org.pressdesk.testing.TableCensus;

/**
 * Any bytes given as an archive file (text or Word) go through the import both front ends call: the preview, then
 * its readable new items as read (what {@code pressdesk import} and the window's default choice do), as a manager or
 * as an administrator (the input's last byte), into real H2 through the real migrations. Either the whole file is
 * imported: every item offered is held here with its first revision and its audit entry, and the search index
 * agrees with the database; or nothing is: the refusal is a translated message and every table's rows are exactly
 * as before. The audit trail verifies after each input. One installation serves every input; the committed corpus
 * (ArchiveImportFuzzTestInputs, written by bench.FuzzCorpus) runs in every {@code mvn test}, {@code JAZZER_FUZZ=1}
 * explores further (docs/benchmarks.md, "Fuzzing").
 */
public class ArchiveImportFuzzTest {
    private static Path directory;
    private static ArchiveFixture fixture;

    @BeforeAll
    static void open() throws IOException {
        directory = Files.createTempDirectory("pressdesk-fuzz-import");
        fixture = new ArchiveFixture(directory.resolve("data"));
        // texts already here, so that inputs also meet duplicates
        ImportPreview first = importer().preview(List.of(ArchiveFixture.sample("bip-maeci-2026.txt")));
        importer().importChosen(fixture.admin, first, offered(first), Status.ARCHIVED, ImportProgress.NONE);
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @FuzzTest(maxDuration = "5s")
    void anyArchiveIsImportedWholeOrNotAtAll(FuzzedDataProvider data) throws IOException {
        UserAccount actor = data.consumeBoolean() ? fixture.admin : fixture.manager;
        Path file = Files.write(directory.resolve("archive"), data.consumeRemainingAsBytes());
        TableCensus before = TableCensus.of(database());
        ImportPreview[] preview = new ImportPreview[1];
        ImportResult[] result = new ImportResult[1];

        PressDeskException refused = FuzzOutcome.refusedClearlyOrDone(
                () -> preview[0] = importer().preview(List.of(file)));
        List<ImportChoice> offered = refused == null ? offered(preview[0]) : List.of();
        if (refused == null) {
            assertTranslated(preview[0]);
            refused = FuzzOutcome.refusedClearlyOrDone(() -> result[0] = importer().importChosen(actor, preview[0],
                    offered, Status.ARCHIVED, ImportProgress.NONE));
        }

        if (refused == null) {
            assertImportedWhole(before, preview[0], offered, result[0]);
        } else {
            assertThat(TableCensus.of(database())).as("nothing written by a refused archive (%s)",
                    refused.messageKey()).isEqualTo(before);
        }
        assertThat(fixture.services.auditVerifier().verify().intact()).as("audit verify").isTrue();
    }

    /** What the command line imports, and what the window ticks at first: the readable items not here yet. */
    private static List<ImportChoice> offered(ImportPreview preview) {
        return preview.items().stream().filter(PreviewItem::importable).map(ImportChoice::asRead).toList();
    }

    private static void assertTranslated(ImportPreview preview) {
        preview.files().forEach(f -> f.notices().forEach(n -> FuzzOutcome.assertTranslated(n.key())));
        preview.items().forEach(i -> i.item().notices().forEach(n -> FuzzOutcome.assertTranslated(n.key())));
    }

    private static void assertImportedWhole(TableCensus before, ImportPreview preview, List<ImportChoice> offered,
            ImportResult result) {
        TableCensus after = TableCensus.of(database());
        if (preview.complete()) {
            assertThat(result.imported()).as("every item offered imported").isEqualTo(offered.size());
        }
        assertThat(after.added(before, "communique")).isEqualTo(result.imported());
        assertThat(after.added(before, "revision")).isEqualTo(result.imported());
        assertThat(after.added(before, "office")).isEqualTo(result.newOffices().size());
        assertThat(after.added(before, "audit_event")).as("one entry per communiqué and office, one for the import")
                .isEqualTo(result.imported() + result.newOffices().size() + 1L);
        Map<String, Long> holders = new ArchiveRepository(database()).holders(
                offered.stream().map(choice -> choice.source().item().fingerprint()).toList());
        for (ImportChoice choice : offered) {
            ParsedItem item = choice.source().item();
            Long id = result.created().get(choice.source().index());
            assertThat(id).as("item at line %d written", item.line()).isNotNull();
            assertThat(holders).containsEntry(item.fingerprint(), id);
            Communique stored = fixture.services.communiques().get(id);
            assertThat(stored.revision()).isEqualTo(1);
            assertThat(stored.status()).isEqualTo(Status.ARCHIVED);
            assertThat(Fingerprint.of(stored.content().title(), stored.content().body()))
                    .as("the stored text is the item's").isEqualTo(item.fingerprint());
        }
        assertThat(createdEvents(result)).as("an audit entry for each communiqué").isEqualTo(result.created().size());
        assertThat(fixture.services.search().isCurrent()).as("search index agrees with the database").isTrue();
    }

    private static int createdEvents(ImportResult result) {
        return database().dsl().fetchCount(DSL.table("audit_event"), DSL.field("kind").eq(
                AuditKind.COMMUNIQUE_CREATED.name()).and(DSL.field("communique_id", Long.class).in(result.ids())));
    }

    private static ArchiveImportService importer() {
        return fixture.services.archiveImport();
    }

    private static Database database() {
        return fixture.services.database();
    }

    /** The entry points of Jazzer's command line, for runs longer than the suite's (docs/benchmarks.md). */
    public static void fuzzerInitialize() throws IOException {
        open();
    }

    public static void fuzzerTestOneInput(FuzzedDataProvider data) throws IOException {
        new ArchiveImportFuzzTest().anyArchiveIsImportedWholeOrNotAtAll(data);
    }
}
