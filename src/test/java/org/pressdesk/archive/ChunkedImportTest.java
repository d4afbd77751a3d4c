package org.pressdesk.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.bench.SyntheticArchive;
import org.pressdesk.domain.Cancellation;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.Status;
import org.pressdesk.search.SearchQuery;
import org.pressdesk.testing.TableCensus;

/**
 * A file of more items than a preview shows, on a real database: the preview keeps a bounded number of items and
 * the counts of all, and the import reads the file again by chunks: the shown items as chosen, the others as read,
 * everything or nothing. An import that fails in its last chunk, after the chunks before it wrote their communiqués,
 * revisions, tags and audit entries inside its transaction, leaves every table's rows as they were, the search index
 * in step and the audit trail intact.
 */
class ChunkedImportTest {
    private static final int ITEMS = 700;
    /** An item signed by an office not known here, which only an administrator may create. */
    private static final String NEW_OFFICE_ITEM = """
            Campagne de vaccination contre la rougeole

            La campagne nationale de vaccination contre la rougeole débutera le 14 mai 2025 dans toutes les \
            régions sanitaires. Les parents sont invités à faire vacciner leurs enfants.

            Service de la Communication
            Ministère de la Santé
            """;


    @TempDir
    Path directory;
    private ArchiveFixture fixture;
    private ArchiveImportService importer;
    private Path file;

