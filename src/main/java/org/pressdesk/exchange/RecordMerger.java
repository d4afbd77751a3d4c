package org.pressdesk.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.pressdesk.domain.BodyFormat;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.ExchangeRecords.ApprovalRow;
import org.pressdesk.domain.ExchangeRecords.AuditRow;
import org.pressdesk.domain.ExchangeRecords.CommentRow;
import org.pressdesk.domain.ExchangeRecords.CommuniqueRow;
import org.pressdesk.domain.ExchangeRecords.RevisionRow;
import org.pressdesk.domain.ExchangeRecords.StatusChangeRow;
import org.pressdesk.domain.ExchangeRecords.TagLinkRow;
import org.pressdesk.domain.Genre;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.Revision;
import org.pressdesk.domain.Status;
import org.pressdesk.domain.TagKind;
import org.pressdesk.store.CommuniqueRepository;
import org.pressdesk.store.ExchangeDataRepository;
import org.pressdesk.store.ExchangeDataRepository.CommuniqueState;
import org.pressdesk.store.ExchangeRepository;
import org.pressdesk.store.ExchangeRepository.Conflict;
import org.pressdesk.store.RevisionRepository;
import org.pressdesk.store.TagRepository;

/**
 * Writes a checked file's records into this installation, inside the caller's transaction: every record whose UUID
 * is new here is inserted under its own author and time, then each communiqué the file speaks of is set to what
 * {@link MergeRules} say. Records already here are left alone, which makes a second import of the same records a
 * no-op and the order of files irrelevant.
 */
final class RecordMerger {
    private final ExchangeDataRepository data;
    private final ExchangeRepository exchange;
    private final CommuniqueRepository communiqueRows;
    private final RevisionRepository revisionRows;
    private final TagRepository tagRows;
    private final Directory directory;
    private final UUID self;
    private final boolean selfHq;
    private final Instant now;

    private final Map<UUID, CommuniqueState> states = new HashMap<>();
    private final Map<UUID, Long> communiqueIds = new HashMap<>();
    private final Map<UUID, Long> revisionIds;
    private final Map<UUID, Integer> revisionNumbers = new HashMap<>();
    private final Map<Long, Integer> lastNumbers = new HashMap<>();
    private final Map<Long, Set<UUID>> knownBefore = new HashMap<>();
    private final Map<Long, long[]> conflicts;
    private final ImportResult.Builder result;

    RecordMerger(ExchangeDataRepository data, ExchangeRepository exchange, CommuniqueRepository communiqueRows,
            RevisionRepository revisionRows, TagRepository tagRows, Directory directory, UUID self, boolean selfHq,
            Instant now, ImportResult.Builder result) {
        this.data = data;
        this.exchange = exchange;
        this.communiqueRows = communiqueRows;
        this.revisionRows = revisionRows;
        this.tagRows = tagRows;
        this.directory = directory;
        this.self = self;
        this.selfHq = selfHq;
        this.now = now;
        this.result = result;
        for (CommuniqueState state : data.communiques()) {
            states.put(state.uuid(), state);
            communiqueIds.put(state.uuid(), state.id());
        }
        this.revisionIds = data.ids("revision");
        this.conflicts = data.conflicts();
        Map<Long, UUID> uuids = new HashMap<>();
        revisionIds.forEach((uuid, id) -> uuids.put(id, uuid));
        for (long[] r : data.revisionNumbers()) {
            UUID uuid = uuids.get(r[0]);
            revisionNumbers.put(uuid, (int) r[1]);
            lastNumbers.merge(r[2], (int) r[1], Math::max);
            knownBefore.computeIfAbsent(r[2], k -> new HashSet<>()).add(uuid);
        }
    }

    void merge(ExchangePackage.Payload p) {
        directory.addUsers(p.users());
        directory.addOffices(p.offices());
        Map<UUID, RevisionRow> revisions = new HashMap<>();
        p.revisions().forEach(r -> revisions.put(r.uuid(), r));
        for (CommuniqueRow c : p.communiques()) {
            insertCommuniqueAndRevisions(c, revisions);
        }
        insertComments(p.comments());
        insertStatusChanges(p.statusChanges());
        insertApprovals(p.approvals());
        insertTagLinks(p.tagLinks());
        insertAudit(p.audit());
        settle(p.communiques(), revisions);
    }

