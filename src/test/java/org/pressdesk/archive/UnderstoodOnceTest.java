package org.pressdesk.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.bench.SyntheticArchive;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.Status;
import org.pressdesk.domain.TagUsage;

/**
 * An import takes the items its preview understood instead of understanding the files again: on two real
 * databases, the same files imported from the preview's items and read again give the same communiqués, the same
 * tags and an intact audit trail.
 */
class UnderstoodOnceTest {
    @TempDir
    Path directory;

    @Test
    void importFromThePreviewsItemsWritesWhatReadingAgainWrites() throws Exception {
        List<Path> files = SyntheticArchive.write(directory.resolve("archives"), 300, 2, 5);
        Imported kept = importInto(directory.resolve("kept"), files, true);
        Imported readAgain = importInto(directory.resolve("again"), files, false);

        assertThat(kept.communiques()).hasSize(readAgain.communiques().size()).isNotEmpty();
        assertThat(kept.communiques()).isEqualTo(readAgain.communiques());
        assertThat(kept.tags()).isEqualTo(readAgain.tags());
    }

    private record Imported(List<String> communiques, List<String> tags) {
    }

    private static Imported importInto(Path data, List<Path> files, boolean keepUnderstood) {
        try (ArchiveFixture fixture = new ArchiveFixture(data)) {
            ArchiveImportService importer = fixture.services.archiveImport().showing(30, 10);
            ImportPreview preview = importer.preview(files);
            if (!keepUnderstood) {
                preview = new ImportPreview(preview.files(), preview.items(), preview.found(), preview.duplicates(),
                        preview.withErrors());
            }
            List<ImportChoice> chosen = preview.items().stream().filter(PreviewItem::importable)
                    .map(ImportChoice::asRead).toList();
            importer.importChosen(fixture.manager, preview, chosen, Status.ARCHIVED, ImportProgress.NONE);
            assertThat(fixture.services.auditVerifier().verify().intact()).isTrue();
            List<String> communiques = fixture.services.communiques().ids().stream().sorted()
                    .map(id -> describe(fixture.services.communiques().get(id))).toList();
            List<String> tags = fixture.services.tags().usage().stream().map(UnderstoodOnceTest::describe).sorted()
                    .toList();
            return new Imported(communiques, tags);
        }
    }

    private static String describe(Communique communique) {
        var c = communique.content();
        return String.join("|", c.title(), c.body(), c.genre().name(), String.valueOf(c.officeId()), c.place(),
                String.valueOf(c.eventDate()), communique.status().name());
    }

    private static String describe(TagUsage usage) {
        return usage.tag().kind() + ":" + usage.tag().label() + "=" + usage.communiques();
    }
}
