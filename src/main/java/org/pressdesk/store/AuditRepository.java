package org.pressdesk.store;

import static org.pressdesk.store.jooq.Tables.AUDIT_EVENT;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.pressdesk.domain.AuditEvent;
import org.pressdesk.domain.AuditKind;
import org.pressdesk.domain.AuditQuery;

/** The audit trail's rows; only appended to. */
public final class AuditRepository {
    private final Database database;

    public AuditRepository(Database database) {
        this.database = database;
    }

    public long insert(AuditEvent event) {
        return database.dsl().insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.UUID, event.uuid())
                .set(AUDIT_EVENT.OCCURRED_AT, Times.utc(event.occurredAt()))
                .set(AUDIT_EVENT.ACTOR_ID, event.actorId())
                .set(AUDIT_EVENT.ACTOR_NAME, event.actorName())
                .set(AUDIT_EVENT.KIND, event.kind().name())
                .set(AUDIT_EVENT.COMMUNIQUE_ID, event.communiqueId())
                .set(AUDIT_EVENT.DETAIL, event.detail())
                .set(AUDIT_EVENT.PREVIOUS_HASH, event.previousHash())
                .set(AUDIT_EVENT.HASH, event.hash())
                .returningResult(AUDIT_EVENT.ID)
                .fetchOne(AUDIT_EVENT.ID);
    }

    /**
     * Rows per multi-row statement: nine parameters a row, and a JDBC statement takes at most 65,535 parameters
     * (an import of 11,100 communiqués wrote its audit entries in one statement and failed).
     */
    static final int ROWS_PER_STATEMENT = 1_000;

    /** Appends several entries, in the order given, in statements of {@value #ROWS_PER_STATEMENT} rows. */
    public void insertAll(List<AuditEvent> events) {
        for (int from = 0; from < events.size(); from += ROWS_PER_STATEMENT) {
            insertSome(events.subList(from, Math.min(events.size(), from + ROWS_PER_STATEMENT)));
        }
    }

    private void insertSome(List<AuditEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        // prepared once, run as a JDBC batch in the chain's order (ids follow it): no SQL rendered per chunk
        JdbcBatch insert = new JdbcBatch(database.dsl(), AUDIT_EVENT, AUDIT_EVENT.UUID, AUDIT_EVENT.OCCURRED_AT,
                AUDIT_EVENT.ACTOR_ID, AUDIT_EVENT.ACTOR_NAME, AUDIT_EVENT.KIND, AUDIT_EVENT.COMMUNIQUE_ID,
                AUDIT_EVENT.DETAIL, AUDIT_EVENT.PREVIOUS_HASH, AUDIT_EVENT.HASH);
        for (AuditEvent e : events) {
            insert.add(e.uuid(), Times.utc(e.occurredAt()), e.actorId(), e.actorName(), e.kind().name(),
                    e.communiqueId(), e.detail(), e.previousHash(), e.hash());
        }
        insert.execute();
    }

    /** How many entries the trail holds. */
    public long count() {
        return database.dsl().fetchCount(AUDIT_EVENT);
    }

    /** The hash of the chain's {@code sequence}-th entry (from 1), if the chain is that long. */
    public Optional<String> hashAt(long sequence) {
        if (sequence < 1) {
            return Optional.empty();
        }
        return database.dsl().select(AUDIT_EVENT.HASH).from(AUDIT_EVENT).orderBy(AUDIT_EVENT.ID)
                .offset(sequence - 1).limit(1).fetchOptional(AUDIT_EVENT.HASH);
    }

    /** Every entry in the order written, streamed so that a long trail needs little memory. */
    public void forEach(Consumer<AuditEvent> visitor) {
        try (var cursor = database.dsl().selectFrom(AUDIT_EVENT).orderBy(AUDIT_EVENT.ID).fetchSize(500).fetchLazy()) {
            for (Record r : cursor) {
                visitor.accept(map(r));
            }
        }
    }

    public List<AuditEvent> forCommunique(long communiqueId) {
        return database.dsl().selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.COMMUNIQUE_ID.eq(communiqueId))
                .orderBy(AUDIT_EVENT.ID).fetch(AuditRepository::map);
    }

    /** The entries matching the query, newest first. */
    public List<AuditEvent> search(AuditQuery query) {
        List<Condition> conditions = new ArrayList<>();
        if (query.actorName() != null && !query.actorName().isBlank()) {
            conditions.add(DSL.lower(AUDIT_EVENT.ACTOR_NAME).eq(query.actorName().strip().toLowerCase(Locale.ROOT)));
        }
        if (query.communiqueId() != null) {
            conditions.add(AUDIT_EVENT.COMMUNIQUE_ID.eq(query.communiqueId()));
        }
        if (query.kind() != null) {
            conditions.add(AUDIT_EVENT.KIND.eq(query.kind().name()));
        }
        if (query.from() != null) {
            conditions.add(AUDIT_EVENT.OCCURRED_AT.ge(Times.utc(query.from())));
        }
        if (query.to() != null) {
            conditions.add(AUDIT_EVENT.OCCURRED_AT.lt(Times.utc(query.to())));
        }
        return database.dsl().selectFrom(AUDIT_EVENT).where(DSL.and(conditions)).orderBy(AUDIT_EVENT.ID.desc())
                .limit(query.limit()).fetch(AuditRepository::map);
    }

    public List<AuditEvent> latest(int limit) {
        return database.dsl().selectFrom(AUDIT_EVENT).orderBy(AUDIT_EVENT.ID.desc()).limit(limit)
                .fetch(AuditRepository::map);
    }

    static AuditEvent map(Record r) {
        return new AuditEvent(r.get(AUDIT_EVENT.ID), r.get(AUDIT_EVENT.UUID),
                Times.instant(r.get(AUDIT_EVENT.OCCURRED_AT)),
                r.get(AUDIT_EVENT.ACTOR_ID), r.get(AUDIT_EVENT.ACTOR_NAME), AuditKind.valueOf(r.get(AUDIT_EVENT.KIND)),
                r.get(AUDIT_EVENT.COMMUNIQUE_ID), r.get(AUDIT_EVENT.DETAIL), r.get(AUDIT_EVENT.PREVIOUS_HASH),
                r.get(AUDIT_EVENT.HASH));
    }
}
