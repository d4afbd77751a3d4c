package org.pressdesk.store;

import static org.pressdesk.store.jooq.Tables.AUDIT_ANCHOR;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.jooq.Record;
import org.pressdesk.domain.AuditAnchor;

/** Signed anchors of the audit chain, made here or received; only appended to. */
public final class AnchorRepository {
    private final Database database;

    public AnchorRepository(Database database) {
        this.database = database;
    }

    /** Stores an anchor; a received one that is already here (same UUID) is not stored twice. */
    public void insert(AuditAnchor anchor, Instant receivedAt) {
        database.inTransaction(() -> {
            if (database.dsl().fetchExists(AUDIT_ANCHOR, AUDIT_ANCHOR.UUID.eq(anchor.uuid()))) {
                return;
            }
            database.dsl().insertInto(AUDIT_ANCHOR)
                    .set(AUDIT_ANCHOR.UUID, anchor.uuid())
                    .set(AUDIT_ANCHOR.SEQUENCE_NUMBER, anchor.sequence())
                    .set(AUDIT_ANCHOR.HEAD_HASH, anchor.headHash())
                    .set(AUDIT_ANCHOR.ANCHORED_AT, Times.utc(anchor.anchoredAt()))
                    .set(AUDIT_ANCHOR.SIGNATURE, Base64.getEncoder().encodeToString(anchor.signature()))
                    .set(AUDIT_ANCHOR.RECEIVED_FROM, anchor.receivedFrom())
                    .set(AUDIT_ANCHOR.RECEIVED_AT, Times.utc(receivedAt))
                    .execute();
        });
    }

    /** The anchors made here, in the chain's order. */
    public List<AuditAnchor> local() {
        return database.dsl().selectFrom(AUDIT_ANCHOR).where(AUDIT_ANCHOR.RECEIVED_FROM.isNull())
                .orderBy(AUDIT_ANCHOR.SEQUENCE_NUMBER, AUDIT_ANCHOR.ID).fetch(AnchorRepository::map);
    }

    /** The newest anchor made here, if any. */
    public Optional<AuditAnchor> latestLocal() {
        return database.dsl().selectFrom(AUDIT_ANCHOR).where(AUDIT_ANCHOR.RECEIVED_FROM.isNull())
                .orderBy(AUDIT_ANCHOR.SEQUENCE_NUMBER.desc(), AUDIT_ANCHOR.ID.desc()).limit(1)
                .fetchOptional(AnchorRepository::map);
    }

    /** The anchors received from {@code origin}, oldest first. */
    public List<AuditAnchor> receivedFrom(String origin) {
        return database.dsl().selectFrom(AUDIT_ANCHOR).where(AUDIT_ANCHOR.RECEIVED_FROM.eq(origin))
                .orderBy(AUDIT_ANCHOR.SEQUENCE_NUMBER, AUDIT_ANCHOR.ID).fetch(AnchorRepository::map);
    }

    private static AuditAnchor map(Record r) {
        return new AuditAnchor(r.get(AUDIT_ANCHOR.UUID), r.get(AUDIT_ANCHOR.SEQUENCE_NUMBER),
                r.get(AUDIT_ANCHOR.HEAD_HASH), Times.instant(r.get(AUDIT_ANCHOR.ANCHORED_AT)),
                Base64.getDecoder().decode(r.get(AUDIT_ANCHOR.SIGNATURE)), r.get(AUDIT_ANCHOR.RECEIVED_FROM));
    }
}