    private void insertCommuniqueAndRevisions(CommuniqueRow c, Map<UUID, RevisionRow> revisions) {
        if (!communiqueIds.containsKey(c.uuid())) {
            RevisionRow head = revisions.get(c.head());
            if (head == null || !head.communique().equals(c.uuid())) {
                throw new PressDeskException("exchange.file.incomplete", c.uuid());
            }
            CommuniqueContent content = content(head);
            long id = communiqueRows.insert(c.uuid(), content, directory.officeCode(content.officeId()),
                    Status.DRAFT, directory.user(c.createdBy()), c.createdAt());
            communiqueIds.put(c.uuid(), id);
            result.newCommunique();
        }
        long communiqueId = communiqueIds.get(c.uuid());
        List<RevisionRow> fresh = new ArrayList<>();
        for (UUID uuid : c.revisions()) {
            RevisionRow row = revisions.get(uuid);
            if (row != null && !revisionIds.containsKey(uuid)) {
                fresh.add(row);
            } else if (row == null && !revisionIds.containsKey(uuid)) {
                throw new PressDeskException("exchange.file.incomplete", uuid);
            }
        }
        fresh.sort(Comparator.comparing(RevisionRow::createdAt).thenComparing(RevisionRow::uuid));
        for (RevisionRow r : fresh) {
            if (!r.communique().equals(c.uuid())) {
                throw new PressDeskException("exchange.file.incomplete", r.uuid());
            }
            int number = lastNumbers.merge(communiqueId, 1, Integer::sum);
            long id = revisionRows.insert(r.uuid(), communiqueId, number, content(r), r.contentSha256(),
                    directory.user(r.author()), r.createdAt());
            revisionIds.put(r.uuid(), id);
            revisionNumbers.put(r.uuid(), number);
            data.insertOrigin(r.uuid(), r.origin(), r.originHq());
            result.newRevision(communiqueId);
        }
    }

    private CommuniqueContent content(RevisionRow r) {
        return new CommuniqueContent(r.title(), r.body(), Genre.valueOf(r.genre()), directory.office(r.office()),
                r.place(), r.eventDate(), r.language(), r.embargoAt(), BodyFormat.valueOf(r.bodyFormat()));
    }

    private long communique(UUID uuid) {
        Long id = communiqueIds.get(uuid);
        if (id == null) {
            throw new PressDeskException("exchange.file.incomplete", uuid);
        }
        return id;
    }

    private int number(UUID revision) {
        Integer number = revisionNumbers.get(revision);
        if (number == null) {
            throw new PressDeskException("exchange.file.incomplete", revision);
        }
        return number;
    }

    private void insertComments(List<CommentRow> comments) {
        Set<UUID> existing = data.uuids("review_comment");
        for (CommentRow c : comments) {
            if (existing.add(c.uuid())) {
                long id = communique(c.communique());
                data.insertComment(c, id, directory.user(c.author()), c.revision() == null ? 0 : number(c.revision()));
                data.insertOrigin(c.uuid(), c.origin(), c.originHq());
                result.newComment(id);
            }
        }
    }

    private void insertStatusChanges(List<StatusChangeRow> changes) {
        Set<UUID> existing = data.uuids("status_change");
        Map<UUID, Long> commentIds = data.ids("review_comment");
        for (StatusChangeRow s : changes) {
            if (existing.add(s.uuid())) {
                long id = communique(s.communique());
                Status.valueOf(s.fromStatus());
                Status.valueOf(s.toStatus());
                data.insertStatusChange(s, id, directory.user(s.actor()), s.revision() == null ? 0
                        : number(s.revision()), s.comment() == null ? null : commentIds.get(s.comment()));
                data.insertOrigin(s.uuid(), s.origin(), s.originHq());
                result.newStatusChange(id);
            }
        }
    }

