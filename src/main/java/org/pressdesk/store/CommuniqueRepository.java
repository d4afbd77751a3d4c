package org.pressdesk.store;

import static org.pressdesk.store.jooq.Tables.COMMUNIQUE;
import static org.pressdesk.store.jooq.Tables.COMMUNIQUE_TAG;
import static org.pressdesk.store.jooq.Tables.OFFICE;
import static org.pressdesk.store.jooq.Tables.USER_ACCOUNT;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;
import org.pressdesk.domain.BodyFormat;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.CommuniqueSummary;
import org.pressdesk.domain.Genre;
import org.pressdesk.domain.ListQuery;
import org.pressdesk.domain.Status;
import org.pressdesk.domain.TextKeys;
import org.pressdesk.store.jooq.tables.UserAccount;

/** Communiqués with their current content. Bodies stay out of list queries. */
public final class CommuniqueRepository {
    private static final UserAccount CREATOR = USER_ACCOUNT.as("creator");
    private static final UserAccount UPDATER = USER_ACCOUNT.as("updater");
    /**
     * The office's code read per row rather than joined: with a join H2 drives from the office table and sorts every
     * communiqué; this way it walks the updated-at index and stops at the page (100,000 rows: 200 read, not all).
     */
    private static final Field<String> OFFICE_CODE = DSL.field(DSL.select(OFFICE.CODE).from(OFFICE)
            .where(OFFICE.ID.eq(COMMUNIQUE.OFFICE_ID))).as("office_code");

    /** Rows the driver fetches at a time when a cursor streams the whole list. */
    private static final int FETCH_SIZE = 200;
    private final Database database;

    public CommuniqueRepository(Database database) {
        this.database = database;
    }

    /** The key the list filter matches: title, office code and place, folded. */
    public static String filterKey(CommuniqueContent content, String officeCode) {
        String key = TextKeys.fold(content.title() + " " + officeCode + " " + content.place());
        return key.length() > 1200 ? key.substring(0, 1200) : key;
    }

    /** Inserts a new communiqué at version 1 with no revision yet; returns its id. */
    public long insert(UUID uuid, CommuniqueContent content, String officeCode, Status status, long actorId,
            Instant now) {
        long id = database.dsl().insertInto(COMMUNIQUE)
                .set(COMMUNIQUE.UUID, uuid)
                .set(COMMUNIQUE.OFFICE_ID, content.officeId())
                .set(COMMUNIQUE.GENRE, content.genre().name())
                .set(COMMUNIQUE.LANGUAGE, content.language())
                .set(COMMUNIQUE.STATUS, status.name())
                .set(COMMUNIQUE.TITLE, content.title())
                .set(COMMUNIQUE.FILTER_KEY, filterKey(content, officeCode))
                .set(COMMUNIQUE.PLACE, content.place())
                .set(COMMUNIQUE.EVENT_DATE, content.eventDate())
                .set(COMMUNIQUE.BODY, content.body())
                .set(COMMUNIQUE.EMBARGO_AT, Times.utc(content.embargoAt()))
                .set(COMMUNIQUE.BODY_FORMAT, content.bodyFormat().name())
                .set(COMMUNIQUE.REVISION_COUNT, 0)
                .set(COMMUNIQUE.CREATED_BY, actorId)
                .set(COMMUNIQUE.CREATED_AT, Times.utc(now))
                .set(COMMUNIQUE.UPDATED_BY, actorId)
                .set(COMMUNIQUE.UPDATED_AT, Times.utc(now))
                .set(COMMUNIQUE.VERSION, 1)
                .returningResult(COMMUNIQUE.ID)
                .fetchOne(COMMUNIQUE.ID);
        database.changed(id);
        return id;
    }

