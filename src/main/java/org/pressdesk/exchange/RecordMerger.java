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
import org.pressdesk.store.ExchangeBulkInserts;
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
    private final ExchangeBulkInserts bulk;
    private final ReceivedReferences references;
    private final List<ExchangeBulkInserts.Origin> origins = new ArrayList<>();

    RecordMerger(ExchangeDataRepository data, ExchangeRepository exchange, CommuniqueRepository communiqueRows,
            RevisionRepository revisionRows, TagRepository tagRows, Directory directory, UUID self, boolean selfHq,
            Instant now, ImportResult.Builder result, ReceivedReferences references) {
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
        this.bulk = data.bulk();
        this.references = references;
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
        insertCommuniques(p.communiques(), revisions);
        insertRevisions(p.communiques(), revisions);
        insertComments(p.comments());
        insertStatusChanges(p.statusChanges());
        insertApprovals(p.approvals());
        insertTagLinks(p.tagLinks());
        insertAudit(p.audit());
        bulk.origins(origins);
        settle(p.communiques(), revisions);
    }

    /** The communiqués new here, each with its head revision's content until the merge sets its state. */
    private void insertCommuniques(List<CommuniqueRow> communiques, Map<UUID, RevisionRow> revisions) {
        List<ExchangeBulkInserts.NewCommunique> fresh = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (CommuniqueRow c : communiques) {
            if (!communiqueIds.containsKey(c.uuid()) && seen.add(c.uuid())) {
                RevisionRow head = revisions.get(c.head());
                if (head == null || !head.communique().equals(c.uuid())) {
                    throw new PressDeskException("exchange.file.incomplete", c.uuid());
                }
                CommuniqueContent content = content(head);
                fresh.add(new ExchangeBulkInserts.NewCommunique(c.uuid(), content,
                        directory.officeCode(content.officeId()), directory.user(c.createdBy()), c.createdAt()));
                result.newCommunique();
            }
        }
        communiqueIds.putAll(bulk.communiques(fresh));
    }

    /** The revisions new here, numbered locally in the order they were written. */
    private void insertRevisions(List<CommuniqueRow> communiques, Map<UUID, RevisionRow> revisions) {
        List<ExchangeBulkInserts.NewRevision> rows = new ArrayList<>();
        Set<UUID> taken = new HashSet<>();
        for (CommuniqueRow c : communiques) {
            long communiqueId = communiqueIds.get(c.uuid());
            List<RevisionRow> fresh = new ArrayList<>();
            for (UUID uuid : c.revisions()) {
                RevisionRow row = revisions.get(uuid);
                if (revisionIds.containsKey(uuid)) {
                    continue;
                }
                if (!taken.add(uuid)) {
                    throw new PressDeskException("exchange.file.incomplete", uuid);
                }
                if (row == null || !row.communique().equals(c.uuid())) {
                    throw new PressDeskException("exchange.file.incomplete", uuid);
                }
                fresh.add(row);
            }
            fresh.sort(Comparator.comparing(RevisionRow::createdAt).thenComparing(RevisionRow::uuid));
            for (RevisionRow r : fresh) {
                int number = lastNumbers.merge(communiqueId, 1, Integer::sum);
                rows.add(new ExchangeBulkInserts.NewRevision(r.uuid(), communiqueId, number, content(r),
                        r.contentSha256(), directory.user(r.author()), r.createdAt()));
                revisionNumbers.put(r.uuid(), number);
                origins.add(new ExchangeBulkInserts.Origin(r.uuid(), r.origin(), r.originHq()));
                result.newRevision(communiqueId);
            }
        }
        revisionIds.putAll(bulk.revisions(rows));
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
        List<ExchangeBulkInserts.Linked<CommentRow>> rows = new ArrayList<>();
        for (CommentRow c : comments) {
            if (existing.add(c.uuid())) {
                long id = communique(c.communique());
                rows.add(new ExchangeBulkInserts.Linked<>(c, id, directory.user(c.author()),
                        c.revision() == null ? 0 : number(c.revision()), null));
                origins.add(new ExchangeBulkInserts.Origin(c.uuid(), c.origin(), c.originHq()));
                result.newComment(id);
            }
        }
        bulk.comments(rows);
    }

    private void insertStatusChanges(List<StatusChangeRow> changes) {
        Set<UUID> existing = data.uuids("status_change");
        Map<UUID, Long> commentIds = data.ids("review_comment");
        List<ExchangeBulkInserts.Linked<StatusChangeRow>> rows = new ArrayList<>();
        for (StatusChangeRow s : changes) {
            if (existing.add(s.uuid())) {
                long id = communique(s.communique());
                Status.valueOf(s.fromStatus());
                Status.valueOf(s.toStatus());
                rows.add(new ExchangeBulkInserts.Linked<>(s, id, directory.user(s.actor()),
                        s.revision() == null ? 0 : number(s.revision()),
                        s.comment() == null ? null : commentIds.get(s.comment())));
                origins.add(new ExchangeBulkInserts.Origin(s.uuid(), s.origin(), s.originHq()));
                result.newStatusChange(id);
            }
        }
        bulk.statusChanges(rows);
    }

    private void insertApprovals(List<ApprovalRow> approvals) {
        Set<UUID> existing = data.uuids("approval");
        List<ExchangeBulkInserts.Linked<ApprovalRow>> rows = new ArrayList<>();
        for (ApprovalRow a : approvals) {
            if (existing.add(a.uuid())) {
                long id = communique(a.communique());
                Long revision = revisionIds.get(a.revision());
                if (revision == null) {
                    throw new PressDeskException("exchange.file.incomplete", a.revision());
                }
                rows.add(new ExchangeBulkInserts.Linked<>(a, id, directory.user(a.approver()), 0, revision));
                origins.add(new ExchangeBulkInserts.Origin(a.uuid(), a.origin(), a.originHq()));
                result.newApproval(id);
            }
        }
        bulk.approvals(rows);
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
        List<AuditRow> fresh = new ArrayList<>();
        for (AuditRow a : events) {
            if (existing.add(a.uuid())) {
                fresh.add(a);
                result.newAuditEvent();
            }
        }
        bulk.remoteAudit(fresh);
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
        List<ExchangeBulkInserts.State> settled = new ArrayList<>();
        for (CommuniqueRow c : communiques) {
            long id = communiqueIds.get(c.uuid());
            CommuniqueState before = states.get(c.uuid());
            UUID localHead = before == null || before.currentRevisionId() == null ? null
                    : uuidsById.get(before.currentRevisionId());
            long[] conflict = conflicts.get(id);
            MergeRules.Head head = MergeRules.head(localHead, knownBefore.getOrDefault(id, Set.of()),
                    conflict == null ? null : uuidsById.get(conflict[1]), c.head(),
                    new HashSet<>(c.revisions()), c.conflictWith());
            Revision headRevision = headRevision(head.head(), received);
            Status fallback = Status.valueOf(before == null ? c.status() : before.status());
            Status status = MergeRules.status(changes.getOrDefault(c.uuid(), List.of()), head.head(),
                    headRevision.createdAt(), fallback);
            UUID approved = MergeRules.approved(approvals.getOrDefault(c.uuid(), List.of()));
            settled.add(new ExchangeBulkInserts.State(id, headRevision.content(),
                    directory.officeCode(headRevision.content().officeId()), lastNumbers.getOrDefault(id, 0),
                    headRevision.id(), approved == null ? null : revisionIds.get(approved), status,
                    headRevision.authorId(), headRevision.createdAt(),
                    references.take(id, before == null ? null : before.reference(), c.reference())));
            conflict(id, head, conflict);
            result.settled(id, c.uuid(), headRevision.content().title(),
                    before == null ? null : Status.valueOf(before.status()), status, head.conflictWith() != null);
        }
        bulk.states(settled);
    }

    /** The head's revision: built from the file when it came in it (no query), else read here. */
    private Revision headRevision(UUID head, Map<UUID, RevisionRow> received) {
        long id = revisionIds.get(head);
        RevisionRow row = received.get(head);
        if (row == null) {
            return revisionRows.findById(id).orElseThrow();
        }
        return new Revision(id, row.uuid(), communiqueIds.get(row.communique()), number(row.uuid()), content(row),
                row.contentSha256(), directory.user(row.author()), null, row.createdAt());
    }

    private void conflict(long id, MergeRules.Head head, long[] before) {
        Long other = head.conflictWith() == null ? null : revisionIds.get(head.conflictWith());
        if (other == null) {
            if (before != null) {
                exchange.clearConflict(id);
            }
            return;
        }
        if (before == null) {
            result.newConflict();
        }
        exchange.putConflict(new Conflict(id, revisionIds.get(head.head()), other, now));
    }
}
