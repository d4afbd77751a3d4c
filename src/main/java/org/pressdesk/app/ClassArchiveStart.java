package org.pressdesk.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Starts the window from a class archive when PressDesk runs as {@code java -jar pressdesk.jar} (issue 14, decision
 * 0069).
 *
 * <p>What puts the first window of {@code java -jar} above a bare JavaFX window is loading and verifying the classes
 * of the toolkit, of real controls and of the program. A class archive (CDS) of the same jars on the same JDK takes
 * most of that away, but {@code java -jar} cannot name the JVM option that opens one. So, for the window only, this
 * JVM starts a second one with the same JVM options and arguments plus the archive, hands it the terminal's output,
 * and returns its exit code. The first window started from a new build (or on another JDK) makes the archive instead
 * ({@code -XX:ArchiveClassesAtExit}): the JVM writes it as the program quits, and it is kept only when the program
 * ended well ({@link ClassArchives}).
 *
 * <p>The two JVMs end together. The second one's standard input is a pipe from the first: when the first one ends
 * (stopped, or killed), the pipe closes and the second quits as closing the window does; a stopped first JVM waits
 * for that. The program starts in this JVM, as before, when {@code -Dpressdesk.classArchive=false}, and whenever
 * the second JVM would not be the same program ({@link JvmCommandLine}) or its archive could not be trusted;
 * {@code -Dpressdesk.classArchive=explain} says which, on the standard error.
 */
