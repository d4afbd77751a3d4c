package org.pressdesk.store;

import static org.pressdesk.store.jooq.Tables.APPROVAL;
import static org.pressdesk.store.jooq.Tables.COMMUNIQUE;
import static org.pressdesk.store.jooq.Tables.EXCHANGE_ORIGIN;
import static org.pressdesk.store.jooq.Tables.EXCHANGE_REMOTE_AUDIT;
import static org.pressdesk.store.jooq.Tables.REVIEW_COMMENT;
import static org.pressdesk.store.jooq.Tables.REVISION;
import static org.pressdesk.store.jooq.Tables.STATUS_CHANGE;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jooq.BatchBindStep;
import org.jooq.Field;
import org.jooq.InsertValuesStepN;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.ExchangeRecords.ApprovalRow;
import org.pressdesk.domain.ExchangeRecords.AuditRow;
import org.pressdesk.domain.ExchangeRecords.CommentRow;
import org.pressdesk.domain.ExchangeRecords.StatusChangeRow;
import org.pressdesk.domain.Status;

/**
 * The received records of an exchange file, written in multi-row statements of at most {@value #CHUNK} rows (one
 * statement per row made a 30,000-revision import take minutes). Runs inside the caller's transaction; the local ids
 * of new rows are read back by UUID, chunk by chunk.
 */
public final class ExchangeBulkInserts {
    static final int CHUNK = 500;

    private final Database database;

    public ExchangeBulkInserts(Database database) {
        this.database = database;
    }

    /** A received communiqué, inserted as a draft with its head's content; the merge then sets its state. */
    public record NewCommunique(UUID uuid, CommuniqueContent content, String officeCode, long createdBy,
            Instant createdAt) {
    }

    public record NewRevision(UUID uuid, long communiqueId, int number, CommuniqueContent content, String sha256,
            long authorId, Instant createdAt) {
    }

    /** A received review record with the local ids it points to ({@code revision} is a local number, 0 for none). */
    public record Linked<T>(T row, long communiqueId, long personId, int revision, Long otherId) {
    }

    public record Origin(UUID item, UUID installation, boolean headquarters) {
    }

    /** Inserts the communiqués; returns their new ids by UUID. */
    public Map<UUID, Long> communiques(List<NewCommunique> rows) {
        Map<UUID, Long> ids = insert(COMMUNIQUE, rows, NewCommunique::uuid, List.of(COMMUNIQUE.UUID,
                COMMUNIQUE.OFFICE_ID, COMMUNIQUE.GENRE, COMMUNIQUE.LANGUAGE, COMMUNIQUE.STATUS, COMMUNIQUE.TITLE,
                COMMUNIQUE.FILTER_KEY, COMMUNIQUE.PLACE, COMMUNIQUE.EVENT_DATE, COMMUNIQUE.BODY,
                COMMUNIQUE.EMBARGO_AT, COMMUNIQUE.BODY_FORMAT, COMMUNIQUE.REVISION_COUNT, COMMUNIQUE.CREATED_BY,
                COMMUNIQUE.CREATED_AT, COMMUNIQUE.UPDATED_BY, COMMUNIQUE.UPDATED_AT, COMMUNIQUE.VERSION), c -> {
                    CommuniqueContent x = c.content();
                    return values(c.uuid(), x.officeId(), x.genre().name(), x.language(), Status.DRAFT.name(),
                            x.title(), CommuniqueRepository.filterKey(x, c.officeCode()), x.place(), x.eventDate(),
                            x.body(), Times.utc(x.embargoAt()), x.bodyFormat().name(), 0, c.createdBy(),
                            Times.utc(c.createdAt()), c.createdBy(), Times.utc(c.createdAt()), 1);
                }, COMMUNIQUE.UUID, COMMUNIQUE.ID);
        ids.values().forEach(database::changed);
        return ids;
    }

    /** Inserts the revisions; returns their new ids by UUID. */
    public Map<UUID, Long> revisions(List<NewRevision> rows) {
        return insert(REVISION, rows, NewRevision::uuid, List.of(REVISION.UUID, REVISION.COMMUNIQUE_ID,
                REVISION.NUMBER, REVISION.OFFICE_ID, REVISION.GENRE, REVISION.LANGUAGE, REVISION.TITLE, REVISION.PLACE,
                REVISION.EVENT_DATE, REVISION.BODY, REVISION.EMBARGO_AT, REVISION.BODY_FORMAT,
                REVISION.CONTENT_SHA256, REVISION.AUTHOR_ID, REVISION.CREATED_AT), r -> {
                    CommuniqueContent x = r.content();
                    return values(r.uuid(), r.communiqueId(), r.number(), x.officeId(), x.genre().name(),
                            x.language(), x.title(), x.place(), x.eventDate(), x.body(), Times.utc(x.embargoAt()),
                            x.bodyFormat().name(), r.sha256(), r.authorId(), Times.utc(r.createdAt()));
                }, REVISION.UUID, REVISION.ID);
    }

