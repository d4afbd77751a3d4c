package org.pressdesk.store;

import static org.pressdesk.store.jooq.Tables.AUDIT_EVENT;
import static org.pressdesk.store.jooq.Tables.COMMUNIQUE;
import static org.pressdesk.store.jooq.Tables.OFFICE;
import static org.pressdesk.store.jooq.Tables.SIGN_IN_THROTTLE;
import static org.pressdesk.store.jooq.Tables.USER_ACCOUNT;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.pressdesk.store.jooq.tables.UserAccount;

/**
 * The statements a command runs first after the database opens, built and rendered for H2 without a database: a
 * sign-in's counters (insert-if-missing, lock, update, prune), the account's row, an audit entry, and a list with its
 * joins and order. A command that opened its database on a second thread ({@code cli.EarlyOpening}) rehearses them on
 * its own thread while it waits, so that jOOQ's classes for configuring, building and rendering (several hundred, a
 * tenth of a second or more of a cold start) are loaded by the time the opening and then the sign-in need them
 * (issue 14). Nothing is executed and nothing is kept.
 */
public final class QueryRehearsal {
    private static final UserAccount CREATOR = USER_ACCOUNT.as("creator");

    private QueryRehearsal() {
    }

    /** Builds and renders the statements; returns their SQL. */
    public static List<String> run() {
        DSLContext dsl = DSL.using(SQLDialect.H2, Database.settings());
        OffsetDateTime at = Times.utc(Instant.EPOCH);
        return List.of(
                dsl.render(dsl.insertInto(SIGN_IN_THROTTLE)
                        .columns(SIGN_IN_THROTTLE.THROTTLE_KEY, SIGN_IN_THROTTLE.ATTEMPTS,
                                SIGN_IN_THROTTLE.LAST_ATTEMPT_AT)
                        .values("key", 0, at)
                        .onDuplicateKeyIgnore()),
                dsl.render(dsl.select(SIGN_IN_THROTTLE.ATTEMPTS, SIGN_IN_THROTTLE.LAST_ATTEMPT_AT)
                        .from(SIGN_IN_THROTTLE)
                        .where(SIGN_IN_THROTTLE.THROTTLE_KEY.eq("key"))
                        .forUpdate()),
                dsl.render(dsl.update(SIGN_IN_THROTTLE)
                        .set(SIGN_IN_THROTTLE.ATTEMPTS, 1)
                        .set(SIGN_IN_THROTTLE.LAST_ATTEMPT_AT, at)
                        .where(SIGN_IN_THROTTLE.THROTTLE_KEY.eq("key"))),
                dsl.render(dsl.deleteFrom(SIGN_IN_THROTTLE).where(SIGN_IN_THROTTLE.LAST_ATTEMPT_AT.lt(at))),
                dsl.render(dsl.selectFrom(USER_ACCOUNT).where(USER_ACCOUNT.LOGIN_KEY.eq("name"))),
                dsl.render(dsl.insertInto(AUDIT_EVENT)
                        .set(AUDIT_EVENT.KIND, "SIGN_IN")
                        .set(AUDIT_EVENT.OCCURRED_AT, at)
                        .returning(AUDIT_EVENT.ID)),
                dsl.render(dsl.select(COMMUNIQUE.fields())
                        .select(OFFICE.CODE, CREATOR.USERNAME)
                        .from(COMMUNIQUE)
                        .join(OFFICE).on(OFFICE.ID.eq(COMMUNIQUE.OFFICE_ID))
                        .join(CREATOR).on(CREATOR.ID.eq(COMMUNIQUE.CREATED_BY))
                        .where(COMMUNIQUE.FILTER_KEY.contains("word"))
                        .orderBy(COMMUNIQUE.UPDATED_AT.desc(), COMMUNIQUE.ID.desc())
                        .limit(10)));
    }
}
