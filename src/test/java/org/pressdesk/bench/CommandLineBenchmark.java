package org.pressdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.pressdesk.testing.Folders;

/**
 * Issue 14, point 4: the command line as a whole process, {@code java -jar JAR --data DIR --user bench list --json}
 * (and {@code --version}), from the process's start to its exit, with its output written to a file as a shell's
 * {@code > out.json} would. Several jars (or runtimes) take turns, run after run, each on its own copy of the same
 * data folder (a run's sign-in writes to it).
 *
 * <pre>
 * java -cp "$CP" org.pressdesk.bench.CommandLineBenchmark DATA RUNS "name|java|jar;name|java|jar" [WORK]
 * </pre>
 * DATA: a folder filled by {@link StartupBenchmark} (its {@code data-10000}); "java" empty for this JVM's java.
 */
public final class CommandLineBenchmark {
    private CommandLineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]).toAbsolutePath();
        int runs = Integer.parseInt(args[1]);
        String[] variants = args[2].split(";");
        Path work = Path.of(args.length > 3 ? args[3] : "target/bench-cli").toAbsolutePath();
        Files.createDirectories(work);
        Map<String, List<Long>> list = new LinkedHashMap<>();
        Map<String, List<Long>> version = new LinkedHashMap<>();
        Map<String, Long> outputSize = new LinkedHashMap<>();
        for (String variant : variants) {
            String name = variant.split("\\|", -1)[0];
            Path copy = work.resolve("data-" + name);
            Folders.delete(copy);
            Folders.copy(data, copy);
        }
        for (int run = 1; run <= runs; run++) {
            for (String variant : variants) {
                String[] parts = variant.split("\\|", -1);
                String java = parts[1].isBlank() ? Path.of(System.getProperty("java.home"), "bin", "java").toString()
                        : parts[1];
                String jar = Path.of(parts[2]).toAbsolutePath().toString();
                Path out = work.resolve(parts[0] + ".json");
                long listMillis = time(List.of(java, "-jar", jar, "--data", work.resolve("data-" + parts[0])
                        .toString(), "--user", "bench", "list", "--json"), out);
                long versionMillis = time(List.of(java, "-jar", jar, "--version"), work.resolve(parts[0] + ".txt"));
                list.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(listMillis);
                version.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(versionMillis);
                outputSize.put(parts[0], Files.size(out));
                System.out.printf("run %d %-10s list --json %5d ms  --version %4d ms  output %d bytes  (load %s)%n",
                        run, parts[0], listMillis, versionMillis, Files.size(out), loadAverage());
            }
        }
        System.out.printf("%d runs, load average at the end %s%n", runs, loadAverage());
        for (String name : list.keySet()) {
            System.out.printf("%-10s list --json median %d ms %s; --version median %d ms; output %d bytes%n", name,
                    median(list.get(name)), list.get(name), median(version.get(name)), outputSize.get(name));
        }
    }

    /** Milliseconds from starting the process to its exit; fails on a non-zero exit. */
    private static long time(List<String> command, Path out) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.appendTo(out.resolveSibling("stderr.txt").toFile()));
        builder.environment().put("PRESSDESK_PASSWORD", StartupBenchmark.PASSWORD);
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("still running after 120 s: " + command);
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        if (process.exitValue() != 0) {
            throw new IllegalStateException("exit " + process.exitValue() + " from " + command + "; see "
                    + out.resolveSibling("stderr.txt"));
        }
        return millis;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    private static long median(List<Long> values) {
        Long[] sorted = values.toArray(Long[]::new);
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
