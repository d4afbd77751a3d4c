package org.pressdesk.crash;

import java.nio.file.Path;
import java.util.Random;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.ListQuery;
import org.pressdesk.domain.UserAccount;

/**
 * One of several processes working on one data folder at the same time. As a command line ({@code cli}) it opens
 * the folder, signs in, does one thing (a new communiqué, a revision of its last one, or the list) and closes the
 * folder again, over and over, so that the process serving the file through H2's automatic server keeps changing;
 * as a window ({@code window}) it keeps the folder open for its whole run and works on the same services. Every
 * save is reported as a {@link CrashLog} line once the service returned; every failure as a {@code FAILED} line.
 * Arguments: the data directory, the seed, the user name, the run's length in milliseconds, {@code cli} or
 * {@code window}.
 */
public final class SharedFolderWorker {
    static final String FAILED = "FAILED";
    static final String ENDED = "ENDED";

    private final Random random;
    private final String tag;
    private final String userName;
    private Communique last;
    private int step;

    private SharedFolderWorker(long seed, String userName) {
        this.random = new Random(seed);
        this.tag = Long.toString(seed, 36);
        this.userName = userName;
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        SharedFolderWorker worker = new SharedFolderWorker(Long.parseLong(args[1]), args[2]);
        long end = System.nanoTime() + Long.parseLong(args[3]) * 1_000_000;
        boolean window = "window".equals(args[4]);
        CrashLog.started();
        AppServices kept = window ? CrashOffice.open(folder) : null;
        while (System.nanoTime() < end) {
            try {
                if (kept != null) {
                    worker.once(kept);
                } else {
                    try (AppServices services = CrashOffice.open(folder)) {
                        worker.once(services);
                    }
                }
            } catch (RuntimeException e) {
                System.out.println(FAILED + "\t" + e.getClass().getSimpleName() + ": " + firstLine(e.getMessage()));
                System.out.flush();
            }
        }
        if (kept != null) {
            kept.close();
        }
        System.out.println(ENDED);
        System.out.flush();
    }

    private void once(AppServices services) {
        step++;
        UserAccount user = services.accounts().signIn(userName, CrashOffice.PASSWORD.toCharArray());
        int dice = random.nextInt(100);
        if (last == null || dice < 40) {
            last = services.communiques().create(user, content(services, "Partagé " + tag + "-" + step,
                    "Premier jet à l’étape " + step));
            CrashLog.saved(last);
        } else if (dice < 75) {
            last = services.communiques().save(user, last.id(), last.version(),
                    content(services, last.content().title(), "Texte révisé à l’étape " + step));
            CrashLog.saved(last);
        } else {
            services.communiques().list(ListQuery.all());
            System.out.println("LISTED");
            System.out.flush();
        }
    }

    private static CommuniqueContent content(AppServices services, String title, String body) {
        return new CommuniqueContent(title, body, null, services.offices().defaultOffice().orElseThrow().id(),
                "Bamako", null, "fr");
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
