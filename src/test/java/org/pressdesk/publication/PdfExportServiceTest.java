package org.pressdesk.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.domain.AuditEvent;
import org.pressdesk.domain.AuditKind;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.Genre;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.store.AuditRepository;
import org.pressdesk.testing.TestOffice;

/** What exporting does to the disk and to the audit trail; the page layout is the writer's business. */
class PdfExportServiceTest {
    private static final String TITLE = "Audience accordée à l’Ambassadeur du Japon";
    private static final String FILE_NAME = "2026-02-03_audience-accordee-a-l-ambassadeur-du-japon.pdf";

    @TempDir
    Path tempDir;

    private TestOffice office;
    private PdfExportService export;
    private Communique communique;

    @BeforeEach
    void open() {
        office = TestOffice.open(tempDir);
        export = office.services().pdfExport();
        communique = office.services().communiques().create(office.admin(), office.content(TITLE, "Texte."));
    }

    @AfterEach
    void close() {
        office.close();
    }

    @Test
    void exportWritesADatedPdfNamedAfterTheTitleAndAuditsIt() throws IOException {
        Path folder = tempDir.resolve("exports/2026-02");

        ExportedPdf exported = export.export(office.admin(), communique.id(), folder);

        Path expected = folder.resolve(FILE_NAME);
        assertThat(exported.file()).isEqualTo(expected.toAbsolutePath());
        assertThat(exported.communiqueId()).isEqualTo(communique.id());
        assertThat(filesIn(folder)).containsExactly(FILE_NAME);
        try (PDDocument document = Loader.loadPDF(expected.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(exported.result().pageCount()).isPositive();
        }
        AuditEvent event = new AuditRepository(office.services().database()).latest(1).get(0);
        assertThat(event.kind()).isEqualTo(AuditKind.EXPORTED);
        assertThat(event.communiqueId()).isEqualTo(communique.id());
        assertThat(event.actorId()).isEqualTo(office.admin().id());
        assertThat(event.detail()).isEqualTo("revision=1 file=" + FILE_NAME);
        assertThat(export.suggestedFileName(communique.id())).isEqualTo(FILE_NAME);
    }

    @Test
    void withoutAnEventDateTheNameCarriesTheDayTheCommuniqueWasCreated() {
        office.clock().advance(Duration.ofDays(10));
        CommuniqueContent undated = new CommuniqueContent("Sans date", "…", Genre.STATEMENT, office.office().id(),
                "", null, "fr");
        Communique created = office.services().communiques().create(office.admin(), undated);

        ExportedPdf exported = export.export(office.admin(), created.id(), tempDir.resolve("out"));

        assertThat(exported.file().getFileName()).hasToString(LocalDate.of(2026, 2, 13) + "_sans-date.pdf");
    }

    @Test
    void severalCommuniquesWithTheSameTitleGetDistinctFiles() {
        Communique second = office.services().communiques().create(office.admin(), office.content(TITLE, "Bis."));
        Communique third = office.services().communiques().create(office.admin(), office.content(TITLE, "Ter."));
        Path folder = tempDir.resolve("all");
        int events = office.auditEvents();

        List<ExportedPdf> exported = export.export(office.admin(),
                List.of(communique.id(), second.id(), third.id()), folder);

        String stem = FILE_NAME.substring(0, FILE_NAME.length() - 4);
        assertThat(exported).extracting(pdf -> pdf.file().getFileName().toString())
                .containsExactly(FILE_NAME, stem + "-2.pdf", stem + "-3.pdf");
        assertThat(filesIn(folder)).containsExactlyInAnyOrder(FILE_NAME, stem + "-2.pdf", stem + "-3.pdf");
        assertThat(office.auditEvents()).isEqualTo(events + 3);
    }

    @Test
    void exportingOntoARegularFileIsRefusedAndChangesNothing() throws IOException {
        Path file = Files.writeString(tempDir.resolve("rapport.pdf"), "pas un dossier");
        int events = office.auditEvents();

        assertThatThrownBy(() -> export.export(office.admin(), communique.id(), file))
                .isInstanceOfSatisfying(PressDeskException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("export.notDirectory");
                    assertThat(e.arguments()).containsExactly(file.toAbsolutePath());
                });

        assertThat(file).hasContent("pas un dossier");
        assertThat(filesIn(tempDir)).containsExactlyInAnyOrder("data", "rapport.pdf");
        assertThat(office.auditEvents()).isEqualTo(events);
    }

    @Test
    void exportingIntoAFolderWithoutWritePermissionIsRefused() throws IOException {
        Path folder = Files.createDirectory(tempDir.resolve("locked"));
        assumeTrue(Files.getFileStore(folder).supportsFileAttributeView("posix"), "needs POSIX permissions");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(folder), "this user (root?) writes in read-only folders; see the sysfs test");
            assertRefusedAsUnwritable(folder);
            assertThat(filesIn(folder)).isEmpty();
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /** Nobody, root included, creates files in sysfs: the refusal comes from the temporary file's creation. */
    @Test
    void exportingIntoAFolderWhereNoFileCanBeCreatedIsRefusedEvenForRoot() {
        Path sys = Path.of("/sys");
        assumeTrue(System.getProperty("os.name").startsWith("Linux") && Files.isDirectory(sys), "Linux sysfs");

        assertRefusedAsUnwritable(sys);
    }

    @Test
    void aFailureAfterTheTemporaryFileWasWrittenLeavesNoPartFileBehind() throws IOException {
        Path folder = Files.createDirectories(tempDir.resolve("out"));
        Path inTheWay = Files.createDirectories(folder.resolve(FILE_NAME));
        Files.writeString(inTheWay.resolve("keep.txt"), "garder");
        int events = office.auditEvents();

        assertThatThrownBy(() -> export.export(office.admin(), communique.id(), folder))
                .isInstanceOfSatisfying(PressDeskException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("export.failed"));

        assertThat(filesIn(folder)).containsExactly(FILE_NAME);
        assertThat(inTheWay.resolve("keep.txt")).hasContent("garder");
        assertThat(office.auditEvents()).isEqualTo(events);
    }

    private void assertRefusedAsUnwritable(Path folder) {
        int events = office.auditEvents();

        assertThatThrownBy(() -> export.export(office.admin(), communique.id(), folder))
                .isInstanceOfSatisfying(PressDeskException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("export.cannotWrite");
                    assertThat(e.arguments()).containsExactly(folder.toAbsolutePath());
                });
        assertThat(office.auditEvents()).isEqualTo(events);
    }

    /** The names in a folder, hidden temporary files included. */
    private static List<String> filesIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
