package org.pressdesk.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
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
 * main window does. Each desktop's hearings and refreshes are logged; {@link #measureInto} then matches every save
 * with each other desktop's first hearing of that communiqué after the save began ("notified") and the end of the
 * first refresh after that ("visible"), counted from the save's return (zero when it came before the return).
 */
final class ColleagueScreens {
    static final ListQuery FIRST_PAGE = new ListQuery("", 0, 100);

    private record Save(long id, int desk, long began, long returned) {
    }

    private record Seen(int desk, long id) {
    }

    private final List<Save> saves = Collections.synchronizedList(new ArrayList<>());
    private final Map<Seen, List<Long>> notified = new ConcurrentHashMap<>();
    private final Map<Seen, List<Long>> visible = new ConcurrentHashMap<>();
    private final Latencies refreshes = new Latencies();
    private int desks;

    /** Notes that {@code desk} saved communiqué {@code id}, from {@code began} to {@code returned} (nano time). */
    void saved(int desk, long id, long began, long returned) {
        saves.add(new Save(id, desk, began, returned));
    }

    /** Makes desktop {@code desk}'s screen follow its colleagues' commits. */
    void follow(int desk, AppServices services) {
        desks = Math.max(desks, desk + 1);
        ExecutorService screen = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "screen-" + desk);
            t.setDaemon(true);
            return t;
        });
        Set<Long> heard = new LinkedHashSet<>();
        AtomicBoolean queued = new AtomicBoolean();
        services.database().addRemoteChangeListener(ids -> {
            long now = System.nanoTime();
            synchronized (heard) {
                for (Long id : ids) {
                    log(notified, new Seen(desk, id), now);
                    heard.add(id);
                }
            }
            if (queued.compareAndSet(false, true)) {
                screen.execute(() -> refresh(desk, services, heard, queued));
            }
        });
    }

    private void refresh(int desk, AppServices services, Set<Long> heard, AtomicBoolean queued) {
        queued.set(false);
        List<Long> shown;
        synchronized (heard) {
            shown = new ArrayList<>(heard);
            heard.clear();
        }
        refreshes.time("list refresh", () -> services.communiques().list(FIRST_PAGE));
        long now = System.nanoTime();
        shown.forEach(id -> log(visible, new Seen(desk, id), now));
    }

    private static void log(Map<Seen, List<Long>> into, Seen seen, long at) {
        into.computeIfAbsent(seen, k -> Collections.synchronizedList(new ArrayList<>())).add(at);
    }

    /** Adds what was logged since the last call to {@code into}, then starts the log afresh. */
    void measureInto(Latencies into) {
        List<Save> done;
        synchronized (saves) {
            done = new ArrayList<>(saves);
            saves.clear();
        }
        for (Save save : done) {
            for (int desk = 0; desk < desks; desk++) {
                if (desk != save.desk()) {
                    match(save, notified.get(new Seen(desk, save.id())), "notified", into);
                    match(save, visible.get(new Seen(desk, save.id())), "visible", into);
                }
            }
        }
        notified.clear();
        visible.clear();
        into.addAll("list refresh", refreshes.take("list refresh"));
    }

    private static void match(Save save, List<Long> times, String name, Latencies into) {
        if (times == null) {
            into.add(name + ", never", 0);
            return;
        }
        synchronized (times) {
            times.stream().filter(t -> t >= save.began()).findFirst().ifPresentOrElse(
                    t -> into.add(name, Math.max(0, t - save.returned())), () -> into.add(name + ", never", 0));
        }
    }
}
