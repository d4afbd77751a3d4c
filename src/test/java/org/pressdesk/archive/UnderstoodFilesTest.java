package org.pressdesk.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pressdesk.domain.Office;

/** The preview's items are kept for the import only whole, within the budget, for the same bytes and offices. */
class UnderstoodFilesTest {
    private static final Office MINISTRY = new Office(1, UUID.randomUUID(), "BIP/MAECI", "Bureau de l’Information",
            Office.Letterhead.empty(), ZoneId.of("Africa/Bamako"), 1);
    private static final OfficeDirectory OFFICES = new OfficeDirectory(List.of(MINISTRY), MINISTRY);
    private static final ArchiveFile FILE = new ArchiveFile(Path.of("a.txt"), "UTF-8", List.of(), 2, "sha-a");

    private static ParsedItem item(String title) {
        Understanding understood = new Understanding(null, "", "", OfficeMatch.known(MINISTRY), null, List.of(),
                List.of());
        return new ParsedItem("a.txt", 1, title, "Un texte.", understood, List.of(), "fp-" + title);
    }

    /** A file of two chunks of one item each, read whole. */
    private static UnderstoodFiles twoChunksWithin(long budget) {
        UnderstoodFiles files = new UnderstoodFiles(OFFICES, budget);
        files.keep(FILE, List.of(item("Un")));
        files.keep(FILE, List.of(item("Deux")));
        files.read(FILE);
        return files;
    }

    @Test
    void aWholeFileReadWithTheSameBytesAndOfficesIsGivenBackInChunks() {
        UnderstoodFiles files = twoChunksWithin(1_000_000);

        assertThat(files.chunks(FILE.path(), "sha-a", new OfficeDirectory(List.of(MINISTRY), MINISTRY)))
                .hasValueSatisfying(chunks -> assertThat(chunks).hasSize(2));
    }

    @Test
    void otherBytesOtherOfficesOrAFileNotFinishedAreReadAgain() {
        UnderstoodFiles files = new UnderstoodFiles(OFFICES, 1_000_000);
        files.keep(FILE, List.of(item("Un")));
        assertThat(files.chunks(FILE.path(), "sha-a", OFFICES)).isEmpty();
        files.read(FILE);

        assertThat(files.chunks(FILE.path(), "sha-b", OFFICES)).isEmpty();
        Office renamed = new Office(1, MINISTRY.uuid(), "BIP", MINISTRY.name(), MINISTRY.letterhead(),
                MINISTRY.timeZone(), 2);
        assertThat(files.chunks(FILE.path(), "sha-a", new OfficeDirectory(List.of(renamed), renamed))).isEmpty();
        assertThat(files.chunks(Path.of("b.txt"), "sha-a", OFFICES)).isEmpty();
        assertThat(UnderstoodFiles.none().chunks(FILE.path(), "sha-a", OFFICES)).isEmpty();
    }

    @Test
    void aFilePastTheBudgetOrListedTwiceIsLetGoWhole() {
        UnderstoodFiles small = twoChunksWithin(1_000);
        assertThat(small.chunks(FILE.path(), "sha-a", OFFICES)).isEmpty();

        UnderstoodFiles twice = new UnderstoodFiles(OFFICES, 1_000_000);
        twice.keep(FILE, List.of(item("Un")));
        twice.read(FILE);
        twice.keep(FILE, List.of(item("Un")));
        twice.read(FILE);
        assertThat(twice.chunks(FILE.path(), "sha-a", OFFICES)).isEmpty();
    }
}
