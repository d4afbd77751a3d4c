package org.pressdesk.store;

import java.util.Optional;
import org.jooq.Record3;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.pressdesk.domain.AuditEvent;

/**
 * Links an audit entry to the chain's head on the shared PostgreSQL server in one statement: lock the head's row,
 * hash the entry with the head's hash, move the head, insert the entry. Every writer takes turns on that row, so the
 * turn lasts one round trip and the commit instead of one per step (read, insert, move, commit); on a loaded
 * machine each round trip is a wait for a core while every other save waits too (decision 0045).
 *
 * <p>The server computes the same SHA-256 as the Java side: the caller gives the entry's own canonical text (every
 * field but the previous hash, each written as {@code length:value\n}), and the server puts the head's hash in front
 * of it written the same way. {@code audit verify} recomputes every hash in Java, so a difference would show at once.
 */
public final class AuditChainLink {
    private static final String APPEND = """
            with head as (
                select setting_value as previous from app_setting where setting_key = {0} for update),
            moved as (
                update app_setting
                set setting_value = encode(sha256(convert_to(
                        char_length(head.previous) || ':' || head.previous || chr(10) || {1}, 'UTF8')), 'hex')
                from head where app_setting.setting_key = {0}
                returning head.previous as previous, app_setting.setting_value as hash)
            insert into audit_event (uuid, occurred_at, actor_id, actor_name, kind, communique_id, detail,
                                     previous_hash, hash)
            select {2}, {3}, {4}, {5}, {6}, {7}, {8}, moved.previous, moved.hash from moved
            returning id, previous_hash, hash""";

    private final Database database;

    public AuditChainLink(Database database) {
        this.database = database;
    }

    /** True where the server can link entries itself (PostgreSQL); elsewhere the caller links them in Java. */
    public boolean linksOnServer() {
        return database.dsl().dialect().family() == SQLDialect.POSTGRES;
    }

    /**
     * Appends {@code entry} (its previous hash and hash ignored) after the head named {@code headKey} and moves the
     * head, in the caller's transaction; empty, with nothing written, when there is no head yet (an empty chain).
     */
    public Optional<AuditEvent> append(String headKey, AuditEvent entry, String ownText) {
        Record3<Long, String, String> linked = database.dsl().resultQuery(APPEND,
                        DSL.val(headKey, SQLDataType.VARCHAR),
                        DSL.val(ownText, SQLDataType.CLOB),
                        DSL.val(entry.uuid(), SQLDataType.UUID),
                        DSL.val(Times.utc(entry.occurredAt()), SQLDataType.TIMESTAMPWITHTIMEZONE),
                        DSL.val(entry.actorId(), SQLDataType.BIGINT),
                        DSL.val(entry.actorName(), SQLDataType.VARCHAR),
                        DSL.val(entry.kind().name(), SQLDataType.VARCHAR),
                        DSL.val(entry.communiqueId(), SQLDataType.BIGINT),
                        DSL.val(entry.detail(), SQLDataType.VARCHAR))
                .coerce(DSL.field("id", SQLDataType.BIGINT), DSL.field("previous_hash", SQLDataType.VARCHAR),
                        DSL.field("hash", SQLDataType.VARCHAR))
                .fetchOne();
        if (linked == null) {
            return Optional.empty();
        }
        return Optional.of(new AuditEvent(linked.value1(), entry.uuid(), entry.occurredAt(), entry.actorId(),
                entry.actorName(), entry.kind(), entry.communiqueId(), entry.detail(), linked.value2(),
                linked.value3()));
    }
}
