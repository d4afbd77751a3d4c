package org.pressdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Duration;
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

        int result = wait.transaction(() -> {
            if (runs.incrementAndGet() == 1) {
                throw new DataAccessException("insert", HANDING_OVER);
            }
            return 42;
        }, work -> work.get());

        assertThat(result).isEqualTo(42);
        assertThat(runs).hasValue(2);
    }

    @Test
    void aTransactionBrokenWhileCommittingIsNeverRunTwice() {
        AtomicInteger runs = new AtomicInteger();

        assertThatThrownBy(() -> wait.transaction(runs::incrementAndGet, work -> {
            work.get();
            throw new DataAccessException("commit", HANDING_OVER);
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

        assertThatThrownBy(() -> wait.transaction(() -> {
            runs.incrementAndGet();
            throw new DataAccessException("insert", constraint);
        }, work -> work.get())).isInstanceOf(DataAccessException.class);
        assertThat(runs).hasValue(1);
    }
}
