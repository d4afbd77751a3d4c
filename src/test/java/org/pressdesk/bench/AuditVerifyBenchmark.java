package org.pressdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.pressdesk.account.PasswordHasher;
import org.pressdesk.app.AppServices;
import org.pressdesk.audit.AuditVerifier;
import org.pressdesk.domain.AuditKind;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.store.AuditRepository;
import org.pressdesk.local.DataDirectory;
import org.pressdesk.store.SettingsRepository;

/**
 * What decision 0037's checks add to {@code audit verify}: the hash chain alone against the chain plus anchors,
 * every revision's content hash and every account's role, on a database of N communiqués with one audit entry each.
 * Not a JUnit test. Run after the class path is built (docs/benchmarks.md):
 * <pre>java -cp "$CP" org.pressdesk.bench.AuditVerifyBenchmark 20000</pre>
 */
public final class AuditVerifyBenchmark {
    private static final int ROUNDS = 5;

    private AuditVerifyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        Path work = Files.createTempDirectory("pressdesk-bench-audit");
        AppServices.Settings settings = new AppServices.Settings(Clock.systemUTC(), new PasswordHasher(1_000),
                d -> { });
        try (AppServices services = AppServices.open(DataDirectory.prepare(work.resolve("data")), settings)) {
            UserAccount admin = services.accounts().createFirstAdministrator("bench", null,
                    "benchmark-password".toCharArray());
            Office office = services.offices().create(admin, "BIP/MAECI", "Bureau", Office.Letterhead.empty(),
                    ZoneId.of("Africa/Bamako"));
            SyntheticCommuniques.fill(services, admin, office, count, 7);
            Map<Long, String> details = new LinkedHashMap<>();
            for (long id = 1; id <= count; id++) {
                details.put(id, "revision=1");
            }
            services.audit().recordAll(admin, AuditKind.COMMUNIQUE_CREATED, details);
            AuditVerifier chainOnly = new AuditVerifier(new AuditRepository(services.database()),
                    new SettingsRepository(services.database()));
            time("chain only", chainOnly::verify);
            time("chain, anchors, revisions, roles", services.auditVerifier()::verify);
            time("chain only", chainOnly::verify);
            time("chain, anchors, revisions, roles", services.auditVerifier()::verify);
        }
        System.out.printf(Locale.ROOT, "%d communiqués, load average %s%n", count,
                Files.readString(Path.of("/proc/loadavg")).strip());
    }

    private static void time(String label, Supplier<AuditVerifier.Result> verify) {
        double[] ms = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            AuditVerifier.Result result = verify.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
            if (!result.intact()) {
                throw new IllegalStateException(label + ": " + result);
            }
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%-34s median %.0f ms (min %.0f, max %.0f)%n", label, ms[ROUNDS / 2], ms[0],
                ms[ROUNDS - 1]);
    }
}
