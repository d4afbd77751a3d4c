package org.pressdesk.store;

import static org.pressdesk.store.jooq.Tables.APPROVAL;
import static org.pressdesk.store.jooq.Tables.AUDIT_EVENT;
import static org.pressdesk.store.jooq.Tables.COMMUNIQUE;
import static org.pressdesk.store.jooq.Tables.COMMUNIQUE_TAG;
import static org.pressdesk.store.jooq.Tables.EXCHANGE_CONFLICT;
import static org.pressdesk.store.jooq.Tables.EXCHANGE_ORIGIN;
import static org.pressdesk.store.jooq.Tables.EXCHANGE_REFERENCE;
import static org.pressdesk.store.jooq.Tables.EXCHANGE_REMOTE_AUDIT;
import static org.pressdesk.store.jooq.Tables.OFFICE;
import static org.pressdesk.store.jooq.Tables.REVIEW_COMMENT;
import static org.pressdesk.store.jooq.Tables.REVISION;
import static org.pressdesk.store.jooq.Tables.STATUS_CHANGE;
import static org.pressdesk.store.jooq.Tables.TAG;
import static org.pressdesk.store.jooq.Tables.USER_ACCOUNT;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.pressdesk.domain.ExchangeRecords.ApprovalRow;
import org.pressdesk.domain.ExchangeRecords.AuditRow;
import org.pressdesk.domain.ExchangeRecords.CommentRow;
import org.pressdesk.domain.ExchangeRecords.RevisionRow;
import org.pressdesk.domain.ExchangeRecords.StatusChangeRow;
import org.pressdesk.domain.ExchangeRecords.TagLinkRow;
import org.pressdesk.domain.Role;
import org.pressdesk.store.jooq.tables.Revision;

/**
 * The rows an exchange reads and writes, all at once and by UUID: the export reads every record of a kind in one
 * query, the import inserts received records under their own UUIDs, authors and times.
 */
public final class ExchangeDataRepository {
    /** The password hash of an account another installation sent: no password matches it. */
    static final String REMOTE_PASSWORD_HASH = "!remote";

    private static final Revision AT_REVISION = REVISION.as("at_revision");

    private final Database database;
    private final ExchangeBulkInserts bulk;

    public ExchangeDataRepository(Database database) {
        this.database = database;
        this.bulk = new ExchangeBulkInserts(database);
    }

    /** The same rows written many at a time, for an import. */
    public ExchangeBulkInserts bulk() {
        return bulk;
    }

    /** A communiqué's local ids and pointers, for the merge. */
    public record CommuniqueState(long id, UUID uuid, long officeId, String status, String reference,
            Long currentRevisionId, Long approvedRevisionId, int revisionCount, int version) {
    }

    public List<CommuniqueState> communiques() {
        return database.dsl().select(COMMUNIQUE.ID, COMMUNIQUE.UUID, COMMUNIQUE.OFFICE_ID, COMMUNIQUE.STATUS,
                COMMUNIQUE.REFERENCE, COMMUNIQUE.CURRENT_REVISION_ID, COMMUNIQUE.APPROVED_REVISION_ID,
                COMMUNIQUE.REVISION_COUNT, COMMUNIQUE.VERSION).from(COMMUNIQUE).orderBy(COMMUNIQUE.ID)
                .fetch(r -> new CommuniqueState(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8(), r.value9()));
    }

    /** Every communiqué's creator (UUID) and creation time, by communiqué id. */
    public Map<Long, Object[]> creators() {
        Map<Long, Object[]> creators = new HashMap<>();
        database.dsl().select(COMMUNIQUE.ID, USER_ACCOUNT.UUID, COMMUNIQUE.CREATED_AT).from(COMMUNIQUE)
                .join(USER_ACCOUNT).on(USER_ACCOUNT.ID.eq(COMMUNIQUE.CREATED_BY))
                .forEach(r -> creators.put(r.value1(), new Object[] {r.value2(), Times.instant(r.value3())}));
        return creators;
    }

    /** Revision ids and UUIDs by communiqué id: {id, uuid, number, communiqueId}. */
    public List<long[]> revisionNumbers() {
        return database.dsl().select(REVISION.ID, REVISION.NUMBER, REVISION.COMMUNIQUE_ID).from(REVISION)
                .fetch(r -> new long[] {r.value1(), r.value2(), r.value3()});
    }

