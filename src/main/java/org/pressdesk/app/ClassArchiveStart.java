package org.pressdesk.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.pressdesk.local.OwnerOnlyFiles;

/**
 * Starts the window from a class archive when PressDesk runs as {@code java -jar pressdesk.jar} (issue 14, decision
 * 0069).
 *
 * <p>What puts the first window of {@code java -jar} above a bare JavaFX window is loading and verifying the classes
 * of the toolkit, of real controls and of the program. A class archive (CDS) of the same jars on the same JDK takes
 * most of that away, but {@code java -jar} cannot name the JVM option that opens one. So, for the window only, this
 * JVM starts a second one with the same JVM options and arguments plus the archive, hands it the terminal, and
 * returns its exit code. The first window started from a new build (or on another JDK) makes the archive instead
 * ({@code -XX:ArchiveClassesAtExit}): the JVM writes it as the program quits, under a temporary name that becomes
 * the archive's only when the program ended well; the archives of earlier builds are then deleted.
 *
 * <p>The program starts in this JVM, as before, when: {@code -Dpressdesk.classArchive=false}; it was not started
 * with {@code -jar}, or is the installed launcher (which has its own archive); a JVM option already chooses an
 * archive or loads an agent (a debugger); the operating system does not say the JVM's command line; the archives'
 * folder cannot be made the owner's alone; a JVM of this build could not write an archive before; or the second
 * JVM cannot be started. The second JVM quits as a closed window does when the first one is killed.
 */
