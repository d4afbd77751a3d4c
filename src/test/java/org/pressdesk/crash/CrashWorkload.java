package org.pressdesk.crash;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.pressdesk.account.PasswordHasher;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.ListQuery;
import org.pressdesk.domain.Role;
import org.pressdesk.domain.Status;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.local.DataDirectory;

/**
 * A session that a crash test kills: the services the window uses, driven on the window's threads (one persistence
 * queue for saves and autosaves, a listing thread reading the list and the review count, the search index's own
 * thread), by a seeded random script of typing, autosave, save, submit, approve, new communiqués, archive imports
 * and PDF exports ({@link CrashTransfers}). Each outcome the
 * window would report is printed, after the service returned, as one line of {@link CrashLog}. Arguments: the data
 * directory, the seed, the user name, and optionally a number of steps after which the session ends by itself (the
 * warm-up run that records the class archive the killed sessions start from).
 */
public final class CrashWorkload {
    private final AppServices services;
    private final UserAccount user;
    private final Random random;
    private final String tag;
    private final CrashTransfers transfers;
    private final boolean opensWithImport;
    private Communique current;
    private UUID draft = UUID.randomUUID();
    private int step;

    private CrashWorkload(AppServices services, UserAccount user, long seed, Path folder) {
        this.services = services;
        this.transfers = new CrashTransfers(services, user, folder);
        this.user = user;
        this.random = new Random(seed);
        this.opensWithImport = Math.floorMod(seed, 3) == 0;
        this.tag = Long.toString(seed, 36) + "-" + Long.toString(System.nanoTime() % 1_000_000, 36);
    }

    public static void main(String[] args) throws Exception {
        AppServices services = AppServices.open(DataDirectory.prepare(Path.of(args[0])),
                new AppServices.Settings(Clock.systemUTC(), new PasswordHasher(1_000), duration -> { }));
        UserAccount user = services.accounts().signIn(args[2], CrashOffice.PASSWORD.toCharArray());
        ExecutorService persistence = Executors.newSingleThreadExecutor();
        ExecutorService listing = Executors.newSingleThreadExecutor();
        CrashWorkload workload = new CrashWorkload(services, user, Long.parseLong(args[1]), Path.of(args[0]));
        CrashLog.started();
        int steps = args.length > 3 ? Integer.parseInt(args[3]) : Integer.MAX_VALUE;
        for (int i = 0; i < steps; i++) {
            persistence.submit(workload::next).get(60, TimeUnit.SECONDS);
            listing.submit(() -> {
                services.communiques().list(ListQuery.all());
                return services.reviews().queueCount();
            });
        }
        // Only a warm-up run (the class archive's) gets here: it ends as the program does, closing what it opened.
        persistence.shutdown();
        listing.shutdown();
        listing.awaitTermination(60, TimeUnit.SECONDS);
        services.close();
        System.exit(0);
    }

    private Void next() {
        step++;
        int dice = random.nextInt(100);
        // A loaded machine gives a session few steps before its kill: one session in three begins with an import,
        // so that kills land inside imports (and their single transaction) in every run of the trials.
        if (dice < 4 || step == 1 && opensWithImport) {
            transfers.importArchive(tag, step);
        } else if (current != null && dice < 8) {
            transfers.export(current, tag, step);
        } else if (current == null || dice < 12) {
            create();
        } else if (current.status() != Status.DRAFT) {
            reopenOrCreate();
        } else if (dice < 55) {
            autosave();
        } else if (dice < 85) {
            save();
        } else if (dice < 95) {
            current = services.reviews().submit(user, current.id());
            CrashLog.status(current);
        } else {
            create();
        }
        return null;
    }

    private void create() {
        String title = "Communiqué " + tag + "-" + step;
        current = services.communiques().create(user, content(title, "Premier jet " + step));
        draft = UUID.randomUUID();
        CrashLog.saved(current);
    }

    private void save() {
        current = services.communiques().save(user, current.id(), current.version(),
                content(current.content().title(), "Texte " + tag + " révisé à l’étape " + step));
        services.autosaves().discard(draft);
        draft = UUID.randomUUID();
        CrashLog.saved(current);
    }

    private void autosave() {
        String body = "Frappe " + tag + " à l’étape " + step + " " + "mot ".repeat(random.nextInt(200));
        services.autosaves().store(user, draft, current.id(), current.version(),
                content(current.content().title(), body));
        CrashLog.autosaved(draft, current.id(), body);
    }

    private void reopenOrCreate() {
        if (current.status() == Status.IN_REVIEW && user.can(Role.MANAGER) && random.nextBoolean()) {
            current = services.reviews().approve(user, current.id(), "Bon pour diffusion");
            CrashLog.status(current);
        } else {
            create();
        }
    }

    private CommuniqueContent content(String title, String body) {
        return new CommuniqueContent(title, body, null, services.offices().defaultOffice().orElseThrow().id(),
                "Bamako", null, "fr");
    }
}
