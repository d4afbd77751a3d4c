package org.pressdesk.account;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a sign-in for an account waits after repeated failures: nothing for the first three, then one second,
 * doubling with each further failure up to thirty seconds, counted from the last failure.
 */
public final class SignInThrottle {
    static final int FREE_ATTEMPTS = 3;
    static final Duration MAX_DELAY = Duration.ofSeconds(30);

    private SignInThrottle() {
    }

    public static Duration delay(int failedAttempts, Instant lastFailure, Instant now) {
        if (failedAttempts < FREE_ATTEMPTS || lastFailure == null) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failedAttempts - FREE_ATTEMPTS, 5);
        Duration full = Duration.ofSeconds(1L << doublings);
        if (full.compareTo(MAX_DELAY) > 0) {
            full = MAX_DELAY;
        }
        Duration remaining = full.minus(Duration.between(lastFailure, now));
        return remaining.isNegative() ? Duration.ZERO : remaining;
    }
}