public final class ClassArchiveStart {
    /** {@code -Dpressdesk.classArchive=false} starts the window in this JVM. */
    public static final String SWITCH = "pressdesk.classArchive";
    /** Where the archives are kept, when not in the user's cache folder (tests). */
    static final String FOLDER = "pressdesk.classArchive.folder";
    /** Given to the second JVM: the first one's process id. */
    static final String PARENT = "pressdesk.classArchive.parent";
    /** Options by which the person chose an archive, an ahead-of-time cache or an agent: then nothing is changed. */
    static final List<String> CHOSEN = List.of("-XX:SharedArchiveFile", "-XX:ArchiveClassesAtExit",
            "-XX:SharedClassListFile", "-XX:DumpLoadedClassList", "-Xshare", "-XX:AOT", "-XX:+AutoCreateSharedArchive",
            "-XX:-AutoCreateSharedArchive", "-XX:+RecordDynamicDumpInfo", "-XX:-UseSharedSpaces",
            "-XX:+UseSharedSpaces", "-agentlib", "-agentpath", "-javaagent", "-Xrun", "-Xdebug");
    /** A stale or foreign archive is not an error: the JVM then loads the classes as usual, and says nothing. */
    private static final List<String> QUIET = List.of("-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    private static final String PREFIX = "window-";
    private static final String ARCHIVE = ".jsa";
    private static final String UNABLE = ".none";
    private static final String PART = ".part";
    /** A temporary archive this old was left by a JVM that was killed (its process id may since be another's). */
    private static final Duration LEFT_OVER = Duration.ofHours(12);
    /** How long a second JVM whose first one was killed may take to quit as a closed window does. */
    private static final Duration QUIT_BOUND = Duration.ofSeconds(30);

    private ClassArchiveStart() {
    }

    /** What {@code java} was asked, split around {@code -jar}: the JVM's options and the jar as written. */
    record JarCommand(List<String> options, String jar) {
    }

    /** The second JVM's command, and the temporary archive it writes when there is no archive yet (else null). */
    record Launch(List<String> command, Path archive, Path writing) {
    }

    /**
     * Runs the window in a second JVM started with this build's class archive, or making it; returns the second
     * JVM's exit code, or empty when the window is to start in this JVM.
     */
    public static OptionalInt runWindow(String[] args) {
        if (isSecond() || "false".equalsIgnoreCase(System.getProperty(SWITCH))
                || System.getProperty("jpackage.app-path") != null || chosenInEnvironment(System.getenv())) {
            return OptionalInt.empty();
        }
        try {
            Optional<Launch> launch = plan(ProcessHandle.current().info().arguments().map(List::of),
                    List.of(args), folder());
            return launch.isEmpty() ? OptionalInt.empty() : run(launch.get());
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty(); // whatever the reason, the window still starts, as it did before
        }
    }

    /** True in the JVM that a first one started with the archive. */
    public static boolean isSecond() {
        return System.getProperty(PARENT) != null;
    }

    /**
     * In the second JVM: when the first one is gone (killed, say), runs {@code quit} (what closing the window does)
     * and ends the JVM if that has not within {@link #QUIT_BOUND}. Nothing elsewhere.
     */
    public static void followFirst(Runnable quit) {
        String parent = System.getProperty(PARENT);
        if (parent == null) {
            return;
        }
        Optional<ProcessHandle> first = ProcessHandle.current().parent()
                .filter(p -> Long.toString(p.pid()).equals(parent.trim()));
        if (first.isEmpty()) {
            quitting(quit);
            return;
        }
        first.get().onExit().thenRun(() -> quitting(quit));
    }

    private static void quitting(Runnable quit) {
        Thread bound = new Thread(() -> {
            try {
                Thread.sleep(QUIT_BOUND.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            System.exit(1);
        }, "first-jvm-gone");
        bound.setDaemon(true);
        bound.start();
        quit.run();
    }

    /**
     * The second JVM's command for the JVM command line {@code arguments} (without the executable) and the program's
     * {@code args}, with the archives kept in {@code folder}; empty when the window is to start in this JVM.
     */
    static Optional<Launch> plan(Optional<List<String>> arguments, List<String> args, Path folder)
            throws IOException {
        Optional<JarCommand> command = arguments.flatMap(ClassArchiveStart::jarCommand);
        if (command.isEmpty()) {
            return Optional.empty();
        }
        Path jar = Path.of(command.get().jar()).toAbsolutePath().normalize();
        Path running = Path.of(System.getProperty("java.class.path", "")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar) || !running.equals(jar)) {
            return Optional.empty();
        }
        Path archives = OwnerOnlyFiles.createFolder(folder);
        // an archive is code the JVM maps and runs: only from a folder no one else may enter or write to
        if (!OwnerOnlyFiles.isOwnerOnly(archives)
                || !Files.getOwner(archives).equals(Files.getOwner(Path.of(System.getProperty("user.home"))))) {
            return Optional.empty();
        }
        String key = key(jar, System.getProperty("java.home"), System.getProperty("java.vm.version"));
        Path archive = archives.resolve(PREFIX + key + ARCHIVE);
        if (Files.exists(archives.resolve(PREFIX + key + UNABLE))) {
            return Optional.empty();
        }
        List<String> second = new ArrayList<>();
        second.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        second.addAll(command.get().options());
        second.addAll(QUIET);
        second.add("-D" + PARENT + "=" + ProcessHandle.current().pid());
        Path writing = null;
        if (Files.isRegularFile(archive, LinkOption.NOFOLLOW_LINKS)) {
            second.add("-XX:SharedArchiveFile=" + archive);
        } else {
            writing = archives.resolve(PREFIX + key + ARCHIVE + "." + ProcessHandle.current().pid() + PART);
            second.add("-XX:ArchiveClassesAtExit=" + writing);
        }
        second.add("-jar");
        second.add(command.get().jar());
        second.addAll(args);
        return Optional.of(new Launch(List.copyOf(second), archive, writing));
    }

    /** True when the options the JVM takes from the environment choose an archive or an agent. */
    static boolean chosenInEnvironment(Map<String, String> env) {
        for (String variable : List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS")) {
            String options = env.get(variable);
            if (options != null && List.of(options.trim().split("\\s+")).stream()
                    .anyMatch(option -> CHOSEN.stream().anyMatch(option::startsWith))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The options before {@code -jar} and the jar; empty when there is no {@code -jar}, or when an option chose an
     * archive or an agent.
     */
    static Optional<JarCommand> jarCommand(List<String> arguments) {
        int jar = arguments.indexOf("-jar");
        if (jar < 0 || jar + 1 >= arguments.size()) {
            return Optional.empty();
        }
        List<String> options = arguments.subList(0, jar);
        for (String option : options) {
            if (CHOSEN.stream().anyMatch(option::startsWith)) {
                return Optional.empty();
            }
        }
        return Optional.of(new JarCommand(List.copyOf(options), arguments.get(jar + 1)));
    }

    /**
     * Names this build on this JDK: the JDK, and each jar of the class path (the jar and its manifest's
     * {@code Class-Path}) with its size and time, which the JVM checks too before it uses an archive.
     */
    static String key(Path jar, String javaHome, String vmVersion) throws IOException {
        StringBuilder text = new StringBuilder(javaHome).append('\n').append(vmVersion).append('\n');
        for (Path entry : classPath(jar)) {
            text.append(entry).append('\n');
            if (Files.isRegularFile(entry)) {
                BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class);
                text.append(attributes.size()).append(' ').append(attributes.lastModifiedTime().toMillis());
            }
            text.append('\n');
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        CRC32 first = new CRC32();
        first.update(bytes);
        CRC32C second = new CRC32C();
        second.update(bytes);
        return String.format(Locale.ROOT, "%08x%08x", first.getValue(), second.getValue());
    }

    /** The jar, then the jars its manifest's {@code Class-Path} names (relative to the jar's folder). */
    static List<Path> classPath(Path jar) throws IOException {
        List<Path> entries = new ArrayList<>(List.of(jar));
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            String named = file.getManifest() == null ? null
                    : file.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            if (named != null) {
                for (String entry : named.trim().split("\\s+")) {
                    if (!entry.isEmpty()) {
                        entries.add(jar.resolveSibling(entry).normalize());
                    }
                }
            }
        }
        return entries;
    }

    /** The user's cache folder for PressDesk's class archives, or {@code -Dpressdesk.classArchive.folder}. */
    static Path folder() {
        String chosen = System.getProperty(FOLDER);
        return chosen != null && !chosen.isBlank() ? Path.of(chosen)
                : defaultFolder(System.getProperty("os.name", ""), System.getenv(),
                        Path.of(System.getProperty("user.home")));
    }

    static Path defaultFolder(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local == null || local.isBlank() ? home.resolve("AppData").resolve("Local") : Path.of(local);
            return base.resolve("PressDesk").resolve("class-archives");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Caches").resolve("PressDesk").resolve("class-archives");
        }
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg == null || xdg.isBlank() ? home.resolve(".cache") : Path.of(xdg);
        return base.resolve("pressdesk").resolve("class-archives");
    }

    private static OptionalInt run(Launch launch) {
        Process second;
        try {
            second = new ProcessBuilder(launch.command()).inheritIO().start();
        } catch (IOException e) {
            return OptionalInt.empty();
        }
        // this JVM stopped (by the session's end, say): the second one is asked to stop too, and waited for a while
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (second.isAlive()) {
                second.destroy();
                waitFor(second, QUIT_BOUND);
            }
        }, "second-jvm-stop"));
        int code = waitFor(second, null);
        if (launch.writing() != null) {
            kept(launch, code);
        }
        return OptionalInt.of(code);
    }

