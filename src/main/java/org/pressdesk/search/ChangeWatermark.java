package org.pressdesk.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.pressdesk.domain.CommuniqueChange;

/**
 * How far an index has followed the database's change sequence. A transaction takes its number just before it
 * commits, so one that took 10 may commit after one that took 11: a reader that has seen 11 but not 10 must not
 * conclude that 10 never comes. A missing number is therefore remembered as a gap and looked for again at each
 * catch-up, until it turns up or {@link #PATIENCE} has passed (its transaction rolled back, or the sequence skipped
 * it, as H2 does after a crash). {@link #applied()} is the number below which every change is applied: the index
 * records it, and reads from there after a restart (re-applying a change twice is harmless).
 */
final class ChangeWatermark {
    /** Far longer than the moment between taking a number and committing. */
    static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final int MAX_GAPS = 10_000;

    private long highest;
    /** Missing numbers below {@link #highest}, with when they were first missed (System.nanoTime). */
    private final TreeMap<Long, Long> gaps = new TreeMap<>();

    ChangeWatermark(long applied) {
        this.highest = applied;
    }

    /** Every change numbered up to this one is applied; read from here. */
    synchronized long applied() {
        return gaps.isEmpty() ? highest : gaps.firstKey() - 1;
    }

    /**
     * Takes the changes read above {@link #applied()} (in number order) and returns those not applied yet; missing
     * numbers become gaps, and gaps older than {@link #PATIENCE} are given up.
     */
    synchronized List<CommuniqueChange> take(List<CommuniqueChange> read, long nowNanos) {
        List<CommuniqueChange> fresh = new ArrayList<>();
        Set<Long> takenNow = new HashSet<>();
        for (CommuniqueChange change : read) {
            long number = change.sequence();
            if (takenNow.contains(number)) {
                fresh.add(change);
            } else if (number > highest) {
                for (long missing = Math.max(highest + 1, number - MAX_GAPS); missing < number; missing++) {
                    gaps.put(missing, nowNanos);
                }
                highest = number;
                takenNow.add(number);
                fresh.add(change);
            } else if (gaps.remove(number) != null) {
                takenNow.add(number);
                fresh.add(change);
            }
        }
        gaps.values().removeIf(noticed -> nowNanos - noticed > PATIENCE.toNanos());
        while (gaps.size() > MAX_GAPS) {
            gaps.pollFirstEntry();
        }
        return fresh;
    }

    /** After a rebuild from the database: everything up to {@code number} is applied, nothing is awaited. */
    synchronized void reset(long number) {
        gaps.clear();
        highest = number;
    }

    /**
     * After a rebuild (or a check that found the index current) that read the database once {@code number} was the
     * highest number committed: a lower number not committed yet then ({@code committed} lists the numbers committed
     * from {@code since} on) may belong to a transaction still on its way to the commit, whose change the rebuild
     * did not see; it is awaited as a gap, so that the next catch-up applies it.
     */
    synchronized void reset(long number, long since, java.util.Collection<Long> committed, long nowNanos) {
        reset(number);
        Set<Long> seen = new HashSet<>(committed);
        for (long missing = Math.max(1, Math.max(since, number - MAX_GAPS)); missing < number; missing++) {
            if (!seen.contains(missing)) {
                gaps.put(missing, nowNanos);
            }
        }
    }
}
