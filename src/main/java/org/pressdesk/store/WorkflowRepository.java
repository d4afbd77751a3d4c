package org.pressdesk.store;

import static org.pressdesk.store.jooq.Tables.APPROVAL;
import static org.pressdesk.store.jooq.Tables.COMMUNIQUE;
import static org.pressdesk.store.jooq.Tables.REVIEW_COMMENT;
import static org.pressdesk.store.jooq.Tables.REVISION;
import static org.pressdesk.store.jooq.Tables.STATUS_CHANGE;
import static org.pressdesk.store.jooq.Tables.USER_ACCOUNT;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Record;
import org.pressdesk.domain.Approval;
import org.pressdesk.domain.ReviewComment;
import org.pressdesk.domain.Status;
import org.pressdesk.domain.StatusChange;
import org.pressdesk.domain.WorkflowAction;

/** The review workflow's records: comments, approvals and status changes. All are only ever appended. */
public final class WorkflowRepository {
    private final Database database;

    public WorkflowRepository(Database database) {
        this.database = database;
    }

    public long insertComment(long communiqueId, ReviewComment.Kind kind, long authorId, Instant at, int revision,
            String text) {
        return database.dsl().insertInto(REVIEW_COMMENT)
                .set(REVIEW_COMMENT.UUID, UUID.randomUUID())
                .set(REVIEW_COMMENT.COMMUNIQUE_ID, communiqueId)
                .set(REVIEW_COMMENT.KIND, kind.name())
                .set(REVIEW_COMMENT.AUTHOR_ID, authorId)
                .set(REVIEW_COMMENT.CREATED_AT, Times.utc(at))
                .set(REVIEW_COMMENT.REVISION, revision)
                .set(REVIEW_COMMENT.BODY, text)
                .returningResult(REVIEW_COMMENT.ID)
                .fetchOne(REVIEW_COMMENT.ID);
    }

    public List<ReviewComment> comments(long communiqueId) {
        return database.dsl().select(REVIEW_COMMENT.fields()).select(USER_ACCOUNT.USERNAME)
                .from(REVIEW_COMMENT).join(USER_ACCOUNT).on(USER_ACCOUNT.ID.eq(REVIEW_COMMENT.AUTHOR_ID))
                .where(REVIEW_COMMENT.COMMUNIQUE_ID.eq(communiqueId))
                .orderBy(REVIEW_COMMENT.ID)
                .fetch(r -> new ReviewComment(r.get(REVIEW_COMMENT.ID), r.get(REVIEW_COMMENT.UUID),
                        r.get(REVIEW_COMMENT.COMMUNIQUE_ID), ReviewComment.Kind.valueOf(r.get(REVIEW_COMMENT.KIND)),
                        r.get(REVIEW_COMMENT.AUTHOR_ID), r.get(USER_ACCOUNT.USERNAME),
                        Times.instant(r.get(REVIEW_COMMENT.CREATED_AT)), r.get(REVIEW_COMMENT.REVISION),
                        r.get(REVIEW_COMMENT.BODY)));
    }

    public long insertApproval(long communiqueId, long revisionId, String sha256, long approverId, Instant at,
            boolean waived) {
        return database.dsl().insertInto(APPROVAL)
                .set(APPROVAL.UUID, UUID.randomUUID())
                .set(APPROVAL.COMMUNIQUE_ID, communiqueId)
                .set(APPROVAL.REVISION_ID, revisionId)
                .set(APPROVAL.CONTENT_SHA256, sha256)
                .set(APPROVAL.APPROVER_ID, approverId)
                .set(APPROVAL.APPROVED_AT, Times.utc(at))
                .set(APPROVAL.FOUR_EYES_WAIVED, waived)
                .returningResult(APPROVAL.ID)
                .fetchOne(APPROVAL.ID);
    }

    /** The approval of a given revision, if it was approved. */
    public Optional<Approval> approvalOf(long revisionId) {
        return database.dsl().select(APPROVAL.fields()).select(USER_ACCOUNT.USERNAME, REVISION.NUMBER)
                .from(APPROVAL)
                .join(USER_ACCOUNT).on(USER_ACCOUNT.ID.eq(APPROVAL.APPROVER_ID))
                .join(REVISION).on(REVISION.ID.eq(APPROVAL.REVISION_ID))
                .where(APPROVAL.REVISION_ID.eq(revisionId))
                .orderBy(APPROVAL.ID.desc())
                .limit(1)
                .fetchOptional(WorkflowRepository::approval);
    }

