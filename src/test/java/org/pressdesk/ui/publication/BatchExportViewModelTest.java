package org.pressdesk.ui.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.publication.PublicationFixture;

class BatchExportViewModelTest {
    @TempDir
    Path directory;
    private PublicationFixture fixture;
    private final QueuedRunner runner = new QueuedRunner();
    private BatchExportViewModel model;
    private final List<Long> ids = new ArrayList<>();

    @BeforeEach
    void open() {
        fixture = new PublicationFixture(directory.resolve("data"));
        model = new BatchExportViewModel(fixture.services.pdfExport(), fixture.editor, runner, fixture.messages);
        ids.add(fixture.approved(fixture.content("Audience du Ministre", "Texte.", null)).id());
        ids.add(fixture.services.communiques().create(fixture.editor,
                fixture.content("Audience du Ministre", "Brouillon.", null)).id());
        ids.add(fixture.services.communiques().create(fixture.editor,
                fixture.content("Visite à Ségou", "Texte.", null)).id());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void exportsEveryItemUnderNamesFromDateReferenceAndTitle() throws IOException {
        model.start(ids, directory.resolve("pdf"));
        runner.runAll();
        assertThat(model.progress().get()).isEqualTo(1.0);
        assertThat(model.running().get()).isFalse();
        assertThat(files()).containsExactlyInAnyOrder("2026-02-03_2026-001-bip-maeci_audience-du-ministre.pdf",
                "2026-02-03_audience-du-ministre.pdf", "2026-02-03_visite-a-segou.pdf");
        assertThat(model.status().get()).isEqualTo("3 PDF écrit(s) dans " + directory.resolve("pdf") + ".");
    }

    @Test
    void cancellingStopsBeforeTheNextItemAndKeepsWhatWasWritten() throws IOException {
        model.start(ids, directory.resolve("pdf"));
        runner.runNext();
        assertThat(model.status().get()).isEqualTo("Export 2 sur 3…");
        model.cancel();
        runner.runAll();
        assertThat(files()).hasSize(2);
        assertThat(model.running().get()).isFalse();
        assertThat(model.status().get()).startsWith("Export annulé\u202f: 2 PDF sur 3");
    }

    @Test
    void aLockedSigningKeyPausesTheBatchUntilUnlocked() throws IOException {
        fixture.certify();
        var published = fixture.published(fixture.content("Publié", "Texte.", null));
        var locked = new org.pressdesk.signing.CertificateService(fixture.services.database(),
                new org.pressdesk.store.CertificateRepository(fixture.services.database()), fixture.services.audit(),
                fixture.clock, new org.pressdesk.signing.CertificateService.Strength(1_000, 2048));
        var export = new org.pressdesk.publication.PdfExportService(fixture.services.communiques(),
                fixture.services.reviews(), fixture.services.offices(), new org.pressdesk.pdf.CommuniquePdfWriter(),
                new org.pressdesk.pdf.PdfContentFactory("PressDesk test"), locked, fixture.services.audit(),
                fixture.clock, new org.pressdesk.signing.ChainAnchors(fixture.services.database(),
                        fixture.services.audit(), new org.pressdesk.store.AnchorRepository(fixture.services.database()),
                        new org.pressdesk.store.AuditRepository(fixture.services.database()), locked, fixture.clock));
        model = new BatchExportViewModel(export, fixture.editor, runner, fixture.messages);
        model.start(List.of(published.id()), directory.resolve("pdf"));
        runner.runAll();
        assertThat(model.locked().get()).isNotNull();
        assertThat(model.running().get()).isTrue();
        locked.unlock(fixture.office, PublicationFixture.SIGNING_PASSWORD);
        model.resume();
        runner.runAll();
        assertThat(model.done()).singleElement().satisfies(pdf -> assertThat(pdf.signed()).isTrue());
    }

    private List<String> files() throws IOException {
        try (Stream<Path> files = Files.list(directory.resolve("pdf"))) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
