package org.pressdesk.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.bench.SyntheticArchive;
import org.pressdesk.domain.Cancellation;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.Status;

/**
 * A file of more items than a preview shows, on a real database: the preview keeps a bounded number of items and
 * the counts of all, and the import reads the file again by chunks: the shown items as chosen, the others as read,
 * everything or nothing.
 */
class ChunkedImportTest {
    private static final int ITEMS = 700;

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
}
