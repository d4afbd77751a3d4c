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
 * sessions then map them from it ({@code -XX:SharedArchiveFile}). If the archive cannot be made, children start
 * without it, only slower.
 */
public final class QuickStart {
    private static QuickStart prepared;

    private final List<String> options;
    private final String classPath;

    private QuickStart(List<String> options, String classPath) {
        this.options = options;
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
        String classPath = String.join(File.pathSeparator, entries);
        Path archive = work.resolve("sessions.jsa");
        Path folder = work.resolve("warm-up");
        if (!Boolean.parseBoolean(System.getProperty("crash.archive", "true"))) {
            return new QuickStart(List.of(), classPath); // -Dcrash.archive=false: no warm-up, no archive
        }
        CrashOffice.create(folder);
        long start = System.nanoTime();
        ChildJvm warmUp = ChildJvm.start(List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off"), classPath, CrashWorkload.class, folder.toString(), "1", CrashOffice.MANAGER,
                "8");
        int exit;
        try {
            exit = warmUp.awaitExit(Duration.ofMinutes(4));
        } catch (AssertionError tooSlow) {
            warmUp.close(); // a machine this loaded starts the sessions without the archive rather than not at all
            exit = -1;
        }
        System.out.printf("crash sessions' class archive: %s in %d ms%n", exit == 0 && Files.exists(archive)
                ? "made" : "not made (exit " + exit + ")", Duration.ofNanos(System.nanoTime() - start).toMillis());
        if (exit != 0 || !Files.exists(archive)) {
            return new QuickStart(List.of(), classPath);
        }
        return new QuickStart(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"),
                classPath);
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
