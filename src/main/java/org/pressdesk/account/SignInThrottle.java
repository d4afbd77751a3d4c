package org.pressdesk.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.pressdesk.store.Database;
import org.pressdesk.store.SignInThrottleRepository;
import org.pressdesk.store.SignInThrottleRepository.Counter;
import org.pressdesk.store.UserRepository;

/**
 * Slows a password guesser without locking out the person whose account it is. Each attempt is counted, before its
 * password is checked, against the name tried (whether or not it is an account, so that a wait never tells which
 * names exist) and against its source. After three free attempts each further one waits a second, doubling, counted
 * from the previous attempt: up to {@link Policy#nameLimit} for a name, so that the owner typing the right password
 * never waits longer than that however long someone else has been guessing, and up to the longer
 * {@link Policy#sourceLimit} for the source that keeps guessing. Counting before the check makes parallel guesses
 * wait in turn, since each sees the ones before it; the counters are in the database, so other processes see them
 * too. A success clears the name's and the source's counters.
 */
public final class SignInThrottle {
    /** How strict the throttle is. */
    public record Policy(int freeAttempts, Duration nameLimit, Duration sourceLimit, Duration forgetAfter) {
        public static Policy standard() {
            return new Policy(3, Duration.ofSeconds(5), Duration.ofSeconds(60), Duration.ofDays(1));
        }
    }

    private final Database database;
    private final SignInThrottleRepository counters;
    private final Clock clock;
    private final Policy policy;

    public SignInThrottle(Database database, SignInThrottleRepository counters, Clock clock, Policy policy) {
        this.database = database;
        this.counters = counters;
        this.clock = clock;
        this.policy = policy;
    }

    /** Counts an attempt of {@code name} from {@code source} and says how long it must wait before its check. */
    public Duration beforeAttempt(String name, SignInSource source) {
        Instant now = clock.instant();
        counters.pruneBefore(now.minus(policy.forgetAfter()));
        counters.ensure(nameKey(name), now);
        counters.ensure(sourceKey(source), now);
        return database.inTransaction(() -> {
            Duration byName = delay(counters.countAttempt(nameKey(name), now), now, policy.nameLimit());
            Duration bySource = delay(counters.countAttempt(sourceKey(source), now), now, policy.sourceLimit());
            return byName.compareTo(bySource) >= 0 ? byName : bySource;
        });
    }

    /** The right password was given: the name and the source start afresh. */
    public void succeeded(String name, SignInSource source) {
        database.inTransaction(() -> {
            counters.clear(nameKey(name));
            counters.clear(sourceKey(source));
        });
    }

    /**
     * An administrator unlocked {@code name}: its owner starts afresh, on this computer too (the source an owner who
     * mistyped shares with the administrator's desk); other sources keep their count.
     */
    public void forgive(String name) {
        succeeded(name, SignInSource.thisComputer());
    }

    Duration delay(Counter before, Instant now, Duration limit) {
        return delay(before.attempts(), before.lastAttemptAt(), now, policy.freeAttempts(), limit);
    }

    /**
     * The wait of an attempt after {@code earlier} uncleared attempts, the last at {@code last}: nothing for the free
     * ones, then one second doubling up to {@code limit}, less the time since the last attempt.
     */
    static Duration delay(int earlier, Instant last, Instant now, int free, Duration limit) {
        if (earlier < free || last == null) {
            return Duration.ZERO;
        }
        int doublings = Math.min(earlier - free, 20);
        Duration full = Duration.ofSeconds(1L << doublings);
        if (full.compareTo(limit) > 0) {
            full = limit;
        }
        Duration remaining = full.minus(Duration.between(last, now));
        return remaining.isNegative() ? Duration.ZERO : remaining;
    }

    static String nameKey(String name) {
        return "n:" + sha256(UserRepository.loginKey(name == null ? "" : name));
    }

    static String sourceKey(SignInSource source) {
        return "s:" + sha256(source.id());
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