public final class ClassArchiveStart {
    /** {@code false} starts the window in this JVM; {@code explain} says why or how it starts. */
    public static final String SWITCH = "pressdesk.classArchive";
    /** Where the archives are kept, when not in the user's cache folder (tests). */
    static final String FOLDER = "pressdesk.classArchive.folder";
    /** Given to the second JVM: the first one's process id. */
    static final String PARENT = "pressdesk.classArchive.parent";
    /** A stale or foreign archive is not an error: the JVM then loads the classes as usual, and says nothing. */
    private static final List<String> QUIET = List.of("-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    /** How long a second JVM whose first one ended may take to quit as a closed window does. */
    static final Duration QUIT_BOUND = Duration.ofSeconds(60);
    /** How long a stopping first JVM gives its main thread to keep the archive the second one wrote. */
    private static final Duration UPKEEP_BOUND = Duration.ofSeconds(10);

    private ClassArchiveStart() {
    }

    /** The second JVM's command, the archive's key, and the temporary archive it writes when there is none yet. */
    record Launch(List<String> command, ClassArchives archives, String key, Path writing) {
    }

    /** A launch, or why the window starts in this JVM. */
    record Plan(Optional<Launch> launch, String reason) {
        static Plan none(String reason) {
            return new Plan(Optional.empty(), reason);
        }
    }

    /**
     * Runs the window in a second JVM started with this build's class archive, or making it; returns the second
     * JVM's exit code, or empty when the window is to start in this JVM.
     */
    public static OptionalInt runWindow(String[] args) {
        String wish = System.getProperty(SWITCH, "");
        if (isSecond()) {
            return OptionalInt.empty();
        }
        Plan plan;
        try {
            plan = wish.equalsIgnoreCase("false") ? Plan.none("-D" + SWITCH + "=false")
                    : System.getProperty("jpackage.app-path") != null ? Plan.none("the installed launcher")
                    : JvmCommandLine.unsafeInEnvironment(System.getenv())
                            ? Plan.none("JVM options in the environment")
                    : plan(commandLine(), List.of(args), folder());
        } catch (IOException | RuntimeException e) {
            plan = Plan.none(e.toString()); // whatever the reason, the window still starts, as it did before
        }
        if (wish.equalsIgnoreCase("explain")) {
            System.err.println(plan.launch().isPresent()
                    ? "PressDesk: a second JVM: " + String.join(" ", plan.launch().get().command())
                    : "PressDesk: one JVM: " + plan.reason());
        }
        return plan.launch().isEmpty() ? OptionalInt.empty() : run(plan.launch().get());
    }

    /** The JVM's own command line, without the executable; empty where the operating system does not say it. */
    private static Optional<List<String>> commandLine() {
        Optional<String[]> arguments = ProcessHandle.current().info().arguments();
        return arguments.isPresent() ? Optional.of(List.of(arguments.get())) : Optional.empty();
    }

    /** True in the JVM that a first one started with the archive. */
    public static boolean isSecond() {
        return System.getProperty(PARENT) != null;
    }

    /**
     * In the second JVM: once the first one has ended (its pipe on the standard input closed), runs {@code quit}
     * (what closing the window does), and ends the JVM if that has not within {@link #QUIT_BOUND}. Nothing elsewhere.
     */
    public static void followFirst(Runnable quit) {
        if (!isSecond()) {
            return;
        }
        Thread follower = new Thread(() -> {
            try {
                InputStream in = System.in;
                while (in.read() >= 0) {
                    // the first JVM writes nothing: only the end matters
                }
            } catch (IOException e) {
                // closed all the same
            }
            quitting(quit);
        }, "first-jvm-follower");
        follower.setDaemon(true);
        follower.start();
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
     * {@code args}, with the archives kept in {@code folder}, or why there is none.
     */
    static Plan plan(Optional<List<String>> arguments, List<String> args, Path folder) throws IOException {
        if (arguments.isEmpty()) {
            return Plan.none("the operating system does not give the JVM's command line");
        }
        Optional<JvmCommandLine.JarCommand> command = JvmCommandLine.jarCommand(arguments.get());
        if (command.isEmpty()) {
            return Plan.none("not started with -jar, or with an option two JVMs may not share");
        }
        Path jar = Path.of(command.get().jar()).toAbsolutePath().normalize();
        Path running = Path.of(System.getProperty("java.class.path", "")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar) || !running.equals(jar)) {
            return Plan.none("the class path is not the jar");
        }
        Optional<ClassArchives> archives = ClassArchives.trusted(folder);
        if (archives.isEmpty()) {
            return Plan.none(folder + " is not an absolute folder that only this account (and the system) may change");
        }
        Path javaHome = Path.of(System.getProperty("java.home"));
        // the options the JVM read from the environment decide whether an archive fits as much as those given here
        List<String> keyed = new ArrayList<>(command.get().options());
        keyed.addAll(JvmCommandLine.environmentOptions(System.getenv()));
        String key = ClassArchives.key(jar, javaHome, System.getProperty("java.vm.version"), keyed);
        if (archives.get().unable(key)) {
            return Plan.none("this JVM could not write a class archive for this build");
        }
        List<String> second = new ArrayList<>();
        second.add(javaHome.resolve("bin").resolve("java").toString());
        second.addAll(QUIET); // first, so that the person's own -Xlog:cds wins
        second.addAll(command.get().options());
        second.add("-D" + PARENT + "=" + ProcessHandle.current().pid());
        Path writing = null;
        if (archives.get().has(key)) {
            second.add("-XX:SharedArchiveFile=" + archives.get().archive(key));
        } else {
            writing = archives.get().writing(key, ProcessHandle.current().pid());
            second.add("-XX:ArchiveClassesAtExit=" + writing);
        }
        second.add("-jar");
        second.add(jar.toString());
        second.addAll(args);
        return new Plan(Optional.of(new Launch(List.copyOf(second), archives.get(), key, writing)), "");
    }

    /** The user's cache folder for PressDesk's class archives, or {@code -Dpressdesk.classArchive.folder}. */
    static Path folder() {
        String chosen = System.getProperty(FOLDER);
        return chosen != null && !chosen.isBlank() ? Path.of(chosen)
                : ClassArchives.defaultFolder(System.getProperty("os.name", ""), System.getenv(),
                        Path.of(System.getProperty("user.home")));
    }

    /** Starts the second JVM and waits for it; empty only when it could not start (nothing has run then). */
    private static OptionalInt run(Launch launch) {
        AtomicReference<Process> started = new AtomicReference<>();
        CountDownLatch upkeep = new CountDownLatch(1);
        Thread stop = new Thread(new Runnable() { // not a lambda: the first lambda costs the JVM 10 ms to set up
            @Override
            public void run() {
                ended(started.get(), upkeep);
            }
        }, "second-jvm-stop");
        try {
            Runtime.getRuntime().addShutdownHook(stop);
        } catch (IllegalStateException e) {
            return OptionalInt.empty(); // already stopping: the start in this JVM stops too
        }
        Process second;
        try {
            second = new ProcessBuilder(launch.command()).redirectOutput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException | RuntimeException e) {
            removeHook(stop);
            return OptionalInt.empty();
        }
        started.set(second);
        try {
            if (launch.writing() == null) {
                launch.archives().used(launch.key());
            }
            int code = waitFor(second, null);
            if (launch.writing() != null) {
                launch.archives().kept(launch.key(), launch.writing(), code);
            }
            return OptionalInt.of(code);
        } finally {
            upkeep.countDown();
        }
    }

    /**
     * This JVM is stopping (a signal): the second one is told, and given time to quit well; then the archive it wrote
     * is given the time to be kept, which the main thread does once the second has ended.
     */
    private static void ended(Process second, CountDownLatch upkeep) {
        if (second == null) {
            return;
        }
        if (second.isAlive()) {
            try (OutputStream pipe = second.getOutputStream()) {
                pipe.flush();
            } catch (IOException e) {
                // closed already
            }
            if (waitFor(second, QUIT_BOUND.plusSeconds(5)) < 0) {
                second.destroy();
            }
        }
        try {
            upkeep.await(UPKEEP_BOUND.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // stopping: the hook finds no second JVM
        }
    }

    /** The exit code, or -1 if {@code bound} passed first; waits on through interruptions. */
    private static int waitFor(Process process, Duration bound) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    if (bound == null) {
                        return process.waitFor();
                    }
                    return process.waitFor(bound.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
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
