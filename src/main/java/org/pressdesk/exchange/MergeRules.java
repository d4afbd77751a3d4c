package org.pressdesk.exchange;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.pressdesk.domain.ExchangeRecords.ApprovalRow;
import org.pressdesk.domain.ExchangeRecords.StatusChangeRow;
import org.pressdesk.domain.Status;
import org.pressdesk.domain.WorkflowAction;

/**
 * How a communiqué's state follows from what two installations hold (docs/exchange-format.md, "Merge rules"). The
 * rules read only records that travel, so every installation holding the same records reaches the same status and
 * approved revision; revisions themselves are never changed or dropped.
 */
final class MergeRules {
    private static final Comparator<StatusChangeRow> CHANGE_ORDER =
            Comparator.comparing(StatusChangeRow::changedAt).thenComparing(StatusChangeRow::uuid);
    private static final Comparator<ApprovalRow> APPROVAL_ORDER =
            Comparator.comparing(ApprovalRow::approvedAt).thenComparing(ApprovalRow::uuid);

    private MergeRules() {
    }

    /** The revision a communiqué shows, and the other revision of a conflict (null when there is none). */
    record Head(UUID head, UUID conflictWith) {
        Head {
            conflictWith = head != null && head.equals(conflictWith) ? null : conflictWith;
        }
    }

    /**
     * @param localHead what this installation showed before the file (null for a new communiqué)
     * @param localKnown the revisions it held before the file
     * @param localConflict the other revision of its unresolved conflict, or null
     * @param remote what the sender showed, held and left in conflict
     */
    static Head head(UUID localHead, Set<UUID> localKnown, UUID localConflict, UUID remoteHead, Set<UUID> remoteKnown,
            UUID remoteConflict) {
        if (localHead == null || localHead.equals(remoteHead)) {
            return new Head(remoteHead, localConflict != null ? localConflict : remoteConflict);
        }
        if (localHead.equals(remoteConflict)) {
            return new Head(localHead, remoteHead);
        }
        if (remoteKnown.contains(localHead)) {
            UUID conflict = remoteConflict;
            if (conflict == null && localConflict != null && !remoteKnown.contains(localConflict)) {
                conflict = localConflict;
            }
            return new Head(remoteHead, conflict);
        }
        if (localKnown.contains(remoteHead)) {
            return new Head(localHead, localConflict);
        }
        return new Head(localHead, remoteHead);
    }

    /**
     * The status after a merge: the latest status change, except that headquarters' decision on a revision stands
     * over a field office's decision on the same revision; a revision written after that decision (a field edit
     * after an approval) makes the communiqué a draft that needs review again.
     */
    static Status status(List<StatusChangeRow> changes, UUID head, Instant headCreatedAt, Status fallback) {
        if (changes.isEmpty()) {
            return fallback;
        }
        StatusChangeRow latest = changes.stream().max(CHANGE_ORDER).orElseThrow();
        StatusChangeRow last = latest.originHq() ? latest : changes.stream()
                .filter(c -> c.originHq() && same(c.revision(), latest.revision()))
                .filter(c -> isDecision(c.action())).max(CHANGE_ORDER).orElse(latest);
        Status status = Status.valueOf(last.toStatus());
        boolean frozen = status == Status.IN_REVIEW || status == Status.APPROVED || status == Status.PUBLISHED;
        if (frozen && head != null && !head.equals(last.revision()) && headCreatedAt.isAfter(last.changedAt())) {
            return Status.DRAFT;
        }
        return status;
    }

    /** The approved revision: headquarters' latest approval if there is one, else the latest approval. */
    static UUID approved(List<ApprovalRow> approvals) {
        return approvals.stream().filter(ApprovalRow::originHq).max(APPROVAL_ORDER)
                .or(() -> approvals.stream().max(APPROVAL_ORDER)).map(ApprovalRow::revision).orElse(null);
    }

    private static boolean isDecision(String action) {
        return WorkflowAction.APPROVE.name().equals(action) || WorkflowAction.REQUEST_CHANGES.name().equals(action);
    }

    private static boolean same(UUID a, UUID b) {
        return a != null && a.equals(b);
    }
}
