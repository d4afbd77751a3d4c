package org.pressdesk.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.domain.Cancellation;

/** A batch export keeps its own file names unique and carries its cancel token; the front end holds neither. */
class PdfBatchTest {
    @TempDir
    Path directory;
    private PublicationFixture fixture;
    private List<Long> ids;

    @BeforeEach
    void open() {
        fixture = new PublicationFixture(directory.resolve("data"));
        ids = List.of(
                fixture.services.communiques().create(fixture.editor,
                        fixture.content("Visite à Ségou", "Premier texte.", null)).id(),
                fixture.services.communiques().create(fixture.editor,
                        fixture.content("Visite à Ségou", "Second texte.", null)).id());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void twoItemsWithTheSameTitleGetTwoNamesWithinOneBatch() {
        PdfBatch batch = fixture.services.pdfExport().batch(directory.resolve("pdf"), new Cancellation());

        ExportedPdf first = batch.export(fixture.editor, ids.get(0));
        ExportedPdf second = batch.export(fixture.editor, ids.get(1));

        assertThat(first.file().getFileName()).hasToString("2026-02-03_visite-a-segou.pdf");
        assertThat(second.file().getFileName()).hasToString("2026-02-03_visite-a-segou-2.pdf");
        assertThat(batch.isCancelled()).isFalse();
    }

    @Test
    void aCancelledListExportStartsNoFurtherItem() {
        Cancellation cancellation = new Cancellation();
        cancellation.cancel();

        List<ExportedPdf> done = fixture.services.pdfExport().export(fixture.editor, ids, directory.resolve("pdf"),
                cancellation);

        assertThat(done).isEmpty();
        assertThat(directory.resolve("pdf")).isEmptyDirectory();
    }
}
