package org.pressdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pressdesk.store.jooq.Tables.COMMIT_RECEIPT;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.local.DataDirectory;

/**
 * The shared file's commit receipts on a real H2 file through the real migrations: a receipt is in the file exactly
 * when its transaction is, each process keeps one row, and the rows are tidied. (The kill of a serving process
 * during a commit is crash.SharedFolderTest.)
 */
class CommitReceiptsTest {
    @TempDir
    Path data;

    @Test
    void aReceiptIsInTheFileExactlyWhenItsTransactionCommitted() {
        CommitReceipts receipts = new CommitReceipts();
        CommitAttempt committed = new CommitAttempt();
        CommitAttempt rolledBack = new CommitAttempt();
        try (Database database = Database.open(DataDirectory.prepare(data))) {
            database.inTransaction(() -> receipts.write(database.dsl(), committed));
            assertThatThrownBy(() -> database.inTransaction(() -> {
                receipts.write(database.dsl(), rolledBack);
                throw new IllegalStateException("the work failed");
            })).isInstanceOf(IllegalStateException.class);

            assertThat(receipts.landed(database.dsl(), committed)).isTrue();
            assertThat(receipts.landed(database.dsl(), rolledBack)).isFalse();

            CommitAttempt newest = new CommitAttempt();
            database.inTransaction(() -> receipts.write(database.dsl(), newest));
            assertThat(receipts.landed(database.dsl(), newest)).isTrue();
            assertThat(receipts.landed(database.dsl(), committed)).as("only the newest is asked about").isFalse();
        }
    }

    @Test
    void everyTransactionOnTheFileLeavesOneReceiptRowPerProcessRemovedAtClose() {
        DataDirectory directory = DataDirectory.prepare(data);
        try (Database database = Database.open(directory)) {
            for (int i = 0; i < 5; i++) {
                database.inTransaction(() -> database.dsl().fetchOne("select 1"));
            }
            assertThat(database.dsl().fetchCount(COMMIT_RECEIPT)).isEqualTo(1);
        }
        try (Database reopened = Database.open(directory)) {
            assertThat(reopened.dsl().fetchCount(COMMIT_RECEIPT)).isZero();
        }
    }

    @Test
    void rowsLeftByKilledProcessesAreDeletedAfterADayAndLiveOnesKept() {
        DataDirectory directory = DataDirectory.prepare(data);
        try (Database database = Database.open(directory)) {
            database.dsl().insertInto(COMMIT_RECEIPT)
                    .set(COMMIT_RECEIPT.WRITER, "killed-two-days-ago")
                    .set(COMMIT_RECEIPT.TOKEN, "t1")
                    .set(COMMIT_RECEIPT.WRITTEN_AT, OffsetDateTime.now().minusDays(2))
                    .execute();
            database.dsl().insertInto(COMMIT_RECEIPT)
                    .set(COMMIT_RECEIPT.WRITER, "another-window-still-open")
                    .set(COMMIT_RECEIPT.TOKEN, "t2")
                    .set(COMMIT_RECEIPT.WRITTEN_AT, OffsetDateTime.now().minusMinutes(5))
                    .execute();
        }
        try (Database reopened = Database.open(directory)) {
            assertThat(reopened.dsl().select(COMMIT_RECEIPT.WRITER).from(COMMIT_RECEIPT).fetchSet(COMMIT_RECEIPT.WRITER))
                    .isEqualTo(Set.of("another-window-still-open"));
        }
    }
}