    public List<Approval> approvals(long communiqueId) {
        return database.dsl().select(APPROVAL.fields()).select(USER_ACCOUNT.USERNAME, REVISION.NUMBER)
                .from(APPROVAL)
                .join(USER_ACCOUNT).on(USER_ACCOUNT.ID.eq(APPROVAL.APPROVER_ID))
                .join(REVISION).on(REVISION.ID.eq(APPROVAL.REVISION_ID))
                .where(APPROVAL.COMMUNIQUE_ID.eq(communiqueId))
                .orderBy(APPROVAL.ID)
                .fetch(WorkflowRepository::approval);
    }

    public void insertStatusChange(long communiqueId, Status from, Status to, WorkflowAction action, long actorId,
            Instant at, int revision, Long commentId) {
        database.dsl().insertInto(STATUS_CHANGE)
                .set(STATUS_CHANGE.UUID, UUID.randomUUID())
                .set(STATUS_CHANGE.COMMUNIQUE_ID, communiqueId)
                .set(STATUS_CHANGE.FROM_STATUS, from.name())
                .set(STATUS_CHANGE.TO_STATUS, to.name())
                .set(STATUS_CHANGE.ACTION, action.name())
                .set(STATUS_CHANGE.ACTOR_ID, actorId)
                .set(STATUS_CHANGE.CHANGED_AT, Times.utc(at))
                .set(STATUS_CHANGE.REVISION, revision)
                .set(STATUS_CHANGE.COMMENT_ID, commentId)
                .execute();
    }

    public List<StatusChange> statusChanges(long communiqueId) {
        return database.dsl().select(STATUS_CHANGE.fields()).select(USER_ACCOUNT.USERNAME, REVIEW_COMMENT.BODY)
                .from(STATUS_CHANGE).join(USER_ACCOUNT).on(USER_ACCOUNT.ID.eq(STATUS_CHANGE.ACTOR_ID))
                .leftJoin(REVIEW_COMMENT).on(REVIEW_COMMENT.ID.eq(STATUS_CHANGE.COMMENT_ID))
                .where(STATUS_CHANGE.COMMUNIQUE_ID.eq(communiqueId))
                .orderBy(STATUS_CHANGE.ID)
                .fetch(r -> new StatusChange(r.get(STATUS_CHANGE.ID), r.get(STATUS_CHANGE.UUID),
                        r.get(STATUS_CHANGE.COMMUNIQUE_ID), Status.valueOf(r.get(STATUS_CHANGE.FROM_STATUS)),
                        Status.valueOf(r.get(STATUS_CHANGE.TO_STATUS)),
                        WorkflowAction.valueOf(r.get(STATUS_CHANGE.ACTION)), r.get(STATUS_CHANGE.ACTOR_ID),
                        r.get(USER_ACCOUNT.USERNAME), Times.instant(r.get(STATUS_CHANGE.CHANGED_AT)),
                        r.get(STATUS_CHANGE.REVISION), r.get(REVIEW_COMMENT.BODY)));
    }

    /** How many communiqués wait for review. */
    public int inReviewCount() {
        return database.dsl().fetchCount(COMMUNIQUE, COMMUNIQUE.STATUS.eq(Status.IN_REVIEW.name()));
    }

    private static Approval approval(Record r) {
        return new Approval(r.get(APPROVAL.ID), r.get(APPROVAL.UUID), r.get(APPROVAL.COMMUNIQUE_ID),
                r.get(APPROVAL.REVISION_ID), r.get(REVISION.NUMBER), r.get(APPROVAL.CONTENT_SHA256),
                r.get(APPROVAL.APPROVER_ID), r.get(USER_ACCOUNT.USERNAME), Times.instant(r.get(APPROVAL.APPROVED_AT)),
                r.get(APPROVAL.FOUR_EYES_WAIVED));
    }
}
