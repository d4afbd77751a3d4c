package org.pressdesk.crash;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.pressdesk.testing.ChildJvm;

/**
 * Makes the killed sessions start fast: most of a trial was the child JVM loading and verifying its classes. Once
 * per run, the class directories are packed into jars (a class archive accepts only jars) and a warm-up session,
 * which ends by itself, records the classes it loaded in an AppCDS archive ({@code -XX:ArchiveClassesAtExit}); the
 * sessions then map them from it ({@code -XX:SharedArchiveFile}). The archive is recorded in the background while
 * the first sessions start without it (recording it took 30 to 90 s on a loaded machine, which the trials spent
 * waiting); sessions started once it is ready use it. If it cannot be made, children start without it, only slower.
 */
public final class QuickStart {
    private static QuickStart prepared;

    private volatile List<String> options = List.of();
    private final String classPath;
    private Thread recording;

    private QuickStart(String classPath) {
        this.classPath = classPath;
    }

    /** The run's quick start, made on first use. */
    public static synchronized QuickStart prepare() throws Exception {
        if (prepared == null) {
            Path work = Files.createTempDirectory("pressdesk-quick-start");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteAll(work)));
            prepared = make(work);
        }
        return prepared;
    }

    /**
     * Waits until the archive is recorded (or its recording failed), for runs whose processes must all start alike
     * (the shared-folder runs, where a process started slower than the others changes who serves the file).
     */
    public QuickStart withArchive() throws InterruptedException {
        if (recording != null) {
            recording.join();
        }
        return this;
    }

    public ChildJvm start(Class<?> main, String... args) throws IOException {
        return ChildJvm.start(options, classPath, main, args);
    }

    private static QuickStart make(Path work) throws Exception {
        List<String> entries = new ArrayList<>();
        int jars = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            entries.add(Files.isDirectory(path) ? pack(path, work.resolve("classes-" + jars++ + ".jar")).toString()
                    : entry);
        }
        QuickStart quickStart = new QuickStart(String.join(File.pathSeparator, entries));
        if (Boolean.parseBoolean(System.getProperty("crash.archive", "true"))) {
            quickStart.recording = new Thread(() -> quickStart.record(work), "crash-class-archive");
            quickStart.recording.setDaemon(true);
            quickStart.recording.start();
        } // -Dcrash.archive=false: no warm-up, no archive
        return quickStart;
    }

    /** Runs the warm-up session that records the archive, then lets the next sessions start from it. */
    private void record(Path work) {
        Path archive = work.resolve("sessions.jsa");
        Path folder = work.resolve("warm-up");
        long start = System.nanoTime();
        int exit = -1;
        try {
            CrashOffice.create(folder);
            ChildJvm warmUp = ChildJvm.start(List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off",
                    "-Xlog:cds+dynamic=off"), classPath, CrashWorkload.class, folder.toString(), "1",
                    CrashOffice.MANAGER, "8");
            try {
                exit = warmUp.awaitExit(Duration.ofMinutes(4));
            } catch (AssertionError tooSlow) {
                warmUp.close(); // a machine this loaded goes on without the archive rather than not at all
            }
        } catch (Exception | AssertionError e) {
            System.out.println("crash sessions' class archive: warm-up failed: " + e);
        }
        boolean made = exit == 0 && Files.exists(archive);
        System.out.printf("crash sessions' class archive: %s in %d ms%n", made ? "made" : "not made (exit " + exit
                + ")", Duration.ofNanos(System.nanoTime() - start).toMillis());
        if (made) {
            options = List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
        }
    }

    private static Path pack(Path directory, Path jar) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> files = Files.walk(directory)) {
            // Folders get entries too: resources are looked up by folder (the migrations' "db/migration").
            for (Path file : (Iterable<Path>) files.filter(f -> !f.equals(directory)).sorted()::iterator) {
                String name = directory.relativize(file).toString().replace(File.separatorChar, '/');
                boolean folder = Files.isDirectory(file);
                out.putNextEntry(new JarEntry(folder ? name + "/" : name));
                if (!folder) {
                    Files.copy(file, (OutputStream) out);
                }
                out.closeEntry();
            }
        }
        return jar;
    }

    private static void deleteAll(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind
        }
    }
}
