package org.pressdesk.store;

import static org.pressdesk.store.jooq.Tables.REVISION;
import static org.pressdesk.store.jooq.Tables.USER_ACCOUNT;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Record;
import org.pressdesk.domain.BodyFormat;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.Genre;
import org.pressdesk.domain.Revision;

/** Saved states of communiqués. Rows are inserted, never updated. */
public final class RevisionRepository {
    private final Database database;

    public RevisionRepository(Database database) {
        this.database = database;
    }

    public long insert(UUID uuid, long communiqueId, int number, CommuniqueContent content, String sha256,
            long authorId, Instant now) {
        return database.dsl().insertInto(REVISION)
                .set(REVISION.UUID, uuid)
                .set(REVISION.COMMUNIQUE_ID, communiqueId)
                .set(REVISION.NUMBER, number)
                .set(REVISION.OFFICE_ID, content.officeId())
                .set(REVISION.GENRE, content.genre().name())
                .set(REVISION.LANGUAGE, content.language())
                .set(REVISION.TITLE, content.title())
                .set(REVISION.PLACE, content.place())
                .set(REVISION.EVENT_DATE, content.eventDate())
                .set(REVISION.BODY, content.body())
                .set(REVISION.EMBARGO_AT, Times.utc(content.embargoAt()))
                .set(REVISION.BODY_FORMAT, content.bodyFormat().name())
                .set(REVISION.CONTENT_SHA256, sha256)
                .set(REVISION.AUTHOR_ID, authorId)
                .set(REVISION.CREATED_AT, Times.utc(now))
                .returningResult(REVISION.ID)
                .fetchOne(REVISION.ID);
    }

    public Optional<Revision> findById(long id) {
        return database.dsl().select(REVISION.fields()).select(USER_ACCOUNT.USERNAME)
                .from(REVISION).join(USER_ACCOUNT).on(USER_ACCOUNT.ID.eq(REVISION.AUTHOR_ID))
                .where(REVISION.ID.eq(id))
                .fetchOptional().map(RevisionRepository::map);
    }

    /** All revisions of a communiqué, first to last. */
    public List<Revision> forCommunique(long communiqueId) {
        return database.dsl().select(REVISION.fields()).select(USER_ACCOUNT.USERNAME)
                .from(REVISION).join(USER_ACCOUNT).on(USER_ACCOUNT.ID.eq(REVISION.AUTHOR_ID))
                .where(REVISION.COMMUNIQUE_ID.eq(communiqueId))
                .orderBy(REVISION.NUMBER)
                .fetch(RevisionRepository::map);
    }

    /** The revision of a communiqué with that number, if there is one. */
    public Optional<Revision> find(long communiqueId, int number) {
        return database.dsl().select(REVISION.fields()).select(USER_ACCOUNT.USERNAME)
                .from(REVISION).join(USER_ACCOUNT).on(USER_ACCOUNT.ID.eq(REVISION.AUTHOR_ID))
                .where(REVISION.COMMUNIQUE_ID.eq(communiqueId).and(REVISION.NUMBER.eq(number)))
                .fetchOptional().map(RevisionRepository::map);
    }

    private static Revision map(Record r) {
        CommuniqueContent content = content(r);
        return new Revision(r.get(REVISION.ID), r.get(REVISION.UUID), r.get(REVISION.COMMUNIQUE_ID),
                r.get(REVISION.NUMBER), content, r.get(REVISION.CONTENT_SHA256), r.get(REVISION.AUTHOR_ID),
                r.get(USER_ACCOUNT.USERNAME), Times.instant(r.get(REVISION.CREATED_AT)));
    }

    /** A revision row's content, as it was saved. */
    static CommuniqueContent content(Record r) {
        return new CommuniqueContent(r.get(REVISION.TITLE), r.get(REVISION.BODY),
                Genre.valueOf(r.get(REVISION.GENRE)), r.get(REVISION.OFFICE_ID), r.get(REVISION.PLACE),
                r.get(REVISION.EVENT_DATE), r.get(REVISION.LANGUAGE), Times.instant(r.get(REVISION.EMBARGO_AT)),
                BodyFormat.valueOf(r.get(REVISION.BODY_FORMAT)));
    }
}
