package org.pressdesk.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pressdesk.domain.Status;

/**
 * What a file brought, or would bring (a preview): counts by kind and, for each communiqué it speaks of, its status
 * before and after and whether it is in conflict.
 */
public record ImportResult(UUID fileId, String peer, boolean alreadyReceived, boolean applied, int newCommuniques,
        int newRevisions, int newComments, int newStatusChanges, int newApprovals, int newTagLinks,
        int newAuditEvents, int newConflicts, int referencesSkipped, List<Change> changes, int referencesMarked) {

    /**
     * The result without marked references (the form before references were marked; {@code referencesSkipped} stays
     * 0 since then: a colliding reference is kept, marked, instead of skipped).
     */
    public ImportResult(UUID fileId, String peer, boolean alreadyReceived, boolean applied, int newCommuniques,
            int newRevisions, int newComments, int newStatusChanges, int newApprovals, int newTagLinks,
            int newAuditEvents, int newConflicts, int referencesSkipped, List<Change> changes) {
        this(fileId, peer, alreadyReceived, applied, newCommuniques, newRevisions, newComments, newStatusChanges,
                newApprovals, newTagLinks, newAuditEvents, newConflicts, referencesSkipped, changes, 0);
    }

    /** One communiqué the file speaks of. {@code before} is null for a communiqué new here. */
    public record Change(long communiqueId, UUID uuid, String title, Status before, Status after, int newRevisions,
            boolean conflict) {
    }

    public boolean changesAnything() {
        return newCommuniques + newRevisions + newComments + newStatusChanges + newApprovals + newTagLinks
                + newAuditEvents > 0;
    }

    static final class Builder {
        private final UUID fileId;
        private final String peer;
        private int communiques;
        private int revisions;
        private int comments;
        private int statusChanges;
        private int approvals;
        private int tagLinks;
        private int auditEvents;
        private int conflicts;
        private int referencesSkipped;
        private int referencesMarked;
        private final Map<Long, Integer> revisionsBy = new LinkedHashMap<>();
        private final Map<Long, Boolean> touched = new LinkedHashMap<>();
        private final List<Change> changes = new ArrayList<>();

        Builder(UUID fileId, String peer) {
            this.fileId = fileId;
            this.peer = peer;
        }

        void newCommunique() {
            communiques++;
        }

        void newRevision(long communiqueId) {
            revisions++;
            revisionsBy.merge(communiqueId, 1, Integer::sum);
            touched.put(communiqueId, true);
        }

        void newComment(long communiqueId) {
            comments++;
            touched.put(communiqueId, true);
        }

        void newStatusChange(long communiqueId) {
            statusChanges++;
            touched.put(communiqueId, true);
        }

        void newApproval(long communiqueId) {
            approvals++;
            touched.put(communiqueId, true);
        }

        void newTagLink() {
            tagLinks++;
        }

        void newAuditEvent() {
            auditEvents++;
        }

        void newConflict() {
            conflicts++;
        }

        void referenceMarked() {
            referencesMarked++;
        }

        void settled(long id, UUID uuid, String title, Status before, Status after, boolean conflict) {
            if (before == null || before != after || conflict || touched.containsKey(id)) {
                changes.add(new Change(id, uuid, title, before, after, revisionsBy.getOrDefault(id, 0), conflict));
            }
        }

        /** The communiqués that changed, with what the audit trail says of each. */
        Map<Long, String> auditDetails() {
            Map<Long, String> details = new LinkedHashMap<>();
            for (Change c : changes) {
                details.put(c.communiqueId(), "file=" + fileId + " revisions=+" + c.newRevisions() + " status="
                        + c.after() + (c.conflict() ? " conflict" : ""));
            }
            return details;
        }

        ImportResult build(boolean applied) {
            return new ImportResult(fileId, peer, false, applied, communiques, revisions, comments, statusChanges,
                    approvals, tagLinks, auditEvents, conflicts, referencesSkipped, List.copyOf(changes),
                    referencesMarked);
        }
    }
}
