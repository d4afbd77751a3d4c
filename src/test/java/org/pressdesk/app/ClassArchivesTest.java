package org.pressdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The folder of the window's class archives: where, trusted when, named how, cleaned how (decision 0069). */
@EnabledOnOs({OS.LINUX, OS.MAC})
class ClassArchivesTest {
    @TempDir
    Path work;

    @Test
    void theArchivesLiveInTheUsersCacheFolder() {
        Path home = Path.of("/home/awa");
        assertThat(ClassArchives.defaultFolder("Linux", Map.of(), home))
                .isEqualTo(home.resolve(".cache/pressdesk/class-archives"));
        assertThat(ClassArchives.defaultFolder("Linux", Map.of("XDG_CACHE_HOME", "/var/cache/awa"), home))
                .isEqualTo(Path.of("/var/cache/awa/pressdesk/class-archives"));
        assertThat(ClassArchives.defaultFolder("Linux", Map.of("XDG_CACHE_HOME", "cache"), home))
                .as("a relative one is ignored").isEqualTo(home.resolve(".cache/pressdesk/class-archives"));
        assertThat(ClassArchives.defaultFolder("Mac OS X", Map.of(), home))
                .isEqualTo(home.resolve("Library/Caches/PressDesk/class-archives"));
        assertThat(ClassArchives.defaultFolder("Windows 11", Map.of("LOCALAPPDATA", "/c/awa/AppData/Local"), home))
                .isEqualTo(Path.of("/c/awa/AppData/Local/PressDesk/class-archives"));
    }

    @Test
    void theKeyFollowsTheJarsTheJdkAndItsSizingOptions() throws Exception {
        Files.createDirectories(work.resolve("lib"));
        Path library = Files.write(work.resolve("lib/a.jar"), new byte[] {1, 2, 3});
        Path jar = work.resolve("p.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, "lib/a.jar lib/missing.jar");
        new JarOutputStream(Files.newOutputStream(jar), manifest).close();
        Path jdk = work.resolve("jdk");

        String key = ClassArchives.key(jar, jdk, "17.0.15", List.of("-Dx=1"));
        assertThat(ClassArchives.classPath(jar)).containsExactly(jar, library, work.resolve("lib/missing.jar"));
        assertThat(ClassArchives.key(jar, jdk, "17.0.15", List.of("-Dx=2", "-Xlog:gc", "-Xss2m"))).as("a property")
                .isEqualTo(key);
        assertThat(ClassArchives.key(jar, jdk, "17.0.16", List.of())).isNotEqualTo(key);
        assertThat(ClassArchives.key(jar, jdk, "17.0.15", List.of("-Xmx40g"))).isNotEqualTo(key);
        Files.createDirectories(jdk.resolve("lib/server"));
        Files.write(jdk.resolve("lib/server/classes.jsa"), new byte[] {1});
        assertThat(ClassArchives.key(jar, jdk, "17.0.15", List.of())).as("a new base archive").isNotEqualTo(key);
        String withBase = ClassArchives.key(jar, jdk, "17.0.15", List.of());
        Files.setLastModifiedTime(library, FileTime.from(Instant.now().plusSeconds(60)));
        assertThat(ClassArchives.key(jar, jdk, "17.0.15", List.of())).as("a library replaced").isNotEqualTo(withBase);
    }

    @Test
    void theTwoArchivesUsedLastAreKeptAndLeftOversOfGoneJvmsDeleted() throws Exception {
        ClassArchives archives = ClassArchives.trusted(work.resolve("archives")).orElseThrow();
        Path oldest = archive(archives, "1111111111111111", 300);
        Path older = archive(archives, "2222222222222222", 200);
        Path recent = archive(archives, "3333333333333333", 100);
        Path gone = Files.write(archives.folder().resolve("window-4444444444444444.jsa.2147483646.part"),
                new byte[] {1});
        Path running = Files.write(archives.writing("5555555555555555", ProcessHandle.current().pid()),
                new byte[] {1});

        archives.used("1111111111111111"); // the oldest build was started again
        archives.forgetOthers();

        assertThat(oldest).exists();
        assertThat(recent).exists();
        assertThat(Files.exists(older)).isFalse();
        assertThat(Files.exists(gone)).as("written for a first JVM that is gone").isFalse();
        assertThat(running).as("a first JVM that still waits for it").exists();
    }

    @Test
    void aJdkThatWroteNoArchiveIsNotedAndATemporaryArchiveOfAFailedRunDeleted() throws Exception {
        ClassArchives archives = ClassArchives.trusted(work.resolve("archives")).orElseThrow();
        archives.kept("aaaaaaaaaaaaaaaa", archives.writing("aaaaaaaaaaaaaaaa", 1), 0);
        assertThat(archives.unable("aaaaaaaaaaaaaaaa")).isTrue();
        assertThat(archives.has("aaaaaaaaaaaaaaaa")).isFalse();

        Path failed = Files.write(archives.writing("bbbbbbbbbbbbbbbb", 1), new byte[] {1});
        archives.kept("bbbbbbbbbbbbbbbb", failed, 1);
        assertThat(Files.exists(failed)).isFalse();
        assertThat(archives.has("bbbbbbbbbbbbbbbb")).isFalse();

        Path written = Files.write(archives.writing("cccccccccccccccc", 1), new byte[] {1});
        archives.kept("cccccccccccccccc", written, 0);
        assertThat(archives.has("cccccccccccccccc")).isTrue();
        assertThat(Files.exists(written)).isFalse();
    }

    @Test
    void theFolderIsTrustedOnlyWhenNoOtherAccountMayChangeIt() throws Exception {
        Path made = work.resolve("a/b/archives");
        assertThat(ClassArchives.trusted(made)).isPresent();
        assertThat(Files.getPosixFilePermissions(made)).isEqualTo(PosixFilePermissions.fromString("rwx------"));

        Files.setPosixFilePermissions(made, PosixFilePermissions.fromString("rwx---r-x"));
        assertThat(ClassArchives.trusted(made)).as("others may enter").isEmpty();
        Files.setPosixFilePermissions(made, PosixFilePermissions.fromString("rwx------"));
        Files.setPosixFilePermissions(work.resolve("a"), PosixFilePermissions.fromString("rwxrwxrwx"));
        assertThat(ClassArchives.trusted(made)).as("others may replace a folder above").isEmpty();
        Files.setPosixFilePermissions(work.resolve("a"), PosixFilePermissions.fromString("rwx------"));

        assertThat(ClassArchives.trusted(Path.of("relative/archives"))).as("not where the program runs").isEmpty();
        Path link = Files.createSymbolicLink(work.resolve("link"), work.resolve("a"));
        assertThat(ClassArchives.trusted(link.resolve("b/archives"))).map(ClassArchives::folder)
                .contains(made.toRealPath());
    }

    /** An archive as the JVM leaves it: read-only, for all. */
    private static Path archive(ClassArchives archives, String key, long ageSeconds) throws IOException {
        Path file = Files.write(archives.archive(key), new byte[] {1});
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(ageSeconds)));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        return file;
    }
}