    private void insertApprovals(List<ApprovalRow> approvals) {
        Set<UUID> existing = data.uuids("approval");
        for (ApprovalRow a : approvals) {
            if (existing.add(a.uuid())) {
                long id = communique(a.communique());
                Long revision = revisionIds.get(a.revision());
                if (revision == null) {
                    throw new PressDeskException("exchange.file.incomplete", a.revision());
                }
                data.insertApproval(a, id, revision, directory.user(a.approver()));
                data.insertOrigin(a.uuid(), a.origin(), a.originHq());
                result.newApproval(id);
            }
        }
    }

    private void insertTagLinks(List<TagLinkRow> links) {
        Set<UUID> existing = new HashSet<>();
        data.tagLinks().forEach(l -> existing.add(l.itemUuid()));
        for (TagLinkRow l : links) {
            if (existing.add(l.itemUuid())) {
                long id = communique(l.communique());
                long tag = tagRows.findOrCreate(TagKind.valueOf(l.kind()), l.label(), now);
                tagRows.link(id, tag, l.confirmed(), l.evidence(), l.createdAt());
                result.newTagLink();
            }
        }
    }

    private void insertAudit(List<AuditRow> events) {
        Set<UUID> existing = data.localAuditUuids();
        for (AuditRow a : events) {
            if (existing.add(a.uuid())) {
                data.insertRemoteAudit(a);
                result.newAuditEvent();
            }
        }
    }

    /** Sets each communiqué the file speaks of to its merged head, status, approval, reference and conflict. */
    private void settle(List<CommuniqueRow> communiques, Map<UUID, RevisionRow> received) {
        Map<UUID, List<StatusChangeRow>> changes = new HashMap<>();
        data.statusChanges(self, selfHq).forEach(s -> changes.computeIfAbsent(s.communique(),
                k -> new ArrayList<>()).add(s));
        Map<UUID, List<ApprovalRow>> approvals = new HashMap<>();
        data.approvals(self, selfHq).forEach(a -> approvals.computeIfAbsent(a.communique(),
                k -> new ArrayList<>()).add(a));
        Map<Long, UUID> uuidsById = new HashMap<>();
        revisionIds.forEach((uuid, id) -> uuidsById.put(id, uuid));
        for (CommuniqueRow c : communiques) {
            long id = communiqueIds.get(c.uuid());
            CommuniqueState before = states.get(c.uuid());
            UUID localHead = before == null || before.currentRevisionId() == null ? null
                    : uuidsById.get(before.currentRevisionId());
            long[] conflict = conflicts.get(id);
            MergeRules.Head head = MergeRules.head(localHead, knownBefore.getOrDefault(id, Set.of()),
                    conflict == null ? null : uuidsById.get(conflict[1]), c.head(),
                    new HashSet<>(c.revisions()), c.conflictWith());
            Revision headRevision = revisionRows.findById(revisionIds.get(head.head())).orElseThrow();
            Status fallback = Status.valueOf(before == null ? c.status() : before.status());
            Status status = MergeRules.status(changes.getOrDefault(c.uuid(), List.of()), head.head(),
                    headRevision.createdAt(), fallback);
            UUID approved = MergeRules.approved(approvals.getOrDefault(c.uuid(), List.of()));
            data.setState(id, headRevision.content(), directory.officeCode(headRevision.content().officeId()),
                    lastNumbers.getOrDefault(id, 0), headRevision.id(),
                    approved == null ? null : revisionIds.get(approved), status, headRevision.authorId(),
                    headRevision.createdAt());
            conflict(id, head, conflict);
            reference(id, before, c.reference());
            result.settled(id, c.uuid(), headRevision.content().title(),
                    before == null ? null : Status.valueOf(before.status()), status, head.conflictWith() != null);
        }
    }

    private void conflict(long id, MergeRules.Head head, long[] before) {
        if (head.conflictWith() == null) {
            exchange.clearConflict(id);
            return;
        }
        Long other = revisionIds.get(head.conflictWith());
        if (other == null) {
            exchange.clearConflict(id);
            return;
        }
        if (before == null) {
            result.newConflict();
        }
        exchange.putConflict(new Conflict(id, revisionIds.get(head.head()), other, now));
    }

    private void reference(long id, CommuniqueState before, String reference) {
        if (reference == null || before != null && before.reference() != null) {
            return;
        }
        if (data.referenceTaken(reference)) {
            result.referenceSkipped();
        } else {
            data.setReference(id, reference);
        }
    }
}