    public Map<Long, UUID> revisionUuids() {
        Map<Long, UUID> uuids = new HashMap<>();
        database.dsl().select(REVISION.ID, REVISION.UUID).from(REVISION)
                .forEach(r -> uuids.put(r.value1(), r.value2()));
        return uuids;
    }

    /** Every revision, body included, with its author's and office's UUIDs and its origin. */
    public List<RevisionRow> revisions(UUID self, boolean selfHq) {
        return database.dsl().select(REVISION.UUID, COMMUNIQUE.UUID, OFFICE.UUID, REVISION.GENRE, REVISION.LANGUAGE,
                REVISION.TITLE, REVISION.PLACE, REVISION.EVENT_DATE, REVISION.BODY, REVISION.EMBARGO_AT,
                REVISION.BODY_FORMAT, REVISION.CONTENT_SHA256, USER_ACCOUNT.UUID, REVISION.CREATED_AT,
                EXCHANGE_ORIGIN.INSTALLATION, EXCHANGE_ORIGIN.HEADQUARTERS)
                .from(REVISION).join(COMMUNIQUE).on(COMMUNIQUE.ID.eq(REVISION.COMMUNIQUE_ID))
                .join(OFFICE).on(OFFICE.ID.eq(REVISION.OFFICE_ID))
                .join(USER_ACCOUNT).on(USER_ACCOUNT.ID.eq(REVISION.AUTHOR_ID))
                .leftJoin(EXCHANGE_ORIGIN).on(EXCHANGE_ORIGIN.ITEM_UUID.eq(REVISION.UUID))
                .orderBy(REVISION.ID)
                .fetch(r -> new RevisionRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9(), Times.instant(r.value10()), r.value11(), r.value12(),
                        r.value13(), Times.instant(r.value14()), r.value15() == null ? self : r.value15(),
                        r.value15() == null ? selfHq : r.value16()));
    }

    public List<CommentRow> comments(UUID self, boolean selfHq) {
        return database.dsl().select(REVIEW_COMMENT.UUID, COMMUNIQUE.UUID, REVIEW_COMMENT.KIND, USER_ACCOUNT.UUID,
                REVIEW_COMMENT.CREATED_AT, AT_REVISION.UUID, REVIEW_COMMENT.BODY, EXCHANGE_ORIGIN.INSTALLATION,
                EXCHANGE_ORIGIN.HEADQUARTERS)
                .from(REVIEW_COMMENT).join(COMMUNIQUE).on(COMMUNIQUE.ID.eq(REVIEW_COMMENT.COMMUNIQUE_ID))
                .join(USER_ACCOUNT).on(USER_ACCOUNT.ID.eq(REVIEW_COMMENT.AUTHOR_ID))
                .leftJoin(AT_REVISION).on(AT_REVISION.COMMUNIQUE_ID.eq(REVIEW_COMMENT.COMMUNIQUE_ID)
                        .and(AT_REVISION.NUMBER.eq(REVIEW_COMMENT.REVISION)))
                .leftJoin(EXCHANGE_ORIGIN).on(EXCHANGE_ORIGIN.ITEM_UUID.eq(REVIEW_COMMENT.UUID))
                .orderBy(REVIEW_COMMENT.ID)
                .fetch(r -> new CommentRow(r.value1(), r.value2(), r.value3(), r.value4(), Times.instant(r.value5()),
                        r.value6(), r.value7(), r.value8() == null ? self : r.value8(),
                        r.value8() == null ? selfHq : r.value9()));
    }

    public List<StatusChangeRow> statusChanges(UUID self, boolean selfHq) {
        return database.dsl().select(STATUS_CHANGE.UUID, COMMUNIQUE.UUID, STATUS_CHANGE.FROM_STATUS,
                STATUS_CHANGE.TO_STATUS, STATUS_CHANGE.ACTION, USER_ACCOUNT.UUID, STATUS_CHANGE.CHANGED_AT,
                AT_REVISION.UUID, REVIEW_COMMENT.UUID, EXCHANGE_ORIGIN.INSTALLATION, EXCHANGE_ORIGIN.HEADQUARTERS)
                .from(STATUS_CHANGE).join(COMMUNIQUE).on(COMMUNIQUE.ID.eq(STATUS_CHANGE.COMMUNIQUE_ID))
                .join(USER_ACCOUNT).on(USER_ACCOUNT.ID.eq(STATUS_CHANGE.ACTOR_ID))
                .leftJoin(AT_REVISION).on(AT_REVISION.COMMUNIQUE_ID.eq(STATUS_CHANGE.COMMUNIQUE_ID)
                        .and(AT_REVISION.NUMBER.eq(STATUS_CHANGE.REVISION)))
                .leftJoin(REVIEW_COMMENT).on(REVIEW_COMMENT.ID.eq(STATUS_CHANGE.COMMENT_ID))
                .leftJoin(EXCHANGE_ORIGIN).on(EXCHANGE_ORIGIN.ITEM_UUID.eq(STATUS_CHANGE.UUID))
                .orderBy(STATUS_CHANGE.ID)
                .fetch(r -> new StatusChangeRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), Times.instant(r.value7()), r.value8(), r.value9(),
                        r.value10() == null ? self : r.value10(), r.value10() == null ? selfHq : r.value11()));
    }

    public List<ApprovalRow> approvals(UUID self, boolean selfHq) {
        return database.dsl().select(APPROVAL.UUID, COMMUNIQUE.UUID, REVISION.UUID, APPROVAL.CONTENT_SHA256,
                USER_ACCOUNT.UUID, APPROVAL.APPROVED_AT, APPROVAL.FOUR_EYES_WAIVED, EXCHANGE_ORIGIN.INSTALLATION,
                EXCHANGE_ORIGIN.HEADQUARTERS)
                .from(APPROVAL).join(COMMUNIQUE).on(COMMUNIQUE.ID.eq(APPROVAL.COMMUNIQUE_ID))
                .join(REVISION).on(REVISION.ID.eq(APPROVAL.REVISION_ID))
                .join(USER_ACCOUNT).on(USER_ACCOUNT.ID.eq(APPROVAL.APPROVER_ID))
                .leftJoin(EXCHANGE_ORIGIN).on(EXCHANGE_ORIGIN.ITEM_UUID.eq(APPROVAL.UUID))
                .orderBy(APPROVAL.ID)
                .fetch(r -> new ApprovalRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        Times.instant(r.value6()), r.value7(), r.value8() == null ? self : r.value8(),
                        r.value8() == null ? selfHq : r.value9()));
    }

    public List<TagLinkRow> tagLinks() {
        return database.dsl().select(COMMUNIQUE.UUID, TAG.KIND, TAG.LABEL, COMMUNIQUE_TAG.CONFIRMED,
                COMMUNIQUE_TAG.EVIDENCE, COMMUNIQUE_TAG.CREATED_AT)
                .from(COMMUNIQUE_TAG).join(COMMUNIQUE).on(COMMUNIQUE.ID.eq(COMMUNIQUE_TAG.COMMUNIQUE_ID))
                .join(TAG).on(TAG.ID.eq(COMMUNIQUE_TAG.TAG_ID))
                .fetch(r -> new TagLinkRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        Times.instant(r.value6())));
    }

    /** This installation's audit events about communiqués, and those received from others. */
    public List<AuditRow> auditEvents(UUID self) {
        List<AuditRow> rows = new java.util.ArrayList<>(database.dsl().select(AUDIT_EVENT.UUID,
                AUDIT_EVENT.OCCURRED_AT, AUDIT_EVENT.ACTOR_NAME, AUDIT_EVENT.KIND, COMMUNIQUE.UUID, AUDIT_EVENT.DETAIL,
                AUDIT_EVENT.HASH)
                .from(AUDIT_EVENT).join(COMMUNIQUE).on(COMMUNIQUE.ID.eq(AUDIT_EVENT.COMMUNIQUE_ID))
                .orderBy(AUDIT_EVENT.ID)
                .fetch(r -> new AuditRow(r.value1(), self, Times.instant(r.value2()), r.value3(), r.value4(),
                        r.value5(), r.value6(), r.value7())));
        database.dsl().selectFrom(EXCHANGE_REMOTE_AUDIT).orderBy(EXCHANGE_REMOTE_AUDIT.OCCURRED_AT)
                .forEach(r -> rows.add(new AuditRow(r.getUuid(), r.getInstallation(),
                        Times.instant(r.getOccurredAt()), r.getActorName(), r.getKind(), r.getCommuniqueUuid(),
                        r.getDetail(), r.getHash())));
        return rows;
    }

    /** The UUIDs of every row of a table that has a {@code uuid} column. */
    public Set<UUID> uuids(String table) {
        Table<?> t = DSL.table(DSL.name(table));
        Field<UUID> uuid = DSL.field(DSL.name("uuid"), UUID.class);
        return new HashSet<>(database.dsl().select(uuid).from(t).fetch(uuid));
    }

    public Set<UUID> localAuditUuids() {
        Set<UUID> all = new HashSet<>(database.dsl().select(AUDIT_EVENT.UUID).from(AUDIT_EVENT)
                .fetch(AUDIT_EVENT.UUID));
        all.addAll(database.dsl().select(EXCHANGE_REMOTE_AUDIT.UUID).from(EXCHANGE_REMOTE_AUDIT)
                .fetch(EXCHANGE_REMOTE_AUDIT.UUID));
        return all;
    }

    /** Local ids by UUID for users, offices, communiqués, revisions and comments. */
    public Map<UUID, Long> ids(String table) {
        Table<?> t = DSL.table(DSL.name(table));
        Field<UUID> uuid = DSL.field(DSL.name("uuid"), UUID.class);
        Field<Long> id = DSL.field(DSL.name("id"), Long.class);
        Map<UUID, Long> ids = new HashMap<>();
        database.dsl().select(uuid, id).from(t).forEach(r -> ids.put(r.value1(), r.value2()));
        return ids;
    }

    /** A user known only by what another installation sent: inactive, with a hash no password matches. */
    public long insertRemoteUser(UUID uuid, String username, String displayName, Role role, Instant now) {
        return database.dsl().insertInto(USER_ACCOUNT)
                .set(USER_ACCOUNT.UUID, uuid)
                .set(USER_ACCOUNT.USERNAME, username)
                .set(USER_ACCOUNT.LOGIN_KEY, UserRepository.loginKey(username))
                .set(USER_ACCOUNT.DISPLAY_NAME, displayName)
                .set(USER_ACCOUNT.ROLE, role.name())
                .set(USER_ACCOUNT.PASSWORD_HASH, REMOTE_PASSWORD_HASH)
                .set(USER_ACCOUNT.ACTIVE, false)
                .set(USER_ACCOUNT.FAILED_ATTEMPTS, 0)
                .set(USER_ACCOUNT.VERSION, 1)
                .set(USER_ACCOUNT.CREATED_AT, Times.utc(now))
                .set(USER_ACCOUNT.UPDATED_AT, Times.utc(now))
                .returningResult(USER_ACCOUNT.ID)
                .fetchOne(USER_ACCOUNT.ID);
    }

    public boolean loginTaken(String username) {
        return database.dsl().fetchExists(USER_ACCOUNT, USER_ACCOUNT.LOGIN_KEY.eq(UserRepository.loginKey(username)));
    }

    public boolean officeCodeTaken(String codeKey) {
        return database.dsl().fetchExists(OFFICE, OFFICE.CODE_KEY.eq(codeKey));
    }

    /** Every reference held here. */
    public Set<String> references() {
        return new HashSet<>(database.dsl().select(COMMUNIQUE.REFERENCE).from(COMMUNIQUE)
                .where(COMMUNIQUE.REFERENCE.isNotNull()).fetch(COMMUNIQUE.REFERENCE));
    }

    /** Keeps a received reference as it was given, for a communiqué that shows it marked with where it came from. */
    public void insertReferenceMark(long communiqueId, String reference, UUID installation, String receivedFrom,
            Instant at) {
        database.dsl().insertInto(EXCHANGE_REFERENCE)
                .set(EXCHANGE_REFERENCE.COMMUNIQUE_ID, communiqueId)
                .set(EXCHANGE_REFERENCE.REFERENCE, reference)
                .set(EXCHANGE_REFERENCE.INSTALLATION, installation)
                .set(EXCHANGE_REFERENCE.RECEIVED_FROM, receivedFrom)
                .set(EXCHANGE_REFERENCE.RECEIVED_AT, Times.utc(at))
                .execute();
    }

    /** The references as given, by communiqué id, of the communiqués that show theirs marked. */
    public Map<Long, String> referencesAsGiven() {
        Map<Long, String> given = new HashMap<>();
        database.dsl().select(EXCHANGE_REFERENCE.COMMUNIQUE_ID, EXCHANGE_REFERENCE.REFERENCE)
                .from(EXCHANGE_REFERENCE).forEach(r -> given.put(r.value1(), r.value2()));
        return given;
    }

    /** The conflicts by communiqué id: {localRevisionId, remoteRevisionId}. */
    public Map<Long, long[]> conflicts() {
        Map<Long, long[]> conflicts = new HashMap<>();
        database.dsl().selectFrom(EXCHANGE_CONFLICT).forEach(r -> conflicts.put(r.getCommuniqueId(),
                new long[] {r.getLocalRevisionId(), r.getRemoteRevisionId()}));
        return conflicts;
    }
}
