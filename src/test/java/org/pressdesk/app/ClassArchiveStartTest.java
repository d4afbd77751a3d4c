package org.pressdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar} starts the window in a second JVM with a class archive of its build (issue 14, decision 0069).
 * The cases start a small jar ({@link ClassArchiveProbe} with the classes it needs, a library jar beside it named by
 * its manifest's {@code Class-Path}, as pressdesk.jar names target/lib) with {@code java -jar}, as a person does.
 */
class ClassArchiveStartTest {
    private static final Duration BOUND = Duration.ofSeconds(60);

    @TempDir
    Path work;
    private Path jar;
    private Path library;
    private Path archives;

    @BeforeEach
    void buildTheJar() throws IOException {
        Path classes = Path.of("target/classes");
        Path testClasses = Path.of("target/test-classes");
        library = work.resolve("app/lib/slf4j-api.jar");
        Files.createDirectories(library.getParent());
        Files.copy(Stream.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .map(Path::of).filter(p -> p.getFileName().toString().startsWith("slf4j-api")).findFirst()
                .orElseThrow(), library);
        jar = work.resolve("app/probe.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, ClassArchiveProbe.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, "lib/slf4j-api.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            add(out, classes, "org/pressdesk/app", "ClassArchiveStart");
            add(out, classes, "org/pressdesk/local", "OwnerOnlyFiles");
            add(out, testClasses, "org/pressdesk/app", "ClassArchiveProbe");
        }
        archives = work.resolve("cache/class-archives");
    }

    @Test
    void theFirstStartMakesTheArchiveAndTheNextStartsFromIt() throws Exception {
        Run first = run(List.of(), "deux mots", "0");
        assertThat(first.code()).isZero();
        assertThat(first.output()).contains("probe runs second=true").contains("args=deux mots|0")
                .contains("probe first exits 0")
                .doesNotContain("[cds"); // an archive written says nothing on the terminal
        assertThat(archiveFiles()).hasSize(1).allMatch(name -> name.matches("window-[0-9a-f]{16}\\.jsa"));

        Run second = run(List.of("-Xlog:class+load=info"), "x", "5");
        assertThat(second.code()).as("the second JVM's exit code is the program's").isEqualTo(5);
        assertThat(second.output()).contains("probe runs second=true")
                .contains(ClassArchiveProbe.class.getName() + " source: shared objects file");
        assertThat(archiveFiles()).hasSize(1);
    }

    @Test
    void aNewBuildMakesItsOwnArchiveAndTheOldOneIsDeleted() throws Exception {
        assertThat(run(List.of(), "a", "0").code()).isZero();
        List<String> before = archiveFiles();
        Files.setLastModifiedTime(library, FileTime.from(Instant.now().plusSeconds(60))); // a library replaced

        Run rebuilt = run(List.of("-Xlog:class+load=info"), "b", "0");
        assertThat(rebuilt.output()).as("the old archive no longer fits: the classes come from the jar")
                .contains(ClassArchiveProbe.class.getName() + " source: file:");
        assertThat(archiveFiles()).hasSize(1).doesNotContainAnyElementsOf(before);
        assertThat(run(List.of("-Xlog:class+load=info"), "c", "0").output())
                .contains(ClassArchiveProbe.class.getName() + " source: shared objects file");
    }

    @Test
    void aProgramThatEndsBadlyLeavesNoArchiveBehind() throws Exception {
        Run failed = run(List.of(), "a", "2");
        assertThat(failed.code()).isEqualTo(2);
        assertThat(failed.output()).contains("probe runs second=true");
        assertThat(archiveFiles()).isEmpty();
        try (Stream<Path> files = Files.list(archives)) {
            assertThat(files).as("nor a temporary one").isEmpty();
        }
    }

    @Test
    void theSwitchOrAnArchiveChosenOnTheCommandLineStartsInThisJvm() throws Exception {
        for (List<String> options : List.of(List.of("-Dpressdesk.classArchive=false"), List.of("-Xshare:auto"),
                List.of("-XX:-UseSharedSpaces"))) {
            Run run = run(options, "a", "0");
            assertThat(run.output()).as("%s", options).contains("probe runs second=false")
                    .doesNotContain("probe first exits");
        }
        assertThat(archiveFiles()).isEmpty();
    }

    @Test
    void aFolderOthersMayEnterIsNotUsed() throws Exception {
        Files.createDirectories(archives);
        Files.setPosixFilePermissions(archives, PosixFilePermissions.fromString("rwxr-xr-x"));

        assertThat(run(List.of(), "a", "0").output()).contains("probe runs second=false");
        assertThat(archiveFiles()).isEmpty();
    }

    @Test
    void aFolderItMakesIsTheOwnersOnly() throws Exception {
        assertThat(run(List.of(), "a", "0").code()).isZero();
        assertThat(Files.getPosixFilePermissions(archives)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
    }

    @Test
    void theSecondJvmQuitsWhenTheFirstIsKilled() throws Exception {
        Process first = start(List.of(), "wait", "0");
        String started = output().await("probe runs second=true");
        long pid = Long.parseLong(started.replaceAll(".* pid=(\\d+) .*", "$1"));
        ProcessHandle second = ProcessHandle.of(pid).orElseThrow();

        first.destroyForcibly(); // kill -9
        assertThat(second.onExit().completeOnTimeout(null, 20, TimeUnit.SECONDS).get())
                .as("the second JVM quit, as a closed window does").isNotNull();
        assertThat(output().read()).contains("probe quits");
    }

    @Test
    void theSecondJvmStopsWithTheFirst() throws Exception {
        Process first = start(List.of(), "wait", "0");
        String started = output().await("probe runs second=true");
        ProcessHandle second = ProcessHandle.of(Long.parseLong(started.replaceAll(".* pid=(\\d+) .*", "$1")))
                .orElseThrow();

        first.destroy(); // SIGTERM, as at the end of a session
        assertThat(first.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(second.isAlive()).as("the first JVM ended after the second").isFalse();
        assertThat(output().read()).as("stopped by the first, not left to find it gone")
                .doesNotContain("probe quits");
    }

    @Test
    void aJdkThatCannotWriteAnArchiveIsNotAskedAgainForThisBuild() throws Exception {
        Files.createDirectories(archives);
        Files.setPosixFilePermissions(archives, PosixFilePermissions.fromString("rwx------"));
        Path archive = archives.resolve("window-0123456789abcdef.jsa");
        Path writing = archives.resolve("window-0123456789abcdef.jsa.1.part");
        Path older = Files.write(archives.resolve("window-fedcba9876543210.jsa"), new byte[] {1});
        Path killed = Files.write(archives.resolve("window-fedcba9876543210.jsa.2147483646.part"), new byte[] {1});
        Path running = Files.write(archives.resolve("window-fedcba9876543210.jsa." + ProcessHandle.current().pid()
                + ".part"), new byte[] {1});

        ClassArchiveStart.kept(new ClassArchiveStart.Launch(List.of(), archive, writing), 0);

        assertThat(Files.exists(archives.resolve("window-0123456789abcdef.none"))).isTrue();
        assertThat(Files.exists(older)).as("an older build's archive is deleted").isFalse();
        assertThat(Files.exists(killed)).as("one written for a JVM that is gone too").isFalse();
        assertThat(Files.exists(running)).as("not one a running JVM waits for").isTrue();
    }

    @Test
    void theJvmCommandIsSplitAroundTheJar() {
        assertThat(ClassArchiveStart.jarCommand(List.of("-Xmx1g", "-Dnote=deux mots", "-jar", "p.jar", "--data",
                "d"))).contains(new ClassArchiveStart.JarCommand(List.of("-Xmx1g", "-Dnote=deux mots"), "p.jar"));
        assertThat(ClassArchiveStart.jarCommand(List.of("-cp", "x.jar", "org.pressdesk.Main"))).isEmpty();
        assertThat(ClassArchiveStart.jarCommand(List.of("-jar"))).isEmpty();
        for (String chosen : List.of("-XX:SharedArchiveFile=a.jsa", "-XX:AOTCache=a.aot", "-Xshare:off",
                "-agentlib:jdwp=transport=dt_socket,server=y,address=5005", "-javaagent:a.jar",
                "-XX:ArchiveClassesAtExit=a.jsa", "-XX:-UseSharedSpaces")) {
            assertThat(ClassArchiveStart.jarCommand(List.of(chosen, "-jar", "p.jar"))).as(chosen).isEmpty();
        }
    }

    @Test
    void anArchiveOrAgentChosenInTheEnvironmentCounts() {
        assertThat(ClassArchiveStart.chosenInEnvironment(Map.of("JDK_JAVA_OPTIONS", "-Xmx1g"))).isFalse();
        assertThat(ClassArchiveStart.chosenInEnvironment(Map.of())).isFalse();
        assertThat(ClassArchiveStart.chosenInEnvironment(Map.of("JDK_JAVA_OPTIONS",
                "-Xmx1g  -XX:SharedArchiveFile=/opt/a.jsa"))).isTrue();
        assertThat(ClassArchiveStart.chosenInEnvironment(Map.of("JAVA_TOOL_OPTIONS", "-javaagent:x.jar"))).isTrue();
    }

    @Test
    void theArchivesLiveInTheUsersCacheFolder() {
        Path home = Path.of("/home/awa");
        assertThat(ClassArchiveStart.defaultFolder("Linux", Map.of(), home))
                .isEqualTo(home.resolve(".cache/pressdesk/class-archives"));
        assertThat(ClassArchiveStart.defaultFolder("Linux", Map.of("XDG_CACHE_HOME", "/var/cache/awa"), home))
                .isEqualTo(Path.of("/var/cache/awa/pressdesk/class-archives"));
        assertThat(ClassArchiveStart.defaultFolder("Mac OS X", Map.of(), home))
                .isEqualTo(home.resolve("Library/Caches/PressDesk/class-archives"));
        assertThat(ClassArchiveStart.defaultFolder("Windows 11", Map.of("LOCALAPPDATA", "/c/awa/AppData/Local"),
                home)).isEqualTo(Path.of("/c/awa/AppData/Local/PressDesk/class-archives"));
    }

    @Test
    void theBuildsNameFollowsTheJarsAndTheJdk() throws Exception {
        String key = ClassArchiveStart.key(jar, "/jdk", "17.0.15");
        assertThat(ClassArchiveStart.key(jar, "/jdk", "17.0.15")).isEqualTo(key);
        assertThat(ClassArchiveStart.key(jar, "/jdk", "17.0.16")).isNotEqualTo(key);
        assertThat(ClassArchiveStart.classPath(jar)).containsExactly(jar, library);
        Files.setLastModifiedTime(library, FileTime.from(Instant.now().plusSeconds(60)));
        assertThat(ClassArchiveStart.key(jar, "/jdk", "17.0.15")).isNotEqualTo(key);
    }

    /** A run's exit code and its output, the second JVM's included, line after line. */
    private record Run(int code, String output) {
    }

    private Run run(List<String> options, String... args) throws Exception {
        Process process = start(options, args);
        boolean ended = process.waitFor(BOUND.toSeconds(), TimeUnit.SECONDS);
        String output = String.join("\n", output().read());
        assertThat(ended).as("%s", output).isTrue();
        return new Run(process.exitValue(), output);
    }

    private Lines output() {
        return new Lines(work.resolve("output.txt"));
    }

    /** Starts {@code java … -jar probe.jar ARGS}; its output (and its second JVM's) goes to a new file. */
    private Process start(List<String> options, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dpressdesk.classArchive.folder=" + archives);
        command.addAll(options);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(output().file.toFile()).start();
    }

    private List<String> archiveFiles() throws IOException {
        if (!Files.isDirectory(archives)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(archives)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jsa")).sorted().toList();
        }
    }

    private static void add(JarOutputStream out, Path root, String folder, String prefix) throws IOException {
        try (Stream<Path> files = Files.list(root.resolve(folder))) {
            for (Path file : files.filter(f -> f.getFileName().toString().equals(prefix + ".class")
                    || f.getFileName().toString().startsWith(prefix + "$")).sorted().toList()) {
                out.putNextEntry(new JarEntry(folder + "/" + file.getFileName()));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
    }

    /** The output of a JVM and of its second JVM, which writes to the same file, until the second one is gone. */
    private static final class Lines {
        private final Path file;

        Lines(Path file) {
            this.file = file;
        }

        String await(String start) throws Exception {
            long end = System.nanoTime() + BOUND.toNanos();
            while (System.nanoTime() < end) {
                Optional<String> found = read().stream().filter(l -> l.startsWith(start)).findFirst();
                if (found.isPresent()) {
                    return found.get();
                }
                Thread.sleep(50);
            }
            throw new AssertionError("no line " + start + " in " + read());
        }

        List<String> read() throws IOException {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        }
    }
}
