package org.pressdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar} starts the window in a second JVM with a class archive of its build (issue 14, decision 0069).
 * The cases start a small jar ({@link ClassArchiveProbe} with the classes it needs, a library jar beside it named by
 * its manifest's {@code Class-Path}, as pressdesk.jar names target/lib) with {@code java -jar}, as a person does.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class ClassArchiveStartTest {
    private static final Duration BOUND = Duration.ofSeconds(60);
    private static final String EXPLAIN = "-Dpressdesk.classArchive=explain";

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
            add(out, classes, "org/pressdesk/app", "ClassArchives");
            add(out, classes, "org/pressdesk/app", "JvmCommandLine");
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
    void theJarNamedRelativelyAsInTheReadmeStartsTheSame() throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dpressdesk.classArchive.folder=" + archives, "-jar", "app/probe.jar", "x", "0");
        Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(output().file.toFile()).start();
        assertThat(process.waitFor(BOUND.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(String.join("\n", output().read())).contains("probe runs second=true").contains("args=x|0");
        assertThat(archiveFiles()).hasSize(1);
    }

    @Test
    void aNewBuildMakesItsOwnArchiveAndTheOneBeforeLastIsDeleted() throws Exception {
        assertThat(run(List.of(), "a", "0").code()).isZero();
        List<String> first = archiveFiles();
        Files.setLastModifiedTime(library, FileTime.from(Instant.now().plusSeconds(60))); // a library replaced

        Run rebuilt = run(List.of("-Xlog:class+load=info"), "b", "0");
        assertThat(rebuilt.output()).as("the old archive no longer fits: the classes come from the jar")
                .contains(ClassArchiveProbe.class.getName() + " source: file:");
        assertThat(archiveFiles()).as("the build before is kept").hasSize(2).containsAll(first);
        assertThat(run(List.of("-Xlog:class+load=info"), "c", "0").output())
                .contains(ClassArchiveProbe.class.getName() + " source: shared objects file");

        Files.setLastModifiedTime(library, FileTime.from(Instant.now().plusSeconds(120))); // and again
        assertThat(run(List.of(), "d", "0").code()).isZero();
        assertThat(archiveFiles()).hasSize(2).doesNotContainAnyElementsOf(first);
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
    void theSwitchOrAnOptionTwoJvmsMayNotShareStartsInThisJvm() throws Exception {
        assertThat(run(List.of("-Dpressdesk.classArchive=false"), "a", "0").output())
                .contains("probe runs second=false").doesNotContain("probe first exits");
        Path moreOptions = Files.writeString(work.resolve("options.txt"), "-Xmx256m\n");
        for (String option : List.of("-Xshare:auto", "-XX:-UseSharedSpaces", "-Dcom.sun.management.jmxremote.ssl=false",
                "-XX:StartFlightRecording=filename=" + work.resolve("x.jfr"), "-Xlog:gc:file=" + work.resolve("gc.log"),
                "@" + moreOptions)) {
            Run run = run(List.of(EXPLAIN, option), "a", "0");
            assertThat(run.output()).as(option).contains("probe runs second=false")
                    .contains("PressDesk: one JVM: not started with -jar, or with an option two JVMs may not share");
        }
        Run environment = run(List.of(EXPLAIN), Map.of("JDK_JAVA_OPTIONS", "-XX:SharedArchiveFile=" + work.resolve(
                "none.jsa")), "a", "0");
        assertThat(environment.output()).contains("probe runs second=false")
                .contains("PressDesk: one JVM: JVM options in the environment");
        assertThat(archiveFiles()).isEmpty();
    }

    @Test
    void explainedTheSecondJvmIsNamedWithoutAnySecret() throws Exception {
        Run run = run(List.of(EXPLAIN, "-Xmx256m", "--add-opens", "java.base/java.lang=ALL-UNNAMED"),
                Map.of("PRESSDESK_PASSWORD", "mot de passe secret"), "a", "0");
        assertThat(run.output()).contains("PressDesk: a second JVM: ").contains("-XX:ArchiveClassesAtExit=")
                .contains("-Xmx256m --add-opens java.base/java.lang=ALL-UNNAMED").contains("probe runs second=true")
                .doesNotContain("secret");
    }

    @Test
    void aFolderOthersMayEnterIsNotUsed() throws Exception {
        Files.createDirectories(archives);
        Files.setPosixFilePermissions(archives, PosixFilePermissions.fromString("rwxr-xr-x"));

        assertThat(run(List.of(EXPLAIN), "a", "0").output()).contains("probe runs second=false")
                .contains("only this account (and the system) may change");
        assertThat(archiveFiles()).isEmpty();
    }

    @Test
    void aFolderAboveThatOthersMayWriteToIsNotUsedUnlessSticky() throws Exception {
        Path shared = work.resolve("shared");
        Files.createDirectories(shared);
        archives = shared.resolve("class-archives");
        chmod("777", shared);
        assertThat(run(List.of(EXPLAIN), "a", "0").output()).contains("probe runs second=false")
                .contains("only this account (and the system) may change");

        chmod("1777", shared); // as /tmp: others may write, not replace what is not theirs
        assertThat(run(List.of(), "a", "0").output()).contains("probe runs second=true");
    }

    @Test
    void aFolderOfAnotherAccountIsNotUsed() throws Exception {
        assumeTrue(System.getProperty("user.name").equals("root"), "only root may give a folder away");
        Files.createDirectories(archives);
        Files.setPosixFilePermissions(archives, PosixFilePermissions.fromString("rwx------"));
        assertThat(new ProcessBuilder("chown", "nobody", archives.toString()).inheritIO().start().waitFor())
                .isZero();

        assertThat(run(List.of(), "a", "0").output()).contains("probe runs second=false");
    }

    @Test
    void anArchiveThatIsASymbolicLinkIsNotFollowed() throws Exception {
        Files.createDirectories(archives);
        Files.setPosixFilePermissions(archives, PosixFilePermissions.fromString("rwx------"));
        Path elsewhere = Files.writeString(work.resolve("elsewhere.jsa"), "not an archive");
        Path link = Files.createSymbolicLink(archives.resolve("window-" + key() + ".jsa"), elsewhere);

        assertThat(run(List.of(EXPLAIN), "a", "0").output()).contains("-XX:ArchiveClassesAtExit=")
                .doesNotContain("-XX:SharedArchiveFile=");
        assertThat(Files.isSymbolicLink(link)).as("replaced by the archive written").isFalse();
        assertThat(Files.readString(elsewhere)).isEqualTo("not an archive");
    }

    @Test
    void aJdkThatCouldNotWriteAnArchiveIsNotAskedAgainForThisBuild() throws Exception {
        Files.createDirectories(archives);
        Files.setPosixFilePermissions(archives, PosixFilePermissions.fromString("rwx------"));
        Files.createFile(archives.resolve("window-" + key() + ".none"));

        assertThat(run(List.of(EXPLAIN), "a", "0").output()).contains("probe runs second=false")
                .contains("could not write a class archive for this build");
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
    void aStoppedFirstJvmWaitsForTheSecondToQuitWell() throws Exception {
        Process first = start(List.of(), "wait", "0");
        String started = output().await("probe runs second=true");
        ProcessHandle second = ProcessHandle.of(Long.parseLong(started.replaceAll(".* pid=(\\d+) .*", "$1")))
                .orElseThrow();

        first.destroy(); // SIGTERM, as at the end of a session
        assertThat(first.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(second.isAlive()).as("the first JVM ended after the second").isFalse();
        assertThat(output().read()).as("the second quit as a closed window does, to its end")
                .contains("probe quits", "probe quit");
    }

    /** A run's exit code and its output, the second JVM's included, line after line. */
    private record Run(int code, String output) {
    }

    private Run run(List<String> options, String... args) throws Exception {
        return run(options, Map.of(), args);
    }

    private Run run(List<String> options, Map<String, String> env, String... args) throws Exception {
        Process process = start(options, env, args);
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
        return start(options, Map.of(), args);
    }

    private Process start(List<String> options, Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dpressdesk.classArchive.folder=" + archives);
        command.addAll(options);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(output().file.toFile());
        builder.environment().putAll(env);
        return builder.start();
    }

    /** The key of this jar's archive when the runs name no {@code -X} option. */
    private String key() throws IOException {
        return ClassArchives.key(jar, Path.of(System.getProperty("java.home")), System.getProperty("java.vm.version"),
                List.of());
    }

    private static void chmod(String mode, Path folder) throws Exception {
        assertThat(new ProcessBuilder("chmod", mode, folder.toString()).inheritIO().start().waitFor()).isZero();
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
