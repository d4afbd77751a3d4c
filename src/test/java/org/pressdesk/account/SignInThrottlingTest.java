package org.pressdesk.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.domain.AuditEvent;
import org.pressdesk.domain.AuditKind;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.store.AuditRepository;
import org.pressdesk.store.SignInThrottleRepository;
import org.pressdesk.testing.TestOffice;

/** Sign-in throttling on the real database, with a clock that moves only when told and a sleeper that records. */
class SignInThrottlingTest {
    private static final SignInSource GUESSER = new SignInSource("local:intrus");
    private static final SignInSource OWNER = new SignInSource("local:awa");

    @TempDir
    Path tempDir;

    private TestOffice office;
    private AccountService accounts;

    @BeforeEach
    void open() {
        office = TestOffice.open(tempDir);
        accounts = office.services().accounts();
    }

    @AfterEach
    void close() {
        office.close();
    }

    @Test
    void anUnknownNameIsSlowedExactlyLikeAnAccount() {
        List<Duration> forAccount = waitsOf(i -> guess(TestOffice.ADMIN, new SignInSource("local:a" + i)), 7);
        List<Duration> forUnknown = waitsOf(i -> guess("inconnu", new SignInSource("local:b" + i)), 7);

        assertThat(forUnknown).isEqualTo(forAccount)
                .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                        Duration.ofSeconds(5));
    }

    @Test
    void theOwnerWaitsAtMostFiveSecondsHoweverLongSomeoneElseGuessedTheirName() {
        for (int i = 0; i < 40; i++) {
            guess(TestOffice.ADMIN, GUESSER);
        }
        int before = office.sleeper().waits().size();

        assertThat(accounts.signIn(TestOffice.ADMIN, TestOffice.PASSWORD.toCharArray(), OWNER))
                .isEqualTo(office.admin());

        List<Duration> waits = office.sleeper().waits();
        assertThat(waits.subList(before, waits.size())).containsExactly(Duration.ofSeconds(5));
        assertThat(lastEvent().detail()).isEqualTo("waited=5000ms");
    }

    @Test
    void aSourceThatKeepsGuessingIsSlowedUpToAMinuteEvenOnNewNames() {
        for (int i = 0; i < 12; i++) {
            guess("nom-" + i, GUESSER);
        }

        assertThat(office.sleeper().waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2),
                Duration.ofSeconds(4), Duration.ofSeconds(8), Duration.ofSeconds(16), Duration.ofSeconds(32),
                Duration.ofSeconds(60), Duration.ofSeconds(60), Duration.ofSeconds(60));
    }

    @Test
    void parallelGuessesWaitInTurn() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Void>> attempts = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                attempts.add(() -> {
                    guess(TestOffice.ADMIN, GUESSER);
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(attempts)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(office.sleeper().waits()).as("as if one after the other").containsExactlyInAnyOrder(
                Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
    }

    @Test
    void everyAttemptIsAuditedWithItsWait() {
        for (int i = 0; i < 4; i++) {
            guess("inconnu", GUESSER);
        }

        AuditEvent last = lastEvent();
        assertThat(last.kind()).isEqualTo(AuditKind.SIGN_IN_FAILED);
        assertThat(last.actorName()).isEqualTo("inconnu");
        assertThat(last.detail()).isEqualTo("unknown waited=1000ms");
    }

    @Test
    void countersUntouchedForADayAreForgottenSoTheTableStaysSmall() {
        for (int i = 0; i < 30; i++) {
            guess("nom-" + i, GUESSER);
        }
        SignInThrottleRepository counters = new SignInThrottleRepository(office.services().database());
        assertThat(counters.size()).isEqualTo(31);

        office.clock().advance(Duration.ofHours(25));
        guess("encore", GUESSER);

        assertThat(counters.size()).isEqualTo(2);
    }

    private void guess(String name, SignInSource source) {
        assertThatThrownBy(() -> accounts.signIn(name, "pas-le-bon".toCharArray(), source))
                .isInstanceOfSatisfying(PressDeskException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("signIn.refused"));
    }

    private List<Duration> waitsOf(IntConsumer attempt, int times) {
        int before = office.sleeper().waits().size();
        for (int i = 0; i < times; i++) {
            attempt.accept(i);
        }
        List<Duration> waits = office.sleeper().waits();
        return List.copyOf(waits.subList(before, waits.size()));
    }

    private AuditEvent lastEvent() {
        return new AuditRepository(office.services().database()).latest(1).get(0);
    }
}
