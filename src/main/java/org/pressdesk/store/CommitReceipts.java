package org.pressdesk.store;

import static org.pressdesk.store.jooq.Tables.COMMIT_RECEIPT;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * The receipts of one process's transactions on the shared H2 file (migration V29, decision 0052): one row per open
 * database, holding the token of its newest transaction. Written inside the transaction, so it is in the file exactly
 * when the transaction is.
 */
final class CommitReceipts {
    /** Rows older than this were left by killed processes (a live one rewrites its row at each transaction). */
    private static final Duration FORGOTTEN_AFTER = Duration.ofDays(1);

    private final String writer = UUID.randomUUID().toString();

    /** Writes {@code attempt}'s token as this process's newest; call as the transaction's last statement. */
    void write(DSLContext dsl, CommitAttempt attempt) {
        OffsetDateTime now = OffsetDateTime.now();
        int updated = dsl.update(COMMIT_RECEIPT)
                .set(COMMIT_RECEIPT.TOKEN, attempt.token())
                .set(COMMIT_RECEIPT.WRITTEN_AT, now)
                .where(COMMIT_RECEIPT.WRITER.eq(writer))
                .execute();
        if (updated == 0) {
            dsl.insertInto(COMMIT_RECEIPT)
                    .set(COMMIT_RECEIPT.WRITER, writer)
                    .set(COMMIT_RECEIPT.TOKEN, attempt.token())
                    .set(COMMIT_RECEIPT.WRITTEN_AT, now)
                    .execute();
        }
    }

    /** True when the file holds {@code attempt}'s receipt, that is when its commit reached the file. */
    boolean landed(DSLContext dsl, CommitAttempt attempt) {
        return dsl.fetchExists(COMMIT_RECEIPT,
                COMMIT_RECEIPT.WRITER.eq(writer).and(COMMIT_RECEIPT.TOKEN.eq(attempt.token())));
    }

    /** Deletes this process's row (at close) and those that killed processes left behind. */
    void forget(DSLContext dsl) {
        dsl.deleteFrom(COMMIT_RECEIPT)
                .where(COMMIT_RECEIPT.WRITER.eq(writer)
                        .or(COMMIT_RECEIPT.WRITTEN_AT.lt(OffsetDateTime.now().minus(FORGOTTEN_AFTER))))
                .execute();
    }
}
