package org.pressdesk.account;

import java.time.Duration;

/** Waits; tests pass one that only records the wait. */
@FunctionalInterface
public interface Sleeper {
    void sleep(Duration duration);

    static Sleeper real() {
        return duration -> {
            try {
                Thread.sleep(duration.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }
}