    /** Inserts the comments; returns their new ids by UUID (a status change may point at one). */
    public Map<UUID, Long> comments(List<Linked<CommentRow>> rows) {
        return insert(REVIEW_COMMENT, rows, l -> l.row().uuid(), List.of(REVIEW_COMMENT.UUID,
                REVIEW_COMMENT.COMMUNIQUE_ID, REVIEW_COMMENT.KIND, REVIEW_COMMENT.AUTHOR_ID,
                REVIEW_COMMENT.CREATED_AT, REVIEW_COMMENT.REVISION, REVIEW_COMMENT.BODY), l -> values(l.row().uuid(),
                l.communiqueId(), l.row().kind(), l.personId(), Times.utc(l.row().createdAt()), l.revision(),
                l.row().body()), REVIEW_COMMENT.UUID, REVIEW_COMMENT.ID);
    }

    /** Inserts status changes; {@code otherId} is the local id of the comment each one carries, if any. */
    public void statusChanges(List<Linked<StatusChangeRow>> rows) {
        insert(STATUS_CHANGE, rows, l -> l.row().uuid(), List.of(STATUS_CHANGE.UUID, STATUS_CHANGE.COMMUNIQUE_ID,
                STATUS_CHANGE.FROM_STATUS, STATUS_CHANGE.TO_STATUS, STATUS_CHANGE.ACTION, STATUS_CHANGE.ACTOR_ID,
                STATUS_CHANGE.CHANGED_AT, STATUS_CHANGE.REVISION, STATUS_CHANGE.COMMENT_ID), l -> {
                    StatusChangeRow s = l.row();
                    return values(s.uuid(), l.communiqueId(), s.fromStatus(), s.toStatus(), s.action(),
                            l.personId(), Times.utc(s.changedAt()), l.revision(), l.otherId());
                }, null, null);
    }

    /** Inserts approvals; {@code otherId} is the local id of the approved revision. */
    public void approvals(List<Linked<ApprovalRow>> rows) {
        insert(APPROVAL, rows, l -> l.row().uuid(), List.of(APPROVAL.UUID, APPROVAL.COMMUNIQUE_ID,
                APPROVAL.REVISION_ID, APPROVAL.CONTENT_SHA256, APPROVAL.APPROVER_ID, APPROVAL.APPROVED_AT,
                APPROVAL.FOUR_EYES_WAIVED), l -> {
                    ApprovalRow a = l.row();
                    return values(a.uuid(), l.communiqueId(), l.otherId(), a.contentSha256(), l.personId(),
                            Times.utc(a.approvedAt()), a.fourEyesWaived());
                }, null, null);
    }

    public void origins(List<Origin> rows) {
        insert(EXCHANGE_ORIGIN, rows, Origin::item, List.of(EXCHANGE_ORIGIN.ITEM_UUID, EXCHANGE_ORIGIN.INSTALLATION,
                EXCHANGE_ORIGIN.HEADQUARTERS), o -> values(o.item(), o.installation(), o.headquarters()), null,
                null);
    }

    public void remoteAudit(List<AuditRow> rows) {
        insert(EXCHANGE_REMOTE_AUDIT, rows, AuditRow::uuid, List.of(EXCHANGE_REMOTE_AUDIT.UUID,
                EXCHANGE_REMOTE_AUDIT.INSTALLATION, EXCHANGE_REMOTE_AUDIT.OCCURRED_AT,
                EXCHANGE_REMOTE_AUDIT.ACTOR_NAME, EXCHANGE_REMOTE_AUDIT.KIND, EXCHANGE_REMOTE_AUDIT.COMMUNIQUE_UUID,
                EXCHANGE_REMOTE_AUDIT.DETAIL, EXCHANGE_REMOTE_AUDIT.HASH), a -> values(a.uuid(), a.installation(),
                Times.utc(a.occurredAt()), a.actorName(), a.kind(), a.communique(), a.detail(), a.hash()), null,
                null);
    }

