package org.pressdesk.store;

import static org.pressdesk.store.jooq.Tables.COMMUNIQUE;
import static org.pressdesk.store.jooq.Tables.COMMUNIQUE_FINGERPRINT;
import static org.pressdesk.store.jooq.Tables.REVISION;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.impl.DSL;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.Status;

/**
 * Writes many new communiqués at once, as an archive import does: each with its first revision, its fingerprint
 * and its current-revision pointer, the same rows {@link CommuniqueRepository} writes one by one, in a handful of
 * statements per chunk, each prepared once and run as a JDBC batch ({@link JdbcBatch}).
 */
public final class ImportRepository {
    private final Database database;

    public ImportRepository(Database database) {
        this.database = database;
    }

    /** One communiqué to write: its content, office code, status, content hash, fingerprint and import batch. */
    public record NewCommunique(UUID uuid, CommuniqueContent content, String officeCode, Status status,
            String contentSha256, String fingerprint, Long batchId) {
    }

    /** Writes the communiqués (call inside a transaction); returns their ids in the order given. */
    public List<Long> insertAll(List<NewCommunique> rows, long actorId, Instant now) {
        if (rows.isEmpty()) {
            return List.of();
        }
        OffsetDateTime at = Times.utc(now);
        Map<UUID, Long> ids = insertCommuniques(rows, actorId, at);
        List<Long> ordered = new ArrayList<>(rows.size());
        rows.forEach(row -> ordered.add(ids.get(row.uuid())));
        insertRevisions(rows, ordered, actorId, at);
        database.dsl().update(COMMUNIQUE)
                .set(COMMUNIQUE.CURRENT_REVISION_ID, DSL.select(REVISION.ID).from(REVISION)
                        .where(REVISION.COMMUNIQUE_ID.eq(COMMUNIQUE.ID).and(REVISION.NUMBER.eq(1))))
                .where(COMMUNIQUE.ID.in(ordered))
                .execute();
        insertFingerprints(rows, ordered, at);
        ordered.forEach(database::changed);
        return ordered;
    }

    private Map<UUID, Long> insertCommuniques(List<NewCommunique> rows, long actorId, OffsetDateTime at) {
        JdbcBatch insert = new JdbcBatch(database.dsl(), COMMUNIQUE, COMMUNIQUE.UUID, COMMUNIQUE.OFFICE_ID,
                COMMUNIQUE.GENRE, COMMUNIQUE.LANGUAGE, COMMUNIQUE.STATUS, COMMUNIQUE.TITLE, COMMUNIQUE.FILTER_KEY,
                COMMUNIQUE.PLACE, COMMUNIQUE.EVENT_DATE, COMMUNIQUE.BODY, COMMUNIQUE.REVISION_COUNT,
                COMMUNIQUE.CREATED_BY, COMMUNIQUE.CREATED_AT, COMMUNIQUE.UPDATED_BY, COMMUNIQUE.UPDATED_AT,
                COMMUNIQUE.VERSION);
        for (NewCommunique row : rows) {
            CommuniqueContent c = row.content();
            insert.add(row.uuid(), c.officeId(), c.genre().name(), c.language(), row.status().name(),
                    c.title(), CommuniqueRepository.filterKey(c, row.officeCode()), c.place(), c.eventDate(),
                    c.body(), 1, actorId, at, actorId, at, 1);
        }
        insert.execute();
        // the new ids by their unique uuids: one indexed query instead of a result table per statement
        Map<UUID, Long> ids = new HashMap<>();
        database.dsl().select(COMMUNIQUE.ID, COMMUNIQUE.UUID).from(COMMUNIQUE)
                .where(COMMUNIQUE.UUID.in(rows.stream().map(NewCommunique::uuid).toList()))
                .forEach(r -> ids.put(r.value2(), r.value1()));
        return ids;
    }

    private void insertRevisions(List<NewCommunique> rows, List<Long> ids, long actorId, OffsetDateTime at) {
        JdbcBatch insert = new JdbcBatch(database.dsl(), REVISION, REVISION.UUID, REVISION.COMMUNIQUE_ID,
                REVISION.NUMBER, REVISION.OFFICE_ID, REVISION.GENRE, REVISION.LANGUAGE, REVISION.TITLE,
                REVISION.PLACE, REVISION.EVENT_DATE, REVISION.BODY, REVISION.CONTENT_SHA256, REVISION.AUTHOR_ID,
                REVISION.CREATED_AT);
        for (int i = 0; i < rows.size(); i++) {
            CommuniqueContent c = rows.get(i).content();
            insert.add(UUID.randomUUID(), ids.get(i), 1, c.officeId(), c.genre().name(), c.language(),
                    c.title(), c.place(), c.eventDate(), c.body(), rows.get(i).contentSha256(), actorId, at);
        }
        insert.execute();
    }

    private void insertFingerprints(List<NewCommunique> rows, List<Long> ids, OffsetDateTime at) {
        JdbcBatch insert = new JdbcBatch(database.dsl(), COMMUNIQUE_FINGERPRINT,
                COMMUNIQUE_FINGERPRINT.COMMUNIQUE_ID, COMMUNIQUE_FINGERPRINT.FINGERPRINT,
                COMMUNIQUE_FINGERPRINT.IMPORT_BATCH_ID, COMMUNIQUE_FINGERPRINT.CREATED_AT);
        for (int i = 0; i < rows.size(); i++) {
            insert.add(ids.get(i), rows.get(i).fingerprint(), rows.get(i).batchId(), at);
        }
        insert.execute();
    }
}
