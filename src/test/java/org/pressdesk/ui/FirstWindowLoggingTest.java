package org.pressdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.Main;
import org.pressdesk.local.OwnerOnlyFiles;
import org.pressdesk.testing.ChildJvm;

/**
 * The real program in a JVM of its own, headless, with its own log configuration (the test class path, and its
 * logback-test.xml, left out): logging starts once the first screen is painted, and a line logged before that still
 * reaches the log file (issue 14).
 */
class FirstWindowLoggingTest {
    private static final String FIRST_WINDOW = "pressdesk.probe first-window ";
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @TempDir
    Path directory;

    @Test
    void loggingStartsOnlyOnceTheFirstScreenIsPainted() throws Exception {
        Path data = directory.resolve("data");
        new UiTestData(data).close(); // a database with accounts: the sign-in is the first screen
        Path logs = directory.resolve("logs");

        try (ChildJvm program = start(data, logs, "-Xlog:class+load=info:stdout")) {
            int painted = program.awaitLineStarting(FIRST_WINDOW, PATIENCE);
            awaitFile(logs.resolve("pressdesk.log"));
            List<String> lines = program.lines();
            List<String> before = lines.subList(0, painted);
            List<String> after = lines.subList(painted, lines.size());

            assertThat(before).as("the class log is on").anyMatch(line -> line.contains(" javafx.stage.Stage "));
            assertThat(before.stream().filter(FirstWindowLoggingTest::logging))
                    .as("classes of the logging framework loaded before the first screen").isEmpty();
            assertThat(after.stream().filter(FirstWindowLoggingTest::logging))
                    .as("logging started after it").isNotEmpty();
            // JavaFX runs from the class path here, as with `java -jar`: its warning about that is silenced
            assertThat(before).noneMatch(line -> line.contains("Unsupported JavaFX configuration"));
            // the sign-in's style sheet is read in its binary form, without JavaFX's CSS parser
            assertThat(before).as("classes the first screen does without")
                    .noneMatch(line -> line.contains(" javafx.css.CssParser "));
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(Files.getPosixFilePermissions(logs)).isEqualTo(OwnerOnlyFiles.FOLDER);
        }
    }

    @Test
    void aLineLoggedBeforeTheFirstScreenReachesTheLogFile() throws Exception {
        Path data = Files.createDirectories(directory.resolve("new-folder"));
        // a preferences file too big to be ours: read before the first screen, refused with a warning
        Path preferences = Files.write(data.resolve("preferences.properties"), new byte[1024 * 1024 + 1]);
        Path logs = directory.resolve("logs");

        try (ChildJvm program = start(data, logs)) {
            program.awaitLineStarting(FIRST_WINDOW, PATIENCE);
            Path log = logs.resolve("pressdesk.log");
            awaitFile(log);
            assertThat(Files.readString(log)).contains("WARN", "Cannot read " + preferences.toAbsolutePath());
        }
    }

    private static boolean logging(String classLoaded) {
        return classLoaded.contains(" org.slf4j.") || classLoaded.contains(" ch.qos.logback.");
    }

    /** org.pressdesk.Main opening the window on {@code data}, on the main class path only, as `java -jar` would. */
    private static ChildJvm start(Path data, Path logs, String... options) throws IOException {
        String mainOnly = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> jvm = new ArrayList<>(List.of("-Dpressdesk.startupProbe=true",
                "-Dpressdesk.logDir=" + logs, "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Dprism.text=t2k", "-Dheadless.geometry=1600x1000-32",
                "-Djava.awt.headless=true"));
        jvm.addAll(List.of(options));
        return ChildJvm.start(jvm, mainOnly, Main.class, "--data", data.toString());
    }

    private static void awaitFile(Path file) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!Files.exists(file) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(file).exists();
    }
}
