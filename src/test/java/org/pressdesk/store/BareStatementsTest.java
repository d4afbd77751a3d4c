package org.pressdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pressdesk.store.jooq.Tables.APP_SETTING;
import static org.pressdesk.store.jooq.Tables.COMMIT_RECEIPT;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.local.DataDirectory;

/**
 * Statements outside a transaction on a real H2 file through the real migrations: one that meets a passing failure
 * (here a row another transaction keeps locked past H2's lock timeout, which the shared file's wait treats as it
 * treats a serving hand-over) waits within the patience instead of failing; a write then runs once, covered by a
 * commit receipt; other failures come out as before. (The hand-over itself, with processes killed, is
 * {@link BareStatementsHandOverTest}.)
 */
class BareStatementsTest {
    /** Longer than H2's lock timeout (1 s by default), far shorter than the patience (30 s). */
    private static final long LOCK_HELD_MILLIS = 2_500;

    @TempDir
    Path data;

    private Database database;
    private SettingsRepository settings;

    @BeforeEach
    void open() {
        database = Database.open(DataDirectory.prepare(data));
        settings = new SettingsRepository(database);
        settings.put("essai", "0");
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aBareWriteHeldUpPastTheLockTimeoutWaitsAndIsAppliedOnce() throws Exception {
        Thread holder = holdTheRowLocked();

        int changed = database.dsl().update(APP_SETTING)
                .set(APP_SETTING.SETTING_VALUE, APP_SETTING.SETTING_VALUE.concat("a"))
                .where(APP_SETTING.SETTING_KEY.eq("essai"))
                .execute();
        holder.join();

        assertThat(changed).isEqualTo(1);
        assertThat(settings.get("essai")).contains("0a");
        assertThat(database.dsl().fetchCount(COMMIT_RECEIPT)).as("the write closed by this process's receipt")
                .isEqualTo(1);
    }

    /**
     * jOOQ asks a write's count after the statement ran; on the shared file its connection may break in between (the
     * serving process closed or killed: "Database is already closed", 90121, seen once in BareStatementsHandOverTest)
     * while the write is committed. The count read before the commit answers.
     */
    @Test
    void aBareWritesCountIsAnsweredEvenIfItsConnectionBreaksAfterTheCommit() {
        database.dsl().connection(connection -> {
            try (PreparedStatement statement = essaiSetTo(connection, "1")) {
                assertThat(statement.execute()).isFalse();
                statement.unwrap(PreparedStatement.class).close(); // broken between the commit and the question

                assertThat(statement.getUpdateCount()).isEqualTo(1);
                assertThat(statement.getLargeUpdateCount()).isEqualTo(1L);
            }
        });
        assertThat(settings.get("essai")).contains("1");
    }

    @Test
    void aBareWritesCountIsForgottenWithItsResult() {
        database.dsl().connection(connection -> {
            try (PreparedStatement statement = essaiSetTo(connection, "2")) {
                assertThat(statement.execute()).isFalse();
                assertThat(statement.getUpdateCount()).isEqualTo(1);

                assertThat(statement.getMoreResults()).isFalse();
                assertThat(statement.getUpdateCount()).as("no more results").isEqualTo(-1);
            }
        });
    }

    /** A bare write of the "essai" setting, ready to run on {@code connection}. */
    private static PreparedStatement essaiSetTo(Connection connection, String value) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(
                "update app_setting set setting_value = ? where setting_key = ?");
        statement.setString(1, value);
        statement.setString(2, "essai");
        return statement;
    }

    @Test
    void aBareReadHeldUpPastTheLockTimeoutWaitsAndAnswers() throws Exception {
        Thread holder = holdTheRowLocked();

        String value = database.dsl().select(APP_SETTING.SETTING_VALUE).from(APP_SETTING)
                .where(APP_SETTING.SETTING_KEY.eq("essai")).forUpdate()
                .fetchOne(APP_SETTING.SETTING_VALUE);
        holder.join();

        assertThat(value).isEqualTo("0");
    }

    @Test
    void aBareWriteThatBreaksARuleFailsAtOnceAndLeavesNothing() {
        assertThatThrownBy(() -> database.dsl().insertInto(APP_SETTING)
                .set(APP_SETTING.SETTING_KEY, "essai")
                .set(APP_SETTING.SETTING_VALUE, "doublon")
                .execute()).isInstanceOf(DataAccessException.class);

        assertThat(settings.get("essai")).contains("0");
        database.dsl().insertInto(APP_SETTING)
                .set(APP_SETTING.SETTING_KEY, "suite")
                .set(APP_SETTING.SETTING_VALUE, "1")
                .execute();
        assertThat(settings.get("suite")).as("the connection is usable after the refusal").contains("1");
    }

    /** Another thread's transaction locks the row and keeps it past the lock timeout; returns once it holds it. */
    private Thread holdTheRowLocked() throws InterruptedException {
        CountDownLatch locked = new CountDownLatch(1);
        Thread holder = new Thread(() -> database.inTransaction(() -> {
            settings.getForUpdate("essai");
            locked.countDown();
            try {
                Thread.sleep(LOCK_HELD_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }), "lock-holder");
        holder.start();
        locked.await();
        return holder;
    }
}
