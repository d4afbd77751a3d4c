package org.pressdesk.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.testing.TestOffice;

class OwnerOnlyFilesTest {
    @TempDir
    Path tempDir;

    @BeforeEach
    void posixOnly() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    }

    @Test
    void aNewDataFolderAndEveryFileTheProgramWritesThereAreTheOwnersOnly() throws IOException {
        Path data = tempDir.resolve("nouveau").resolve("data");
        try (TestOffice office = TestOffice.open(tempDir.resolve("nouveau"))) {
            assertThat(Files.getPosixFilePermissions(data)).isEqualTo(OwnerOnlyFiles.FOLDER);
            assertThat(Files.getPosixFilePermissions(data.getParent())).isEqualTo(OwnerOnlyFiles.FOLDER);
            assertThat(Files.exists(data.resolve("pressdesk.lock.db"))).isTrue();
            for (Path path : everythingUnder(data)) {
                assertThat(OwnerOnlyFiles.isOwnerOnly(path)).as(path.toString()).isTrue();
            }
        }
    }

    @Test
    void aFolderLeftReadableByAnOlderVersionIsTightenedAtStart() throws IOException {
        Path data = Files.createDirectories(tempDir.resolve("ancien"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
        Path index = Files.createDirectories(data.resolve("index"));
        Path segment = Files.writeString(index.resolve("segments_1"), "x");
        Path preferences = Files.writeString(data.resolve("preferences.properties"), "language=fr\n");
        Path notOurs = Files.writeString(data.resolve("notes.txt"), "x");
        for (Path path : List.of(data, index)) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        for (Path path : List.of(segment, preferences, notOurs)) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-r--r--"));
        }

        DataDirectory.prepare(data);

        assertThat(Files.getPosixFilePermissions(data)).isEqualTo(OwnerOnlyFiles.FOLDER);
        assertThat(Files.getPosixFilePermissions(index)).isEqualTo(OwnerOnlyFiles.FOLDER);
        assertThat(Files.getPosixFilePermissions(segment)).isEqualTo(OwnerOnlyFiles.FILE);
        assertThat(Files.getPosixFilePermissions(preferences)).isEqualTo(OwnerOnlyFiles.FILE);
        assertThat(Files.getPosixFilePermissions(notOurs)).as("someone else's file, behind a closed folder")
                .isEqualTo(PosixFilePermissions.fromString("rw-r--r--"));
    }

    @Test
    void aCreatedFileIsReadableAndWritableByItsOwnerOnly() throws IOException {
        Path file = OwnerOnlyFiles.createFile(tempDir.resolve("cle"));

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(OwnerOnlyFiles.FILE);
    }

    private static List<Path> everythingUnder(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.toList();
        }
    }
}
