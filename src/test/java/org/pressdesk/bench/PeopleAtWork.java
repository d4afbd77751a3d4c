package org.pressdesk.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.CommuniqueSummary;
import org.pressdesk.domain.ConflictException;
import org.pressdesk.domain.Genre;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.RuleViolationException;
import org.pressdesk.domain.UserAccount;

/**
 * One person's work at a desktop, with a person's pauses. An editor writes a communiqué: while typing, the editor's
 * autosave stores the text every {@value #AUTOSAVE_SECONDS} s; every 20 to 40 s the editor saves (a new revision);
 * after three saves the editor opens the list and submits, then pauses 5 to 15 s before the next. A manager, every
 * 10 to 20 s, opens the list and the review queue, reads one item for 5 to 10 s and approves it. With
 * {@code pauses} false, the same steps follow each other without a pause (the saturation run).
 */
final class PeopleAtWork {
    static final int AUTOSAVE_SECONDS = 3;
    private static final int SAVES_BEFORE_SUBMIT = 3;

    private final Latencies latencies;
    private final ColleagueScreens screens;
    private final AtomicLong refused = new AtomicLong();
    private final boolean pauses;
    private final long until;

    PeopleAtWork(Latencies latencies, ColleagueScreens screens, boolean pauses, long until) {
        this.latencies = latencies;
        this.screens = screens;
        this.pauses = pauses;
        this.until = until;
    }

    long refused() {
        return refused.get();
    }

    void edit(AppServices desk, UserAccount editor, Office office, int number, Random random)
            throws InterruptedException {
        pause(random, 0, 15_000);
        while (running()) {
            UUID draftUuid = UUID.randomUUID();
            Communique draft = save(number, () -> desk.communiques().create(editor, content(office, number, 0)));
            for (int save = 1; save <= SAVES_BEFORE_SUBMIT && running(); save++) {
                long typing = pauses ? 20_000 + random.nextInt(20_000) : 0;
                long typed = System.nanoTime() + typing * 1_000_000;
                do {
                    pause(random, AUTOSAVE_SECONDS * 1_000 - 500, 1_000);
                    Communique base = draft;
                    latencies.time("autosave", () -> desk.autosaves().store(editor, draftUuid, base.id(),
                            base.version(), content(office, number, 99)));
                } while (System.nanoTime() < typed && running());
                if (!running()) {
                    return; // the pause was cut at the phase's end: every editor would save in the same instant
                }
                Communique base = draft;
                int s = save;
                draft = save(number, () -> desk.communiques().save(editor, base.id(), base.version(),
                        content(office, number, s)));
            }
            if (!running()) {
                return;
            }
            latencies.time("list", () -> desk.communiques().list(ColleagueScreens.FIRST_PAGE));
            Communique done = draft;
            latencies.time("submit", () -> desk.reviews().submit(editor, done.id()));
            pause(random, 5_000, 10_000);
        }
    }

    void manage(AppServices desk, UserAccount manager, Random random) throws InterruptedException {
        pause(random, 0, 15_000);
        while (running()) {
            latencies.time("list", () -> desk.communiques().list(ColleagueScreens.FIRST_PAGE));
            List<CommuniqueSummary> queue = latencies.time("review queue", () -> desk.reviews().queue());
            if (!queue.isEmpty()) {
                pause(random, 5_000, 5_000);
                if (!running()) {
                    return;
                }
                CommuniqueSummary pick = queue.get(random.nextInt(queue.size()));
                try {
                    latencies.time("approve", () -> desk.reviews().approve(manager, pick.id(), null));
                } catch (ConflictException | RuleViolationException e) {
                    refused.incrementAndGet(); // a colleague approved it first
                }
            } else if (!pauses) {
                Thread.sleep(50);
            }
            pause(random, 10_000, 10_000);
        }
    }

    private Communique save(int number, java.util.function.Supplier<Communique> work) {
        long began = System.nanoTime();
        Communique saved = work.get();
        long returned = System.nanoTime();
        latencies.add("save", returned - began);
        screens.saved(number, saved.id(), began, returned);
        return saved;
    }

    private boolean running() {
        return System.nanoTime() < until;
    }

    /** Sleeps {@code least} to {@code least + spread} ms (nothing in the saturation run). */
    private void pause(Random random, int least, int spread) throws InterruptedException {
        if (pauses) {
            long ms = least + (spread > 0 ? random.nextInt(spread) : 0);
            Thread.sleep(Math.max(0, Math.min(ms, (until - System.nanoTime()) / 1_000_000)));
        }
    }

    static CommuniqueContent content(Office office, int desk, int edit) {
        return content(office, "Communiqué du poste " + desk + " " + System.nanoTime(), edit);
    }

    static CommuniqueContent content(Office office, String title, int edit) {
        return new CommuniqueContent(title, "Le Ministre a reçu en audience, version " + edit + ".", Genre.PRESS_RELEASE, office.id(), "Bamako",
                LocalDate.of(2026, 2, 3), "fr");
    }
}
