package org.pressdesk.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.pressdesk.account.Sleeper;

/** A sleeper that does not sleep: it only remembers how long it was asked to wait. */
public final class RecordingSleeper implements Sleeper {
    private final List<Duration> waits = new ArrayList<>();

    @Override
    public synchronized void sleep(Duration duration) {
        waits.add(duration);
    }

    public synchronized List<Duration> waits() {
        return List.copyOf(waits);
    }
}