    /**
     * Locks the communiqué's row until the transaction ends, so that two saves from the same version take turns: the
     * second then sees the first's version and is refused as a conflict, instead of colliding on the revision number.
     */
    public void lock(long id) {
        database.dsl().select(COMMUNIQUE.ID).from(COMMUNIQUE).where(COMMUNIQUE.ID.eq(id)).forUpdate().fetch();
    }

    /**
     * Locks the communiqué's row as {@link #lock} does and reads it: on the shared server in one statement (one round
     * trip less per save), on the embedded database in two.
     */
    public Optional<Communique> lockAndFind(long id) {
        if (database.dsl().dialect().family() != SQLDialect.POSTGRES) {
            lock(id);
            return findById(id);
        }
        return selectFull().where(COMMUNIQUE.ID.eq(id)).forUpdate().of(COMMUNIQUE).fetchOptional()
                .map(CommuniqueRepository::map);
    }

    /**
     * Writes new content and its revision pointer if the row is still at {@code expectedVersion}; false when someone
     * else saved meanwhile (nothing is written then).
     */
    public boolean updateContent(long id, int expectedVersion, CommuniqueContent content, String officeCode,
            int revisionNumber, long revisionId, long actorId, Instant now) {
        return database.dsl().update(COMMUNIQUE)
                .set(COMMUNIQUE.OFFICE_ID, content.officeId())
                .set(COMMUNIQUE.GENRE, content.genre().name())
                .set(COMMUNIQUE.LANGUAGE, content.language())
                .set(COMMUNIQUE.TITLE, content.title())
                .set(COMMUNIQUE.FILTER_KEY, filterKey(content, officeCode))
                .set(COMMUNIQUE.PLACE, content.place())
                .set(COMMUNIQUE.EVENT_DATE, content.eventDate())
                .set(COMMUNIQUE.BODY, content.body())
                .set(COMMUNIQUE.EMBARGO_AT, Times.utc(content.embargoAt()))
                .set(COMMUNIQUE.BODY_FORMAT, content.bodyFormat().name())
                .set(COMMUNIQUE.REVISION_COUNT, revisionNumber)
                .set(COMMUNIQUE.CURRENT_REVISION_ID, revisionId)
                .set(COMMUNIQUE.UPDATED_BY, actorId)
                .set(COMMUNIQUE.UPDATED_AT, Times.utc(now))
                .set(COMMUNIQUE.VERSION, expectedVersion + 1)
                .where(COMMUNIQUE.ID.eq(id).and(COMMUNIQUE.VERSION.eq(expectedVersion)))
                .execute() == 1 && changed(id);
    }

    /** Sets the status (and, for approvals, the approved revision) if the row is still at {@code expectedVersion}. */
    public boolean updateStatus(long id, int expectedVersion, Status status, Long approvedRevisionId, long actorId,
            Instant now) {
        return database.dsl().update(COMMUNIQUE)
                .set(COMMUNIQUE.STATUS, status.name())
                .set(COMMUNIQUE.APPROVED_REVISION_ID, approvedRevisionId)
                .set(COMMUNIQUE.UPDATED_BY, actorId)
                .set(COMMUNIQUE.UPDATED_AT, Times.utc(now))
                .set(COMMUNIQUE.VERSION, expectedVersion + 1)
                .where(COMMUNIQUE.ID.eq(id).and(COMMUNIQUE.VERSION.eq(expectedVersion)))
                .execute() == 1 && changed(id);
    }

    private boolean changed(long id) {
        database.changed(id);
        return true;
    }

    /** Gives the communiqué its reference, only if it has none yet; false when it already had one. */
    public boolean assignReference(long id, String reference) {
        return database.dsl().update(COMMUNIQUE).set(COMMUNIQUE.REFERENCE, reference)
                .where(COMMUNIQUE.ID.eq(id).and(COMMUNIQUE.REFERENCE.isNull()))
                .execute() == 1;
    }

    public Optional<Communique> findById(long id) {
        return selectFull().where(COMMUNIQUE.ID.eq(id)).fetchOptional().map(CommuniqueRepository::map);
    }

