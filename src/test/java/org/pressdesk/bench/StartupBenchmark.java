package org.pressdesk.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.pressdesk.account.PasswordHasher;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.local.DataDirectory;

/**
 * Cold start of the real program to its main window, against a bare JavaFX window started the same way, in the same
 * run, alternating. Run under a display (xvfb-run). Arguments: communiqués in the database (default 10000), runs
 * (default 7), and the working folder (default target/bench-startup). With 0 runs it only builds the data folder
 * ({@code WORK/data-N}, no display needed), which MemorySessionBenchmark and the other session benchmarks copy.
 *
 * <p>Each run is a new JVM: {@code java -jar target/pressdesk.jar} (or, with {@code -Dbench.mode=cp}, the build's
 * class path), and the bare window with the jar on its class path. Times are the wall clock from process start to
 * the probe lines: the first screen laid out ("first-window", the sign-in), Enter pressed ("enter", after
 * {@code -Dbench.typingMillis}, default 3000, the time a person takes to type a password), the main window laid out
 * ("shown") and the list's first rows ("list"); the resident memory is read at "list". {@code -Dbench.java} runs
 * another JDK's java; {@code -Dbench.appJvmArgs} adds options to PressDesk's JVM only (an AOT or AppCDS archive).
 */
public final class StartupBenchmark {
    static final String PASSWORD = "benchmark-password";
    private static final String JAR = "target/pressdesk.jar";

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        Path work = Path.of(args.length > 2 ? args[2] : "target/bench-startup").toAbsolutePath();
        Path data = work.resolve("data-" + count);
        if (!Files.exists(data.resolve("pressdesk.mv.db"))) {
            prepare(data, count);
        }
        if (runs == 0) {
            System.out.println("data folder ready: " + data);
            return;
        }
        if (System.getProperty("bench.variants") != null) {
            compareRuntimes(data, runs, System.getProperty("bench.variants"));
            return;
        }
        List<Long> bareShown = new ArrayList<>();
        List<Long> first = new ArrayList<>();
        List<Long> enterToList = new ArrayList<>();
        List<Long> shownAfterEnter = new ArrayList<>();
        List<Long> rss = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            long bare = launch(bareCommand(), data).get("shown");
            Map<String, Long> app = launch(appCommand(data), data);
            bareShown.add(bare);
            first.add(app.get("first-window"));
            enterToList.add(app.get("list") - app.get("enter"));
            shownAfterEnter.add(app.get("shown") - app.get("enter"));
            rss.add(app.getOrDefault("rss-kb", -1L) / 1024);
            cpu.add(app.getOrDefault("cpu-ms", -1L));
            ratios.add((double) app.get("first-window") / bare);
            System.out.printf("run %d: bare %d ms, %s (load %s)%n", run + 1, bare, app, loadAverage());
        }
        System.out.printf("communiqués=%d runs=%d mode=%s java=%s app options=%s load average=%s%n", count, runs,
                System.getProperty("bench.mode", "jar"), javaCommand(), System.getProperty("bench.appJvmArgs", ""),
                loadAverage());
        System.out.printf("bare window shown:            median %d ms  %s%n", median(bareShown), bareShown);
        System.out.printf("PressDesk first window:       median %d ms  %s%n", median(first), first);
        System.out.printf("Enter to main window laid out: median %d ms  %s%n", median(shownAfterEnter),
                shownAfterEnter);
        System.out.printf("Enter to list rows:           median %d ms  %s%n", median(enterToList), enterToList);
        System.out.printf("resident after sign-in (MB):  median %d  %s%n", median(rss), rss);
        System.out.printf("process CPU time to the list: median %d ms  %s%n", median(cpu), cpu);
        List<Double> sortedRatios = new ArrayList<>(ratios);
        Collections.sort(sortedRatios);
        System.out.printf("ratio first window/bare (same run): median %.2f  %s%n",
                sortedRatios.get(sortedRatios.size() / 2), ratios);
    }

    /**
     * {@code -Dbench.variants="name|java|options[|jar];..."}: the same start with several runtimes (a JDK 25 AOT cache
     * against JDK 17 with AppCDS) or several builds of the jar (a jar path; target/pressdesk.jar when left out),
     * taking turns with the bare window of the default java, run after run. Each run's ratio is to that run's bare
     * window.
     */
    private static void compareRuntimes(Path data, int runs, String variants) throws Exception {
        Map<String, List<Long>> first = new LinkedHashMap<>();
        Map<String, List<Double>> ratio = new LinkedHashMap<>();
        Map<String, List<Long>> enterToList = new LinkedHashMap<>();
        Map<String, List<Long>> cpu = new LinkedHashMap<>();
        Map<String, List<Long>> firstCpu = new LinkedHashMap<>();
        List<Long> bare = new ArrayList<>();
        List<Long> bareCpu = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            Map<String, Long> bareRun = launch(bareCommand(), data);
            long bareShown = bareRun.get("shown");
            bare.add(bareShown);
            bareCpu.add(bareRun.getOrDefault("cpu-ms", -1L));
            System.out.printf("run %d bare: %s (load %s)%n", run + 1, bareRun, loadAverage());
            for (String variant : variants.split(";")) {
                String[] parts = variant.split("\\|", -1);
                System.setProperty("bench.java", parts[1]);
                System.setProperty("bench.appJvmArgs", parts[2]);
                System.setProperty("bench.jar", parts.length > 3 && !parts[3].isBlank() ? parts[3] : JAR);
                Map<String, Long> app = launch(appCommand(data), data);
                System.clearProperty("bench.java");
                System.clearProperty("bench.jar");
                first.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(app.get("first-window"));
                ratio.computeIfAbsent(parts[0], k -> new ArrayList<>())
                        .add((double) app.get("first-window") / bareShown);
                enterToList.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(app.get("list") - app.get("enter"));
                cpu.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(app.getOrDefault("cpu-ms", -1L));
                firstCpu.computeIfAbsent(parts[0], k -> new ArrayList<>())
                        .add(app.getOrDefault("first-window-cpu-ms", -1L));
                System.out.printf("run %d %s: %s (load %s)%n", run + 1, parts[0], app, loadAverage());
            }
        }
        System.out.printf("bare window (default java): median %d ms %s%n", median(bare), bare);
        System.out.printf("bare window process CPU time: median %d ms %s%n", median(bareCpu), bareCpu);
        for (String name : first.keySet()) {
            System.out.printf("%-24s first window median %d ms %s; Enter to list rows median %d ms %s%n", name,
                    median(first.get(name)), first.get(name), median(enterToList.get(name)), enterToList.get(name));
            List<Double> sorted = new ArrayList<>(ratio.get(name));
            Collections.sort(sorted);
            System.out.printf("%-24s ratio first window/bare (same run): median %.2f %s%n", name,
                    sorted.get(sorted.size() / 2), ratio.get(name));
            System.out.printf("%-24s process CPU time to the first window median %d ms %s%n", name,
                    median(firstCpu.get(name)), firstCpu.get(name));
            System.out.printf("%-24s process CPU time to the list rows median %d ms %s%n", name,
                    median(cpu.get(name)), cpu.get(name));
        }
        System.out.printf("load average at the end: %s%n", loadAverage());
    }

    private static String javaCommand() {
        return System.getProperty("bench.java", Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    private static List<String> bareCommand() {
        String jarPath = Path.of("target/pressdesk.jar").toAbsolutePath() + java.io.File.pathSeparator
                + Path.of("target/test-classes").toAbsolutePath();
        String classPath = "cp".equals(System.getProperty("bench.mode")) ? System.getProperty("java.class.path")
                : jarPath;
        return List.of(javaCommand(), "-cp", classPath, "org.pressdesk.bench.BareWindow$Launcher");
    }

    private static List<String> appCommand(Path data) {
        List<String> command = new ArrayList<>(List.of(javaCommand(), "-Dpressdesk.startupProbe.typingMillis="
                + Long.getLong("bench.typingMillis", 3000)));
        String options = System.getProperty("bench.appJvmArgs", "");
        if (!options.isBlank()) {
            command.addAll(List.of(options.trim().split("\\s+")));
        }
        if ("cp".equals(System.getProperty("bench.mode"))) {
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.pressdesk.Main"));
        } else {
            command.addAll(List.of("-jar", Path.of(System.getProperty("bench.jar", JAR)).toAbsolutePath().toString()));
        }
        command.addAll(List.of("--data", data.toString(), "--user", "bench"));
        return command;
    }

    private static void prepare(Path data, int count) {
        try (AppServices services = AppServices.open(DataDirectory.prepare(data),
                new AppServices.Settings(Clock.systemUTC(), new PasswordHasher(), d -> { }))) {
            UserAccount user = services.accounts().createFirstAdministrator("bench", "Banc d’essai",
                    PASSWORD.toCharArray());
            Office office = services.offices().create(user, "BIP/MAECI", "Bureau de l’Information et de la Presse",
                    new Office.Letterhead("RÉPUBLIQUE DU MALI", "Un Peuple – Un But – Une Foi",
                            "Ministère des Affaires étrangères", "Bamako", "", "", ""), ZoneId.of("Africa/Bamako"));
            SyntheticCommuniques.fill(services, user, office, count, 42);
        }
    }

    /** Starts one JVM; returns the milliseconds from its start to each probe line (and the resident memory). */
    private static Map<String, Long> launch(List<String> javaAndArgs, Path data)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(javaAndArgs);
        command.add(1, "-Dpressdesk.startupProbe=true");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PRESSDESK_PASSWORD", PASSWORD);
        long start = System.nanoTime();
        Process process = builder.start();
        // a start that never reaches its list (a sign-in refused, say) is stopped rather than waited for forever
        Thread watchdog = new Thread(() -> {
            try {
                if (!process.waitFor(90, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "bench-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        Map<String, Long> times = new LinkedHashMap<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                String[] parts = line.split(" ");
                if (line.startsWith("pressdesk.probe ") && (parts[1].endsWith("-kb") || parts[1].endsWith("-ms"))) {
                    times.put(parts[1], Long.parseLong(parts[2].trim())); // a quantity, not a moment
                } else if (line.startsWith("pressdesk.probe ")) {
                    times.putIfAbsent(line.split(" ")[1], elapsed);
                }
            }
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        if (!times.containsKey("shown") || !times.containsKey("list")) {
            throw new IllegalStateException("no probe line from " + javaAndArgs + " (is there a display?): "
                    + times);
        }
        return times;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