    /** After the JVM that was to write the archive: the archive kept (and older builds' deleted), or noted as none. */
    static void kept(Launch launch, int code) {
        Path writing = launch.writing();
        try {
            if (code == 0 && Files.isRegularFile(writing) && Files.size(writing) > 0) {
                Files.move(writing, launch.archive(), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
                forgetOthers(launch.archive());
            } else if (code == 0 && !Files.exists(writing)) {
                // the JVM cannot write one (no base archive in this JDK, say): not tried again for this build
                Path unable = launch.archive().resolveSibling(launch.archive().getFileName().toString()
                        .replace(ARCHIVE, UNABLE));
                OwnerOnlyFiles.createFile(unable);
                forgetOthers(unable);
            } else {
                Files.deleteIfExists(writing);
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(writing);
            } catch (IOException ignored) {
                // the next build's start deletes it as a left-over
            }
        }
    }

    /**
     * Deletes the archives and notes of other builds, and the temporary archives whose first JVM was killed (the
     * second may have written its archive all the same, under a name no one will use).
     */
    private static void forgetOthers(Path kept) throws IOException {
        Instant old = Instant.now().minus(LEFT_OVER);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(kept.getParent(), PREFIX + "*")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                try {
                    boolean ours = name.endsWith(ARCHIVE) || name.endsWith(UNABLE);
                    boolean leftOver = name.endsWith(PART) && (writerGone(name)
                            || Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(old));
                    if (!file.equals(kept) && (ours || leftOver)
                            && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                        Files.deleteIfExists(file);
                    }
                } catch (IOException e) {
                    // in use where an open file cannot be deleted (Windows): the next new build tries again
                }
            }
        }
    }

    /** True when the JVM named in a temporary archive's name ({@code window-KEY.jsa.PID.part}) no longer runs. */
    static boolean writerGone(String name) {
        String[] parts = name.split("\\.");
        try {
            return parts.length >= 2 && ProcessHandle.of(Long.parseLong(parts[parts.length - 2])).isEmpty();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static int waitFor(Process process, Duration bound) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    if (bound == null) {
                        return process.waitFor();
                    }
                    return process.waitFor(bound.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
                            ? process.exitValue() : -1;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