    public Optional<Communique> findByUuid(UUID uuid) {
        return selectFull().where(COMMUNIQUE.UUID.eq(uuid)).fetchOptional().map(CommuniqueRepository::map);
    }

    /**
     * Every communiqué the filter lets through, in full and in the list's order (last changed first), in one query:
     * reading them one by one made H2 plan each lookup from the office table.
     */
    public List<Communique> findAll(String filterText) {
        List<Communique> all = new ArrayList<>();
        forEachInFull(filterText, all::add);
        return all;
    }

    /**
     * The same communiqués in the same order, handed to {@code each} one at a time as the rows are read (a cursor),
     * so that a caller writing them out never holds them all: {@code list --json} on 10,000 (issue 14).
     */
    public void forEachInFull(String filterText, Consumer<Communique> each) {
        try (Cursor<Record> rows = selectFull().where(filter(filterText))
                .orderBy(COMMUNIQUE.UPDATED_AT.desc(), COMMUNIQUE.ID.desc())
                .fetchSize(FETCH_SIZE).fetchLazy()) {
            for (Record row : rows) {
                each.accept(map(row));
            }
        }
    }

    /** Every communiqué's id, oldest first. */
    public List<Long> ids() {
        return database.dsl().select(COMMUNIQUE.ID).from(COMMUNIQUE).orderBy(COMMUNIQUE.ID).fetch(COMMUNIQUE.ID);
    }

    public List<CommuniqueSummary> summaries(ListQuery query) {
        return database.dsl()
                .select(COMMUNIQUE.ID, COMMUNIQUE.UUID, COMMUNIQUE.TITLE, COMMUNIQUE.STATUS, COMMUNIQUE.GENRE,
                        COMMUNIQUE.EVENT_DATE, OFFICE_CODE, COMMUNIQUE.PLACE, COMMUNIQUE.UPDATED_AT,
                        COMMUNIQUE.VERSION)
                .from(COMMUNIQUE)
                .where(filter(query.filter())).and(tagged(query.tagIds()))
                .orderBy(COMMUNIQUE.UPDATED_AT.desc(), COMMUNIQUE.ID.desc())
                .offset(query.offset())
                .limit(query.limit())
                .fetch(CommuniqueRepository::summary);
    }

    private static CommuniqueSummary summary(Record r) {
        return new CommuniqueSummary(r.get(COMMUNIQUE.ID), r.get(COMMUNIQUE.UUID), r.get(COMMUNIQUE.TITLE),
                Status.valueOf(r.get(COMMUNIQUE.STATUS)), Genre.valueOf(r.get(COMMUNIQUE.GENRE)),
                r.get(COMMUNIQUE.EVENT_DATE), r.get(OFFICE_CODE), r.get(COMMUNIQUE.PLACE),
                Times.instant(r.get(COMMUNIQUE.UPDATED_AT)), r.get(COMMUNIQUE.VERSION));
    }

    /** The communiqués in one status, longest unchanged first (a review queue). */
    public List<CommuniqueSummary> inStatus(Status status) {
        return database.dsl()
                .select(COMMUNIQUE.ID, COMMUNIQUE.UUID, COMMUNIQUE.TITLE, COMMUNIQUE.STATUS, COMMUNIQUE.GENRE,
                        COMMUNIQUE.EVENT_DATE, OFFICE_CODE, COMMUNIQUE.PLACE, COMMUNIQUE.UPDATED_AT,
                        COMMUNIQUE.VERSION)
                .from(COMMUNIQUE)
                .where(COMMUNIQUE.STATUS.eq(status.name()))
                .orderBy(COMMUNIQUE.UPDATED_AT, COMMUNIQUE.ID)
                .fetch(CommuniqueRepository::summary);
    }

    public int count(String filter) {
        return database.dsl().fetchCount(COMMUNIQUE, filter(filter));
    }

