package org.pressdesk.bench;

import java.util.List;
import java.util.Random;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.search.SearchQuery;

/**
 * The search index's catch-up, measured apart from the screens: every 10 s one desktop saves a communiqué holding a
 * word never used before, and a few other desktops' searches are asked for it every 50 ms until they find it. The
 * time from the save's return to each desktop's first hit is "index catch-up" (searches that still miss it 10 s after
 * the phase's end are counted apart).
 */
final class IndexProbe {
    /** How long after the phase's end a probe still waits for its word. */
    private static final long GRACE = 10_000_000_000L;

    private final Latencies latencies;
    private final long until;

    IndexProbe(Latencies latencies, long until) {
        this.latencies = latencies;
        this.until = until;
    }

    void run(AppServices saving, UserAccount editor, Office office, List<AppServices> searching)
            throws InterruptedException {
        Random random = new Random(42);
        while (System.nanoTime() < until) {
            Thread.sleep(10_000);
            String word = word(random);
            saving.communiques().create(editor, PeopleAtWork.content(office, "Communiqué témoin " + word, 0));
            long saved = System.nanoTime();
            for (AppServices desk : searching) {
                boolean found;
                while (!(found = desk.search().search(SearchQuery.of(word)).total() > 0)
                        && System.nanoTime() < until + GRACE) {
                    Thread.sleep(50);
                }
                latencies.add(found ? "index catch-up" : "index catch-up, not found by the end", System.nanoTime()
                        - saved);
            }
        }
    }

    private static String word(Random random) {
        StringBuilder word = new StringBuilder("sonde");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
