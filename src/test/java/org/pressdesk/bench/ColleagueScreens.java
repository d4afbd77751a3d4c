package org.pressdesk.bench;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.ListQuery;

/**
 * What each simulated desktop's screen does when colleagues commit: it hears the server's notification, then reads
 * its list's first page again (one refresh at a time, the changes heard meanwhile folded into the next one), as the
 * main window does. Times, per desktop and per colleague's save, from the save's return to the notification
 * ("notified") and to the end of the refresh that followed it ("visible").
 */
final class ColleagueScreens {
    static final ListQuery FIRST_PAGE = new ListQuery("", 0, 100);

    /** Per communiqué, its last save: when it returned, on which desktop, and which desktops have heard it since. */
    private final Map<Long, Saved> savedAt = new ConcurrentHashMap<>();
    private volatile Latencies latencies = new Latencies();
    private volatile boolean measuring;

    /** From now on, times what follows into {@code into}; nothing when null. */
    void measureInto(Latencies into) {
        measuring = into != null;
        if (into != null) {
            latencies = into;
        }
    }

    /** Notes that {@code desk} just saved communiqué {@code id}. */
    void saved(int desk, long id) {
        savedAt.put(id, new Saved(System.nanoTime(), desk, ConcurrentHashMap.newKeySet()));
    }

    private record Saved(long at, int desk, Set<Integer> heardBy) {
    }

    /** Makes desktop {@code desk}'s screen follow its colleagues' commits. */
    void follow(int desk, AppServices services) {
        ExecutorService screen = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "screen-" + desk);
            t.setDaemon(true);
            return t;
        });
        Map<Long, Saved> heard = new java.util.HashMap<>();
        AtomicBoolean queued = new AtomicBoolean();
        services.database().addRemoteChangeListener(ids -> {
            long now = System.nanoTime();
            synchronized (heard) {
                for (Long id : ids) {
                    // each desktop's first hearing of a save only (not the same communiqué's submission later)
                    Saved saved = savedAt.get(id);
                    if (saved != null && saved.desk() != desk && saved.heardBy().add(desk) && measuring) {
                        latencies.add("notified", now - saved.at());
                        heard.put(id, saved);
                    }
                }
            }
            if (queued.compareAndSet(false, true)) {
                screen.execute(() -> refresh(services, heard, queued));
            }
        });
    }

    private void refresh(AppServices services, Map<Long, Saved> heard, AtomicBoolean queued) {
        queued.set(false);
        java.util.List<Saved> shown;
        synchronized (heard) {
            shown = new java.util.ArrayList<>(heard.values());
            heard.clear();
        }
        Latencies into = latencies;
        into.time("list refresh", () -> services.communiques().list(FIRST_PAGE));
        long now = System.nanoTime();
        if (measuring) {
            shown.forEach(saved -> into.add("visible", now - saved.at()));
        }
    }
}
