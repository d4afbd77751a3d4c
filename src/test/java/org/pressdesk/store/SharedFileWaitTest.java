package org.pressdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.api.ErrorCode;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.i18n.Messages;

class SharedFileWaitTest {
    private static final SQLException HANDING_OVER = new SQLException("Connection is broken: session closed",
            "08006", ErrorCode.CONNECTION_BROKEN_1);

    private final SharedFileWait wait = new SharedFileWait(Duration.ofMillis(600), "/data/bip");

    @Test
    void aConnectionRefusedWhileAnotherProcessHandsTheFileOverIsAskedForAgain() throws SQLException {
        AtomicInteger tries = new AtomicInteger();

        String connection = wait.untilFree(() -> {
            if (tries.incrementAndGet() < 3) {
                throw new SQLException("Lock file recently modified", "HY000", ErrorCode.ERROR_OPENING_DATABASE_1);
            }
            return "connected";
        });

        assertThat(connection).isEqualTo("connected");
        assertThat(tries).hasValue(3);
    }

    @Test
    void aTransactionBrokenBeforeItsCommitRunsAgainFromTheStart() {
        AtomicInteger runs = new AtomicInteger();
        AtomicInteger asked = new AtomicInteger();

        int result = wait.transaction(attempt -> {
            if (runs.incrementAndGet() == 1) {
                throw new DataAccessException("insert", HANDING_OVER);
            }
            return 42;
        }, attempt -> asked.incrementAndGet() > 0);

        assertThat(result).isEqualTo(42);
        assertThat(runs).hasValue(2);
        assertThat(asked).as("no receipt is looked for before the commit").hasValue(0);
    }

    @Test
    void aTransactionBrokenWhileCommittingWhoseReceiptIsInTheFileIsReportedDoneAndNeverRunTwice() {
        AtomicInteger runs = new AtomicInteger();

        int result = wait.transaction(attempt -> {
            runs.incrementAndGet();
            attempt.committing(42, Set.of(7L));
            throw new DataAccessException("commit", HANDING_OVER);
        }, attempt -> true);

        assertThat(result).isEqualTo(42);
        assertThat(runs).hasValue(1);
    }

    @Test
    void aTransactionBrokenWhileCommittingWhoseReceiptIsMissingRunsAgainWithANewReceipt() {
        List<String> tokens = new ArrayList<>();

        int result = wait.transaction(attempt -> {
            tokens.add(attempt.token());
            if (tokens.size() == 1) {
                attempt.committing(41, Set.of());
                throw new DataAccessException("commit", HANDING_OVER);
            }
            return 42;
        }, attempt -> false);

        assertThat(result).isEqualTo(42);
        assertThat(tokens).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void aCommitWhoseReceiptCannotBeReadWithinThePatienceIsToldAsPossiblyLost() {
        AtomicInteger runs = new AtomicInteger();

        assertThatThrownBy(() -> wait.transaction(attempt -> {
            runs.incrementAndGet();
            attempt.committing(1, Set.of());
            throw new DataAccessException("commit", HANDING_OVER);
        }, attempt -> {
            throw new DataAccessException("select", HANDING_OVER);
        })).isInstanceOfSatisfying(PressDeskException.class,
                failure -> assertThat(failure.messageKey()).isEqualTo("database.lostAtCommit"));
        assertThat(runs).hasValue(1);
    }

    @Test
    void aFolderBusyLongerThanThePatienceFailsWithAClearMessage() {
        long start = System.nanoTime();

        assertThatThrownBy(() -> wait.untilFree(() -> {
            throw HANDING_OVER;
        })).isInstanceOfSatisfying(PressDeskException.class, failure -> {
            assertThat(failure.messageKey()).isEqualTo("database.busy");
            assertThat(Messages.french().describe(failure)).contains("/data/bip", "occupée")
                    .doesNotContain("Exception", "session closed");
        });
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(600),
                Duration.ofSeconds(5));
    }

    @Test
    void otherFailuresAreNotWaitedFor() {
        AtomicInteger runs = new AtomicInteger();
        SQLException constraint = new SQLException("Unique index violation", "23505",
                ErrorCode.DUPLICATE_KEY_1);

        assertThatThrownBy(() -> wait.transaction(attempt -> {
            runs.incrementAndGet();
            throw new DataAccessException("insert", constraint);
        }, attempt -> true)).isInstanceOf(DataAccessException.class);
        assertThat(runs).hasValue(1);
    }
}
