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
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.pressdesk.account.PasswordHasher;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.store.DataDirectory;

/**
 * Cold start of the real program to its main window, against a bare JavaFX window started the same way, in the same
 * run, alternating. Run under a display (xvfb-run). Arguments: communiqués in the database (default 10000), runs
 * (default 7), and the working folder (default target/bench-startup).
 *
 * <p>Each run is a new JVM started with the jar's class path; the time is the wall clock from process start to the
 * probe line the window prints after its first layout ("shown"), and to the first rows of the list ("list").
 */
public final class StartupBenchmark {
    private static final String PASSWORD = "benchmark-password";

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        Path work = Path.of(args.length > 2 ? args[2] : "target/bench-startup").toAbsolutePath();
        Path data = work.resolve("data-" + count);
        if (!Files.exists(data.resolve("pressdesk.mv.db"))) {
            prepare(data, count);
        }
        List<Long> bareShown = new ArrayList<>();
        List<Long> appShown = new ArrayList<>();
        List<Long> appList = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            bareShown.add(launch(List.of("org.pressdesk.bench.BareWindow$Launcher"), data)[0]);
            long[] app = launch(List.of("org.pressdesk.Main", "--data", data.toString(), "--user", "bench"), data);
            appShown.add(app[0]);
            appList.add(app[1]);
        }
        long bare = median(bareShown);
        long shown = median(appShown);
        System.out.printf("communiqués=%d runs=%d%n", count, runs);
        System.out.printf("bare window shown:    median %d ms  %s%n", bare, bareShown);
        System.out.printf("PressDesk shown:      median %d ms  %s%n", shown, appShown);
        System.out.printf("PressDesk list rows:  median %d ms  %s%n", median(appList), appList);
        System.out.printf("ratio shown/bare: %.2f%n", (double) shown / bare);
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

    /** Starts one JVM; returns milliseconds from start to "shown" and to "list". */
    private static long[] launch(List<String> mainAndArgs, Path data) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Dpressdesk.startupProbe=true", "-cp", System.getProperty("java.class.path")));
        command.addAll(mainAndArgs);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PRESSDESK_PASSWORD", PASSWORD);
        long start = System.nanoTime();
        Process process = builder.start();
        long shown = -1;
        long list = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null && list < 0; line = out.readLine()) {
                long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                if (line.startsWith("pressdesk.probe shown")) {
                    shown = elapsed;
                } else if (line.startsWith("pressdesk.probe list")) {
                    list = elapsed;
                }
            }
        }
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        if (shown < 0) {
            throw new IllegalStateException("no probe line from " + mainAndArgs.get(0) + " (is there a display?)");
        }
        return new long[] {shown, list};
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
