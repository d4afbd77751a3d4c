package org.pressdesk.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pressdesk.domain.PressDeskException;

class DataDirectoryTest {
    private static final Path HOME = Path.of("/home/awa");

    @TempDir
    Path tempDir;

    @Test
    void aMissingDirectoryIsCreatedWithItsParents() throws IOException {
        Path wanted = tempDir.resolve("a/b/pressdesk");

        DataDirectory directory = DataDirectory.prepare(wanted);

        assertThat(directory.path()).isEqualTo(wanted.toAbsolutePath().normalize()).isDirectory();
        assertThat(directory.hasDatabase()).isFalse();
        assertThat(directory.databaseBase()).isEqualTo(directory.path().resolve("pressdesk"));
        try (Stream<Path> left = Files.list(directory.path())) {
            assertThat(left).as("the write probe cleans up after itself").isEmpty();
        }
    }

    @Test
    void aPathThatIsAFileIsRefusedAndTheFileIsLeftAlone() throws Exception {
        Path file = Files.writeString(tempDir.resolve("notes.txt"), "ne pas écraser");

        assertThatThrownBy(() -> DataDirectory.prepare(file))
                .isInstanceOfSatisfying(PressDeskException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("data.isFile");
                    assertThat(e.arguments()).containsExactly(file.toAbsolutePath().normalize());
                });
        assertThat(file).hasContent("ne pas écraser");
    }

    @Test
    void aDirectoryWithoutWritePermissionIsRefused() throws Exception {
        Path locked = Files.createDirectory(tempDir.resolve("locked"));
        assumeTrue(Files.getFileStore(locked).supportsFileAttributeView("posix"), "needs POSIX permissions");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(locked),
                    "this user (root?) can write in a read-only directory; see theSysDirectoryIsRefused...");
            assertThatThrownBy(() -> DataDirectory.prepare(locked))
                    .isInstanceOfSatisfying(PressDeskException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("data.notWritable"));
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /** Even root cannot create files in sysfs: the directory's write probe must catch it. */
    @Test
    void aDirectoryWhereNoFileCanBeCreatedIsRefusedEvenForRoot() {
        Path sys = Path.of("/sys");
        assumeTrue(System.getProperty("os.name").startsWith("Linux") && Files.isDirectory(sys), "Linux sysfs");

        assertThatThrownBy(() -> DataDirectory.prepare(sys))
                .isInstanceOfSatisfying(PressDeskException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("data.notWritable");
                    assertThat(e.arguments()).containsExactly(sys);
                });
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @MethodSource("defaultLocations")
    void theDefaultLocationFollowsEachSystemsConvention(String osName, Map<String, String> env, String expected) {
        assertThat(DataDirectory.defaultLocation(osName, env, HOME)).isEqualTo(Path.of(expected));
    }

    static Stream<Arguments> defaultLocations() {
        return Stream.of(
                Arguments.of("Linux", Map.of(), "/home/awa/.local/share/pressdesk"),
                Arguments.of("Linux", Map.of("XDG_DATA_HOME", "/srv/xdg"), "/srv/xdg/pressdesk"),
                Arguments.of("Linux", Map.of("XDG_DATA_HOME", " "), "/home/awa/.local/share/pressdesk"),
                Arguments.of("FreeBSD", Map.of(), "/home/awa/.local/share/pressdesk"),
                Arguments.of("Windows 11", Map.of("APPDATA", "/c/Users/awa/AppData/Roaming"),
                        "/c/Users/awa/AppData/Roaming/PressDesk"),
                Arguments.of("Windows 10", Map.of(), "/home/awa/AppData/Roaming/PressDesk"),
                Arguments.of("Windows 10", Map.of("XDG_DATA_HOME", "/srv/xdg"),
                        "/home/awa/AppData/Roaming/PressDesk"),
                Arguments.of("Mac OS X", Map.of(), "/home/awa/Library/Application Support/PressDesk"),
                Arguments.of("Mac OS X", Map.of("XDG_DATA_HOME", "/srv/xdg", "APPDATA", "/c/x"),
                        "/home/awa/Library/Application Support/PressDesk"));
    }
}