    /** What a merge decided for a communiqué: the content of its head revision, its status and pointers. */
    public record State(long id, CommuniqueContent content, String officeCode, int revisionCount, long headId,
            Long approvedId, Status status, long updatedBy, Instant updatedAt, String reference) {
    }

    /**
     * Points each communiqué at its merge's outcome, in JDBC batches. Each version moves on, so an editor open on the
     * old state is told to reload. A reference is only ever given to a communiqué that has none.
     */
    public void states(List<State> states) {
        var update = database.dsl().update(COMMUNIQUE)
                .set(COMMUNIQUE.OFFICE_ID, (Long) null)
                .set(COMMUNIQUE.GENRE, (String) null)
                .set(COMMUNIQUE.LANGUAGE, (String) null)
                .set(COMMUNIQUE.TITLE, (String) null)
                .set(COMMUNIQUE.FILTER_KEY, (String) null)
                .set(COMMUNIQUE.PLACE, (String) null)
                .set(COMMUNIQUE.EVENT_DATE, (java.time.LocalDate) null)
                .set(COMMUNIQUE.BODY, (String) null)
                .set(COMMUNIQUE.EMBARGO_AT, (java.time.OffsetDateTime) null)
                .set(COMMUNIQUE.BODY_FORMAT, (String) null)
                .set(COMMUNIQUE.REVISION_COUNT, (Integer) null)
                .set(COMMUNIQUE.CURRENT_REVISION_ID, (Long) null)
                .set(COMMUNIQUE.APPROVED_REVISION_ID, (Long) null)
                .set(COMMUNIQUE.STATUS, (String) null)
                .set(COMMUNIQUE.UPDATED_BY, (Long) null)
                .set(COMMUNIQUE.UPDATED_AT, (java.time.OffsetDateTime) null)
                .set(COMMUNIQUE.REFERENCE, DSL.coalesce(COMMUNIQUE.REFERENCE, DSL.val((String) null)))
                .set(COMMUNIQUE.VERSION, COMMUNIQUE.VERSION.plus(DSL.inline(1)))
                .where(COMMUNIQUE.ID.eq((Long) null));
        for (int from = 0; from < states.size(); from += CHUNK) {
            BatchBindStep batch = database.dsl().batch(update);
            for (State s : states.subList(from, Math.min(states.size(), from + CHUNK))) {
                CommuniqueContent x = s.content();
                batch = batch.bind(x.officeId(), x.genre().name(), x.language(), x.title(),
                        CommuniqueRepository.filterKey(x, s.officeCode()), x.place(), x.eventDate(), x.body(),
                        Times.utc(x.embargoAt()), x.bodyFormat().name(), s.revisionCount(), s.headId(),
                        s.approvedId(), s.status().name(), s.updatedBy(), Times.utc(s.updatedAt()), s.reference(), s.id());
                database.changed(s.id());
            }
            batch.execute();
        }
    }

    /** A list that, unlike {@code List.of}, holds nulls (optional columns). */
    private static List<Object> values(Object... values) {
        List<Object> list = new ArrayList<>(values.length);
        for (Object v : values) {
            list.add(v);
        }
        return list;
    }

    /**
     * Inserts the rows in chunks; when {@code uuidColumn} is given, reads back each chunk's ids by UUID (ids
     * returned by a multi-row insert are not promised in row order on every database).
     */
    private <T> Map<UUID, Long> insert(Table<?> table, List<T> rows, Function<T, UUID> uuid, List<Field<?>> columns,
            Function<T, List<?>> values, Field<UUID> uuidColumn, Field<Long> idColumn) {
        Map<UUID, Long> ids = new HashMap<>();
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<T> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            InsertValuesStepN<?> insert = database.dsl().insertInto(table, columns);
            List<UUID> uuids = new ArrayList<>(chunk.size());
            for (T row : chunk) {
                insert = insert.values(values.apply(row));
                uuids.add(uuid.apply(row));
            }
            insert.execute();
            if (uuidColumn != null) {
                read(table, uuidColumn, idColumn, uuids, ids::put);
            }
        }
        return ids;
    }

    private void read(Table<?> table, Field<UUID> uuidColumn, Field<Long> idColumn, List<UUID> uuids,
            BiConsumer<UUID, Long> into) {
        database.dsl().select(uuidColumn, idColumn).from(table).where(uuidColumn.in(uuids))
                .forEach(r -> into.accept(r.value1(), r.value2()));
    }
}
