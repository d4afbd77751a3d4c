package org.pressdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pressdesk.domain.CommuniqueChange;

/** Following the change sequence when transactions commit out of number order. */
class ChangeWatermarkTest {
    private static final long SECOND = 1_000_000_000L;

    private static CommuniqueChange change(long number, long communique) {
        return new CommuniqueChange(number, communique);
    }

    @Test
    void changesInOrderMoveTheMarkAndAreAppliedOnce() {
        ChangeWatermark mark = new ChangeWatermark(4);
        assertThat(mark.take(List.of(change(5, 1), change(5, 2), change(6, 3)), 0))
                .extracting(CommuniqueChange::communiqueId).containsExactly(1L, 2L, 3L);
        assertThat(mark.applied()).isEqualTo(6);
        assertThat(mark.take(List.of(change(6, 3)), SECOND)).isEmpty();
    }

    @Test
    void aMissingNumberHoldsTheMarkUntilItsChangeArrivesLate() {
        ChangeWatermark mark = new ChangeWatermark(0);
        assertThat(mark.take(List.of(change(1, 10), change(3, 30)), 0)).hasSize(2);
        assertThat(mark.applied()).as("2 may still commit").isEqualTo(1);
        // read again from the mark: 3 is not applied twice, 2 committed meanwhile is
        assertThat(mark.take(List.of(change(2, 20), change(3, 30)), SECOND))
                .containsExactly(change(2, 20));
        assertThat(mark.applied()).isEqualTo(3);
    }

    @Test
    void aNumberThatNeverCommitsIsGivenUpAfterThePatience() {
        ChangeWatermark mark = new ChangeWatermark(0);
        mark.take(List.of(change(2, 20)), 0);
        assertThat(mark.applied()).isEqualTo(0);
        mark.take(List.of(change(2, 20)), ChangeWatermark.PATIENCE.toNanos() / 2);
        assertThat(mark.applied()).isEqualTo(0);
        mark.take(List.of(change(2, 20)), ChangeWatermark.PATIENCE.toNanos() + SECOND);
        assertThat(mark.applied()).isEqualTo(2);
    }

    @Test
    void aRebuildForgetsTheGaps() {
        ChangeWatermark mark = new ChangeWatermark(0);
        mark.take(List.of(change(7, 70)), 0);
        mark.reset(9);
        assertThat(mark.applied()).isEqualTo(9);
        assertThat(mark.take(List.of(change(10, 1)), 0)).hasSize(1);
    }
}
