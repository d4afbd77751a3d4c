package org.pressdesk.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignInThrottleTest {
    private static final Instant LAST = Instant.parse("2026-02-03T09:00:00Z");
    private static final Duration NAME_LIMIT = SignInThrottle.Policy.standard().nameLimit();
    private static final Duration SOURCE_LIMIT = SignInThrottle.Policy.standard().sourceLimit();

    @ParameterizedTest(name = "{0} earlier attempts, {1} s ago, limit {2} s -> wait {3} ms")
    @CsvSource({
        "0,  0,  5,     0",
        "2,  0,  5,     0",
        "3,  0,  5,  1000",
        "4,  0,  5,  2000",
        "5,  0,  5,  4000",
        "6,  0,  5,  5000",
        "50, 0,  5,  5000",
        "8,  0, 60, 32000",
        "9,  0, 60, 60000",
        "90, 0, 60, 60000",
        "3,  1,  5,     0",
        "5,  3,  5,  1000",
        "9, 59, 60,  1000",
        "9, 61, 60,     0",
    })
    void theWaitDoublesAfterThreeAttemptsUpToItsLimitCountedFromTheLastOne(int earlier, int secondsAgo,
            int limitSeconds, long expectedMillis) {
        Duration wait = SignInThrottle.delay(earlier, LAST, LAST.plusSeconds(secondsAgo), 3,
                Duration.ofSeconds(limitSeconds));

        assertThat(wait).isEqualTo(Duration.ofMillis(expectedMillis));
    }

    @Test
    void theOwnersNameIsSlowedLessThanTheSourceThatKeepsGuessing() {
        assertThat(NAME_LIMIT).isLessThanOrEqualTo(Duration.ofSeconds(5));
        assertThat(SOURCE_LIMIT).isGreaterThan(NAME_LIMIT);
    }

    @Test
    void namesAreKeptAsDigestsAndCaseDoesNotMatter() {
        assertThat(SignInThrottle.nameKey(" Awa ")).isEqualTo(SignInThrottle.nameKey("awa"))
                .doesNotContain("awa").hasSizeLessThanOrEqualTo(80);
        assertThat(SignInThrottle.sourceKey(new SignInSource("local:awa"))).isNotEqualTo(SignInThrottle.nameKey("awa"));
    }
}