    /** How many communiqués the query's filter and tags let through, all pages together. */
    public int count(ListQuery query) {
        return database.dsl().fetchCount(COMMUNIQUE, filter(query.filter()).and(tagged(query.tagIds())));
    }

    /** The communiqué must carry every one of the tags, confirmed. */
    private static Condition tagged(Set<Long> tagIds) {
        List<Condition> conditions = new ArrayList<>();
        for (long tagId : tagIds) {
            conditions.add(DSL.exists(DSL.selectOne().from(COMMUNIQUE_TAG)
                    .where(COMMUNIQUE_TAG.COMMUNIQUE_ID.eq(COMMUNIQUE.ID))
                    .and(COMMUNIQUE_TAG.TAG_ID.eq(tagId)).and(COMMUNIQUE_TAG.CONFIRMED.isTrue())));
        }
        return DSL.and(conditions);
    }

    /** Every word of the filter must appear in the title, office code or place, ignoring case and accents. */
    private static Condition filter(String filter) {
        List<Condition> conditions = new ArrayList<>();
        for (String word : TextKeys.fold(filter).split(" ")) {
            if (!word.isEmpty()) {
                conditions.add(COMMUNIQUE.FILTER_KEY.contains(word));
            }
        }
        return DSL.and(conditions);
    }

    private SelectJoinStep<Record> selectFull() {
        return database.dsl()
                .select(COMMUNIQUE.fields())
                .select(OFFICE.CODE, CREATOR.USERNAME, UPDATER.USERNAME, CREATOR.DISPLAY_NAME, UPDATER.DISPLAY_NAME)
                .from(COMMUNIQUE)
                .join(OFFICE).on(OFFICE.ID.eq(COMMUNIQUE.OFFICE_ID))
                .join(CREATOR).on(CREATOR.ID.eq(COMMUNIQUE.CREATED_BY))
                .join(UPDATER).on(UPDATER.ID.eq(COMMUNIQUE.UPDATED_BY));
    }

    private static Communique map(Record r) {
        CommuniqueContent content = new CommuniqueContent(r.get(COMMUNIQUE.TITLE), r.get(COMMUNIQUE.BODY),
                Genre.valueOf(r.get(COMMUNIQUE.GENRE)), r.get(COMMUNIQUE.OFFICE_ID), r.get(COMMUNIQUE.PLACE),
                r.get(COMMUNIQUE.EVENT_DATE), r.get(COMMUNIQUE.LANGUAGE), Times.instant(r.get(COMMUNIQUE.EMBARGO_AT)),
                BodyFormat.valueOf(r.get(COMMUNIQUE.BODY_FORMAT)));
        return new Communique(r.get(COMMUNIQUE.ID), r.get(COMMUNIQUE.UUID), content, r.get(OFFICE.CODE),
                Status.valueOf(r.get(COMMUNIQUE.STATUS)), r.get(COMMUNIQUE.REVISION_COUNT),
                r.get(COMMUNIQUE.CURRENT_REVISION_ID), r.get(COMMUNIQUE.APPROVED_REVISION_ID),
                new Communique.Change(r.get(COMMUNIQUE.CREATED_BY), r.get(CREATOR.USERNAME),
                        Times.instant(r.get(COMMUNIQUE.CREATED_AT)), r.get(CREATOR.DISPLAY_NAME)),
                new Communique.Change(r.get(COMMUNIQUE.UPDATED_BY), r.get(UPDATER.USERNAME),
                        Times.instant(r.get(COMMUNIQUE.UPDATED_AT)), r.get(UPDATER.DISPLAY_NAME)),
                r.get(COMMUNIQUE.VERSION), r.get(COMMUNIQUE.REFERENCE));
    }

    /** Whether a communiqué here already holds that reference. */
    public boolean referenceTaken(String reference) {
        return database.dsl().fetchExists(COMMUNIQUE, COMMUNIQUE.REFERENCE.eq(reference));
    }
}
