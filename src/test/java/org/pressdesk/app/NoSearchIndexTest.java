package org.pressdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.Genre;
import org.pressdesk.testing.TestOffice;

/**
 * The load benchmark's simulated desktops without a search index: the commits such a program makes are not indexed,
 * while a program that keeps its index (the default) opens it at its first commit.
 */
class NoSearchIndexTest {
    @TempDir
    Path tempDir;

    @Test
    void aProgramThatKeepsNoIndexWritesNoneAtItsCommits() {
        try (TestOffice office = TestOffice.open(tempDir.resolve("sans"))) {
            AppServices desk = office.services();
            Path index = desk.dataDirectory().resolve("index");
            desk.keepNoSearchIndex();
            desk.communiques().create(office.admin(), content(office));
            assertThat(index).as("no index opened by the commit").doesNotExist();
        }
        try (TestOffice office = TestOffice.open(tempDir.resolve("avec"))) {
            AppServices desk = office.services();
            desk.communiques().create(office.admin(), content(office));
            desk.search().awaitIndexed();
            assertThat(desk.dataDirectory().resolve("index")).as("the default: indexed at the first commit")
                    .isDirectoryContaining(file -> Files.isRegularFile(file));
        }
    }

    private static CommuniqueContent content(TestOffice office) {
        return new CommuniqueContent("Audience du ministre", "Texte.", Genre.PRESS_RELEASE, office.office().id(),
                "Bamako", LocalDate.of(2026, 2, 3), "fr");
    }
}
