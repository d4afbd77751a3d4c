package org.pressdesk.store;

import static org.pressdesk.store.jooq.Tables.USER_ACCOUNT;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Record;
import org.pressdesk.domain.Role;
import org.pressdesk.domain.UserAccount;

/** User accounts. Logins are matched without regard to case. */
public final class UserRepository {
    private final Database database;

    public UserRepository(Database database) {
        this.database = database;
    }

    public static String loginKey(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    public long count() {
        return database.dsl().fetchCount(USER_ACCOUNT);
    }

    public UserAccount insert(String username, String displayName, Role role, String passwordHash, Instant now) {
        long id = database.dsl().insertInto(USER_ACCOUNT)
                .set(USER_ACCOUNT.UUID, UUID.randomUUID())
                .set(USER_ACCOUNT.USERNAME, username.strip())
                .set(USER_ACCOUNT.LOGIN_KEY, loginKey(username))
                .set(USER_ACCOUNT.DISPLAY_NAME, displayName.strip())
                .set(USER_ACCOUNT.ROLE, role.name())
                .set(USER_ACCOUNT.PASSWORD_HASH, passwordHash)
                .set(USER_ACCOUNT.ACTIVE, true)
                .set(USER_ACCOUNT.FAILED_ATTEMPTS, 0)
                .set(USER_ACCOUNT.VERSION, 1)
                .set(USER_ACCOUNT.CREATED_AT, Times.utc(now))
                .set(USER_ACCOUNT.UPDATED_AT, Times.utc(now))
                .returningResult(USER_ACCOUNT.ID)
                .fetchOne(USER_ACCOUNT.ID);
        return findById(id).orElseThrow();
    }

    public Optional<UserAccount> findById(long id) {
        return database.dsl().selectFrom(USER_ACCOUNT).where(USER_ACCOUNT.ID.eq(id))
                .fetchOptional().map(UserRepository::map);
    }

    public Optional<StoredAccount> findForSignIn(String username) {
        return database.dsl().selectFrom(USER_ACCOUNT).where(USER_ACCOUNT.LOGIN_KEY.eq(loginKey(username)))
                .fetchOptional()
                .map(r -> new StoredAccount(map(r), r.get(USER_ACCOUNT.PASSWORD_HASH),
                        r.get(USER_ACCOUNT.FAILED_ATTEMPTS), Times.instant(r.get(USER_ACCOUNT.LAST_FAILED_AT))));
    }

    public Optional<UserAccount> findByUsername(String username) {
        return findForSignIn(username).map(StoredAccount::account);
    }

    public List<UserAccount> list() {
        return database.dsl().selectFrom(USER_ACCOUNT).orderBy(USER_ACCOUNT.LOGIN_KEY).fetch(UserRepository::map);
    }

    public void recordFailure(long id, Instant at) {
        database.dsl().update(USER_ACCOUNT)
                .set(USER_ACCOUNT.FAILED_ATTEMPTS, USER_ACCOUNT.FAILED_ATTEMPTS.plus(1))
                .set(USER_ACCOUNT.LAST_FAILED_AT, Times.utc(at))
                .where(USER_ACCOUNT.ID.eq(id))
                .execute();
    }

    public void clearFailures(long id) {
        database.dsl().update(USER_ACCOUNT)
                .set(USER_ACCOUNT.FAILED_ATTEMPTS, 0)
                .setNull(USER_ACCOUNT.LAST_FAILED_AT)
                .where(USER_ACCOUNT.ID.eq(id).and(USER_ACCOUNT.FAILED_ATTEMPTS.ne(0)))
                .execute();
    }

    public void updateRole(long id, Role role, Instant now) {
        database.dsl().update(USER_ACCOUNT)
                .set(USER_ACCOUNT.ROLE, role.name())
                .set(USER_ACCOUNT.VERSION, USER_ACCOUNT.VERSION.plus(1))
                .set(USER_ACCOUNT.UPDATED_AT, Times.utc(now))
                .where(USER_ACCOUNT.ID.eq(id))
                .execute();
    }

    /**
     * Replaces an account's password hash; {@code mustChange} says whether its owner must choose another one at the
     * next sign-in (an administrator's reset), and is cleared by any other change.
     */
    public void updatePassword(long id, String passwordHash, boolean mustChange, Instant now) {
        database.dsl().update(USER_ACCOUNT)
                .set(USER_ACCOUNT.PASSWORD_HASH, passwordHash)
                .set(USER_ACCOUNT.MUST_CHANGE_PASSWORD, mustChange)
                .set(USER_ACCOUNT.VERSION, USER_ACCOUNT.VERSION.plus(1))
                .set(USER_ACCOUNT.UPDATED_AT, Times.utc(now))
                .where(USER_ACCOUNT.ID.eq(id))
                .execute();
    }

    /** Whether the account's owner must choose a new password before anything else. */
    public boolean mustChangePassword(long id) {
        return Boolean.TRUE.equals(database.dsl().select(USER_ACCOUNT.MUST_CHANGE_PASSWORD).from(USER_ACCOUNT)
                .where(USER_ACCOUNT.ID.eq(id)).fetchOne(USER_ACCOUNT.MUST_CHANGE_PASSWORD));
    }

    public void updateActive(long id, boolean active, Instant now) {
        database.dsl().update(USER_ACCOUNT)
                .set(USER_ACCOUNT.ACTIVE, active)
                .set(USER_ACCOUNT.VERSION, USER_ACCOUNT.VERSION.plus(1))
                .set(USER_ACCOUNT.UPDATED_AT, Times.utc(now))
                .where(USER_ACCOUNT.ID.eq(id))
                .execute();
    }

    static UserAccount map(Record r) {
        return new UserAccount(r.get(USER_ACCOUNT.ID), r.get(USER_ACCOUNT.UUID), r.get(USER_ACCOUNT.USERNAME),
                r.get(USER_ACCOUNT.DISPLAY_NAME), Role.valueOf(r.get(USER_ACCOUNT.ROLE)), r.get(USER_ACCOUNT.ACTIVE));
    }
}
