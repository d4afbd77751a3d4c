package org.pressdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** What a second thread reads reaches the writer whole and in order; a failure on either side stops both. */
class ReadAheadTest {

    @Test
    void everyItemReachesTheWriterInTheReadersOrder() {
        List<Integer> written = new ArrayList<>();

        ReadAhead.<Integer>each(each -> count(10 * ReadAhead.AHEAD + 7, each), written::add);

        assertThat(written).hasSize(10 * ReadAhead.AHEAD + 7);
        for (int i = 0; i < written.size(); i++) {
            assertThat(written.get(i)).isEqualTo(i);
        }
    }

    @Test
    void nothingToReadWritesNothing() {
        List<Integer> written = new ArrayList<>();

        ReadAhead.<Integer>each(each -> { }, written::add);

        assertThat(written).isEmpty();
    }

    @Test
    void theReadersFailureIsTheCallersAfterWhatItReadBefore() {
        List<Integer> written = new ArrayList<>();

        assertThatThrownBy(() -> ReadAhead.<Integer>each(each -> {
            count(3, each);
            throw new IllegalStateException("base de données fermée");
        }, written::add)).isInstanceOf(IllegalStateException.class).hasMessage("base de données fermée");
        assertThat(written).containsExactly(0, 1, 2);
    }

    @Test
    void theWritersFailureStopsTheReaderWhichClosesWhatItReadWith() {
        AtomicInteger read = new AtomicInteger();
        AtomicBoolean closed = new AtomicBoolean();

        assertThatThrownBy(() -> ReadAhead.<Integer>each(each -> {
            try {
                for (int i = 0; i < 1_000_000; i++) {
                    each.accept(i);
                    read.incrementAndGet();
                }
            } finally {
                closed.set(true); // the cursor's close, in the real reader
            }
        }, item -> {
            if (item == 10) {
                throw new java.io.UncheckedIOException(new java.io.IOException("tube fermé"));
            }
        })).isInstanceOf(java.io.UncheckedIOException.class);

        assertThat(closed).as("the reader was unwound before the call returned").isTrue();
        assertThat(read.get()).isLessThan(20 + 2 * ReadAhead.AHEAD);
    }

    private static void count(int items, Consumer<Integer> each) {
        for (int i = 0; i < items; i++) {
            each.accept(i);
        }
    }
}
