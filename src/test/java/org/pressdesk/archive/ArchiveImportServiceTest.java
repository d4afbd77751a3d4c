package org.pressdesk.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.domain.AuditEvent;
import org.pressdesk.domain.AuditKind;
import org.pressdesk.domain.Cancellation;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.PermissionDeniedException;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.Status;
import org.pressdesk.domain.TagKind;
import org.pressdesk.domain.TagLink;
import org.pressdesk.search.SearchQuery;
import org.pressdesk.store.ArchiveRepository;
import org.pressdesk.store.AuditRepository;
import org.pressdesk.store.ImportRepository;
import org.pressdesk.store.TagLinkRepository;
import org.pressdesk.store.TagRepository;

/** Importing on a real database: one transaction, duplicates recognised, status and unconfirmed tags as asked. */
class ArchiveImportServiceTest {
    private static final List<String> FILES = List.of("bip-maeci-2026.txt", "primature-2025-cp1252.txt",
            "sante-2025-bom.txt", "melange-encodages.txt");

    @TempDir
    Path directory;
    private ArchiveFixture fixture;
    private ArchiveImportService importer;

    @BeforeEach
    void open() {
        fixture = new ArchiveFixture(directory.resolve("data"));
        TagSuggestions countries = (title, body) -> body.contains("Pays-Bas")
                ? List.of(new SuggestedTag("Pays-Bas", TagKind.COUNTRY, "Royaume des Pays-Bas")) : List.of();
        var services = fixture.services;
        CommuniqueUnderstanding understanding = new CommuniqueUnderstanding(services.offices(), countries,
                Clock.systemUTC());
        importer = new ArchiveImportService(services.database(), new ArchiveReader(understanding,
                ArchiveReader.DEFAULT_MAX_BYTES), new ImportRepository(services.database()),
                new NewOffices(services.offices()),
                new ArchiveRepository(services.database()), new TagRepository(services.database(),
                        new TagLinkRepository(services.database())), services.audit(),
                Clock.systemUTC());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private ImportPreview preview() {
        return importer.preview(FILES.stream().map(ArchiveFixture::sample).toList());
    }

    private static List<ImportChoice> importable(ImportPreview preview) {
        return preview.items().stream().filter(PreviewItem::importable).map(ImportChoice::asRead).toList();
    }

    @Test
    void importsEveryItemArchivedWithSuggestedTagsUnconfirmedAndIndexed() {
        ImportPreview preview = preview();
        assertThat(preview.items()).hasSize(9);
        ImportResult result = importer.importChosen(fixture.admin, preview, importable(preview), Status.ARCHIVED,
                ImportProgress.NONE);
        assertThat(result.imported()).isEqualTo(9);
        assertThat(result.newOffices()).containsExactly("Service de la Communication/Ministère de la Santé");
        Communique first = fixture.services.communiques().get(result.ids().get(0));
        assertThat(first.status()).isEqualTo(Status.ARCHIVED);
        assertThat(first.officeCode()).isEqualTo("BIP/MAECI");
        assertThat(first.content().place()).isEqualTo("Bamako");
        assertThat(first.revision()).isEqualTo(1);
        List<TagLink> tags = fixture.services.communiques().tags(first.id());
        assertThat(tags).extracting(TagLink::name, TagLink::confirmed).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Pays-Bas", false));
        assertThat(fixture.services.search().search(SearchQuery.of("ambassadeur pays-bas")).hits())
                .extracting(h -> h.id()).contains(first.id());
        List<AuditEvent> audit = new AuditRepository(fixture.services.database()).latest(1);
        assertThat(audit.get(0).kind()).isEqualTo(AuditKind.ARCHIVE_IMPORTED);
        assertThat(audit.get(0).detail()).contains("imported=9", "status=ARCHIVED");
    }

    @Test
    void reimportingTheSameFilesImportsNothingTwice() {
        ImportPreview first = preview();
        importer.importChosen(fixture.admin, first, importable(first), Status.ARCHIVED, ImportProgress.NONE);
        ImportPreview again = preview();
        assertThat(again.items()).allMatch(PreviewItem::isDuplicate).noneMatch(PreviewItem::importable);
        ImportResult forced = importer.importChosen(fixture.admin, again,
                again.items().stream().map(ImportChoice::asRead).toList(), Status.ARCHIVED, ImportProgress.NONE);
        assertThat(forced.imported()).isZero();
        assertThat(forced.duplicates()).isEqualTo(9);
        assertThat(fixture.services.communiques().count("")).isEqualTo(9);
    }

    @Test
    void aTextAlreadyTypedInTheEditorIsADuplicate() {
        ImportPreview preview = preview();
        ParsedItem item = preview.items().get(0).item();
        fixture.services.communiques().create(fixture.editor, new org.pressdesk.domain.CommuniqueContent(
                item.title(), item.body().replace("’", "'"), null, fixture.ministry.id(), "", null, "fr"));
        assertThat(preview().items().get(0).duplicateOf()).isNotNull();
    }

    @Test
    void cancellingRollsEverythingBack() {
        ImportPreview preview = preview();
        Cancellation cancellation = new Cancellation();
        ImportProgress cancelAfterWriting = (done, total) -> {
            if (done > 0) {
                cancellation.cancel();
            }
        };
        assertThatThrownBy(() -> importer.importChosen(fixture.admin, preview, importable(preview), Status.ARCHIVED,
                cancelAfterWriting, cancellation)).isInstanceOf(PressDeskException.class)
                .hasMessageContaining("archive.import.cancelled");
        assertThat(fixture.services.communiques().count("")).isZero();
        assertThat(fixture.services.offices().findByCode("Service de la Communication/Ministère de la Santé"))
                .isEmpty();
        assertThat(new ArchiveRepository(fixture.services.database()).batchCount()).isZero();
        assertThat(fixture.services.search().search(SearchQuery.of("ambassadeur")).hits()).isEmpty();
    }

    @Test
    void editedFieldsAndUntickedRowsAreRespected() {
        ImportPreview preview = preview();
        PreviewItem item = preview.items().get(1);
        ImportChoice edited = new ImportChoice(item, "Lettres de créance", java.time.LocalDate.of(2026, 3, 6),
                "PRIMATURE", "Koulouba", org.pressdesk.domain.Genre.PRESS_RELEASE);
        ImportResult result = importer.importChosen(fixture.manager, preview, List.of(edited), Status.DRAFT,
                ImportProgress.NONE);
        Communique stored = fixture.services.communiques().get(result.ids().get(0));
        assertThat(stored.title()).isEqualTo("Lettres de créance");
        assertThat(stored.officeCode()).isEqualTo("PRIMATURE");
        assertThat(stored.content().place()).isEqualTo("Koulouba");
        assertThat(stored.status()).isEqualTo(Status.DRAFT);
        assertThat(result.skipped()).isEqualTo(8);
    }

    @Test
    void onlyManagersImportArchivedItemsAndOnlyAdministratorsCreateOffices() {
        ImportPreview preview = preview();
        assertThatThrownBy(() -> importer.importChosen(fixture.editor, preview, importable(preview), Status.ARCHIVED,
                ImportProgress.NONE)).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> importer.importChosen(fixture.manager, preview, importable(preview),
                Status.ARCHIVED, ImportProgress.NONE)).isInstanceOf(PermissionDeniedException.class)
                .hasMessageContaining("Ministère de la Santé");
        assertThat(fixture.services.communiques().count("")).isZero();
    }

    @Test
    void anItemWithErrorsCannotBeChosen() {
        ImportPreview preview = importer.preview(List.of(ArchiveFixture.sample("bip-maeci-2026.txt")));
        PreviewItem item = preview.items().get(0);
        ImportChoice untitled = new ImportChoice(item, " ", null, "BIP/MAECI", "", null);
        assertThatThrownBy(() -> importer.importChosen(fixture.admin, preview, List.of(untitled), Status.ARCHIVED,
                ImportProgress.NONE)).hasMessageContaining("archive.import.itemInvalid");
    }
}
