package org.pressdesk.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignInThrottleTest {
    private static final Instant LAST_FAILURE = Instant.parse("2026-02-03T09:00:00Z");

    @ParameterizedTest(name = "{0} failures, {1} s ago -> wait {2} ms")
    @CsvSource({
        "0,  0,     0",
        "2,  0,     0",
        "3,  0,  1000",
        "4,  0,  2000",
        "5,  0,  4000",
        "7,  0, 16000",
        "8,  0, 30000",
        "50, 0, 30000",
        "3,  1,     0",
        "5,  3,  1000",
        "8, 29,  1000",
        "8, 60,     0",
    })
    void theWaitDoublesAfterThreeFailuresUpToThirtySecondsCountedFromTheLastOne(int failures, int secondsAgo,
            long expectedMillis) {
        Duration wait = SignInThrottle.delay(failures, LAST_FAILURE, LAST_FAILURE.plusSeconds(secondsAgo));

        assertThat(wait).isEqualTo(Duration.ofMillis(expectedMillis));
    }

    @ParameterizedTest
    @CsvSource({"3", "10"})
    void noRecordedFailureTimeMeansNoWait(int failures) {
        assertThat(SignInThrottle.delay(failures, null, LAST_FAILURE)).isZero();
    }
}
