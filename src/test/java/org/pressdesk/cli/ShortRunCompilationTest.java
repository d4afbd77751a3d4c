package org.pressdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A short command leaves HotSpot's optimising compiler out, except for the hash and cipher code (issue 14). Each case
 * runs in a JVM of its own ({@link ShortRunCompilationProbe}): the directives last as long as the JVM, and this one
 * runs the rest of the suite.
 */
class ShortRunCompilationTest {
    private static final String HOT = "org.pressdesk.cli.ShortRunCompilationProbe.hot";
    private static final String HASH = "org.pressdesk.local.Pbkdf2.sha256";
    private static final String DIGEST = "sun.security.provider.DigestBase.engineUpdate";

    @Test
    void onlyTheEverydayCommandsAreShortRuns() {
        assertThat(ShortRunCompilation.isShortRun("list", "--json")).isTrue();
        assertThat(ShortRunCompilation.isShortRun("--data", "/tmp/x", "--user", "ana", "approve", "12")).isTrue();
        assertThat(ShortRunCompilation.isShortRun("--data", "list", "import", "archive.zip")).isFalse();
        assertThat(ShortRunCompilation.isShortRun("import", "archive.zip")).isFalse();
        assertThat(ShortRunCompilation.isShortRun("server", "serve")).isFalse();
        assertThat(ShortRunCompilation.isShortRun("export", "--all", "--out", "/tmp/pdf")).as("may run long").isFalse();
        assertThat(ShortRunCompilation.isShortRun("search", "Japon")).as("may rebuild the index").isFalse();
        assertThat(EarlyOpening.EVERYDAY).as("short commands are everyday ones")
                .containsAll(ShortRunCompilation.SHORT);
        assertThat(ShortRunCompilation.isShortRun()).isFalse();
        assertThat(ShortRunCompilation.isShortRun("--", "list")).isFalse();
    }

    @Test
    void aRestrainedJvmCompilesPlainCodeWithC1OnlyAndTheHashWithC2() throws Exception {
        Probe left = probe(List.of(), "left");
        Probe restrained = probe(List.of(), "restrained");

        assertThat(left.levels(HOT)).as("without the directives, a hot method reaches C2").contains(4);
        assertThat(restrained.answer()).isEqualTo("2 compiler directives added");
        assertThat(restrained.levels(HOT)).as("restrained").isNotEmpty().doesNotContain(4);
        assertThat(restrained.levels(HASH)).as("the hash keeps C2").contains(4);
        assertThat(restrained.levels(DIGEST)).as("the JDK's digest keeps C2").contains(4);
    }

    @Test
    void aTemporaryFolderWithASpaceInItsPathIsNoObstacle(@TempDir Path tempDir) throws Exception {
        Path spaced = Files.createDirectories(tempDir.resolve("Jean Dupont"));

        Probe restrained = probe(List.of("-Djava.io.tmpdir=" + spaced), "restrained");

        assertThat(restrained.answer()).isEqualTo("2 compiler directives added");
        assertThat(restrained.levels(HOT)).isNotEmpty().doesNotContain(4);
        try (var left = Files.list(spaced)) {
            assertThat(left).as("the directives' file is deleted").isEmpty();
        }
    }

    @Test
    void compilersChosenOnTheCommandLineAreLeftAlone() throws Exception {
        Probe chosen = probe(List.of("-XX:TieredStopAtLevel=4"), "restrained");

        assertThat(chosen.answer()).isEqualTo("none");
        assertThat(chosen.levels(HOT)).contains(4);
    }

    private record Probe(String output) {
        String answer() {
            return output.lines().filter(line -> line.startsWith("answer: ")).findFirst().orElseThrow()
                    .substring("answer: ".length());
        }

        /** The levels at which {@code method} is compiled, from lines such as "123 4 0 pkg.Class.method(I)J [...]". */
        Set<Integer> levels(String method) {
            Set<Integer> levels = new TreeSet<>();
            for (String line : output.lines().toList()) {
                String[] words = line.strip().split("\\s+");
                if (words.length > 3 && words[3].startsWith(method + "(")) {
                    levels.add(Integer.parseInt(words[1]));
                }
            }
            return levels;
        }
    }

    private static Probe probe(List<String> options, String mode) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ShortRunCompilationProbe.class.getName(),
                mode));
        Path output = Files.createTempFile("probe-", ".txt");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                    .start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the probe did not end within 60 s");
            }
            String text = Files.readString(output, StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as(text).isZero();
            return new Probe(text);
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