    @BeforeEach
    void open() throws Exception {
        fixture = new ArchiveFixture(directory.resolve("data"));
        importer = fixture.services.archiveImport().showing(40, 10);
        file = SyntheticArchive.write(directory.resolve("archives"), ITEMS, 1, 3).get(0);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private int communiques() {
        return fixture.services.communiques().ids().size();
    }

    @Test
    void previewKeepsABoundedNumberOfItemsAndCountsThemAll() {
        ImportPreview preview = importer.preview(List.of(file));
        assertThat(preview.found()).isEqualTo(ITEMS);
        assertThat(preview.items()).hasSizeBetween(40, 50);
        assertThat(preview.files()).singleElement().extracting(ArchiveFile::itemCount).isEqualTo(ITEMS);
        assertThat(preview.complete()).isFalse();
        assertThat(preview.notShown()).isEqualTo(ITEMS - preview.items().size());
    }

    @Test
    void importWritesShownItemsAsChosenAndTheOthersAsRead() {
        ImportPreview preview = importer.preview(List.of(file));
        List<ImportChoice> chosen = new ArrayList<>(preview.items().stream().filter(PreviewItem::importable)
                .map(ImportChoice::asRead).toList());
        ImportChoice left = chosen.remove(0);
        ImportChoice edited = chosen.remove(0);
        chosen.add(new ImportChoice(edited.source(), "Titre corrigé dans l’aperçu", edited.eventDate(),
                edited.officeCode(), edited.place(), edited.genre()));
        long importable = preview.found() - preview.duplicates() - preview.withErrors();

        ImportResult result = importer.importChosen(fixture.manager, preview, chosen, Status.ARCHIVED,
                ImportProgress.NONE);

        assertThat(result.imported()).isEqualTo(importable - 1).isEqualTo(communiques());
        assertThat(result.created()).doesNotContainKey(left.source().index());
        long id = result.created().get(edited.source().index());
        assertThat(fixture.services.communiques().get(id).content().title()).isEqualTo("Titre corrigé dans l’aperçu");
        ImportPreview again = importer.preview(List.of(file));
        assertThat(again.duplicates()).isEqualTo(importable - 1);
    }

    @Test
    void cancelAfterSeveralChunksLeavesNothingWritten() {
        ImportPreview preview = importer.preview(List.of(file));
        Cancellation cancellation = new Cancellation();
        ImportProgress cancelLate = (done, total) -> {
            if (done >= ArchiveReader.CHUNK) {
                cancellation.cancel();
            }
        };
        assertThatThrownBy(() -> importer.importChosen(fixture.manager, preview, List.of(), Status.ARCHIVED,
                cancelLate, cancellation)).isInstanceOf(PressDeskException.class).hasMessageContaining("cancelled");
        assertThat(communiques()).isZero();
    }

    @Test
    void aFileChangedSincePreviewStopsTheImportWithNothingWritten() throws Exception {
        ImportPreview preview = importer.preview(List.of(file));
        Files.writeString(file, "\n\nUn titre de plus\n\nUn texte de plus, ajouté après l’aperçu.\n",
                StandardOpenOption.APPEND);
        assertThatThrownBy(() -> importer.importChosen(fixture.manager, preview, List.of(), Status.ARCHIVED,
                ImportProgress.NONE)).isInstanceOfSatisfying(PressDeskException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("archive.import.fileChanged"));
        assertThat(communiques()).isZero();
    }

    @Test
    void aFailureAfterTheLastChunkWasWrittenLeavesEveryTableAsItWas() {
        ImportPreview preview = importer.preview(List.of(file));
        TableCensus before = TableCensus.of(fixture.services.database());
        AtomicLong writtenBeforeFailure = new AtomicLong();
        ImportProgress failingLast = (done, total) -> {
            if (done == total) {
                // inside the import's transaction: what the chunks wrote so far is visible here
                writtenBeforeFailure.set(fixture.services.communiques().count(""));
                throw new IllegalStateException("failure injected after the last chunk");
            }
        };

        assertThatThrownBy(() -> importer.importChosen(fixture.admin, preview, offered(preview), Status.ARCHIVED,
                failingLast)).isInstanceOf(IllegalStateException.class);

        long importable = preview.found() - preview.duplicates() - preview.withErrors();
        assertThat(writtenBeforeFailure.get()).as("rows written before the failure").isEqualTo(importable);
        assertLeftAsItWas(before);
        ImportResult again = importer.importChosen(fixture.admin, preview, offered(preview), Status.ARCHIVED,
                ImportProgress.NONE);
        assertThat((long) again.imported()).isEqualTo(importable)
                .isEqualTo(fixture.services.communiques().count(""));
        assertThat(fixture.services.search().isCurrent()).isTrue();
    }

    @Test
    void aRefusalInTheLastChunkLeavesEveryTableAsItWas() throws Exception {
        Files.writeString(file, "\n" + NEW_OFFICE_ITEM, StandardOpenOption.APPEND);
        // items with notices not shown either: the unknown office is met only in the last chunk
        ArchiveImportService importer = this.importer.showing(40, 0);
        ImportPreview preview = importer.preview(List.of(file));
        assertThat(preview.found()).isEqualTo(ITEMS + 1);
        TableCensus before = TableCensus.of(fixture.services.database());
        AtomicLong considered = new AtomicLong();

        assertThatThrownBy(() -> importer.importChosen(fixture.manager, preview, offered(preview), Status.ARCHIVED,
                (done, total) -> considered.set(done))).isInstanceOfSatisfying(PressDeskException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("archive.import.newOfficeNeedsAdministrator"));

        assertThat(considered.get()).as("the first chunk was written before the refusal")
                .isEqualTo(ArchiveReader.CHUNK);
        assertLeftAsItWas(before);
    }

    private void assertLeftAsItWas(TableCensus before) {
        assertThat(TableCensus.of(fixture.services.database())).as("every table as before").isEqualTo(before);
        assertThat(fixture.services.search().isCurrent()).as("search index in step").isTrue();
        assertThat(fixture.services.search().search(SearchQuery.of("audience")).hits())
                .isEmpty();
        assertThat(fixture.services.auditVerifier().verify().intact()).isTrue();
    }

    private static List<ImportChoice> offered(ImportPreview preview) {
        return preview.items().stream().filter(PreviewItem::importable).map(ImportChoice::asRead).toList();
    }
}
