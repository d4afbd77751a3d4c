package org.pressdesk.store;

import static org.pressdesk.store.jooq.Tables.APP_SETTING;

import java.util.Optional;

/** Office-wide settings as named values. */
public final class SettingsRepository {
    private final Database database;

    public SettingsRepository(Database database) {
        this.database = database;
    }

    public Optional<String> get(String name) {
        return database.dsl().select(APP_SETTING.SETTING_VALUE).from(APP_SETTING)
                .where(APP_SETTING.SETTING_KEY.eq(name))
                .fetchOptional(APP_SETTING.SETTING_VALUE);
    }

    public void put(String name, String value) {
        database.inTransaction(() -> {
            int updated = database.dsl().update(APP_SETTING).set(APP_SETTING.SETTING_VALUE, value)
                    .where(APP_SETTING.SETTING_KEY.eq(name)).execute();
            if (updated == 0) {
                database.dsl().insertInto(APP_SETTING).set(APP_SETTING.SETTING_KEY, name)
                        .set(APP_SETTING.SETTING_VALUE, value).execute();
            }
        });
    }

    /**
     * Replaces the value of a row the caller's transaction has locked ({@link #getForUpdate}), in one statement and
     * without a transaction of its own: the audit chain's head moves while every writer waits for it.
     */
    public void replaceLocked(String name, String value) {
        database.dsl().update(APP_SETTING).set(APP_SETTING.SETTING_VALUE, value)
                .where(APP_SETTING.SETTING_KEY.eq(name)).execute();
    }

    /** Reads the value and locks its row until the transaction ends, so that writers take turns. */
    public Optional<String> getForUpdate(String name) {
        return database.dsl().select(APP_SETTING.SETTING_VALUE).from(APP_SETTING)
                .where(APP_SETTING.SETTING_KEY.eq(name))
                .forUpdate().fetchOptional(APP_SETTING.SETTING_VALUE);
    }
}
