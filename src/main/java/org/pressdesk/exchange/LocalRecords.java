package org.pressdesk.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pressdesk.domain.ExchangeRecords.ApprovalRow;
import org.pressdesk.domain.ExchangeRecords.AuditRow;
import org.pressdesk.domain.ExchangeRecords.CommentRow;
import org.pressdesk.domain.ExchangeRecords.CommuniqueRow;
import org.pressdesk.domain.ExchangeRecords.OfficeRow;
import org.pressdesk.domain.ExchangeRecords.RevisionRow;
import org.pressdesk.domain.ExchangeRecords.StatusChangeRow;
import org.pressdesk.domain.ExchangeRecords.TagLinkRow;
import org.pressdesk.domain.ExchangeRecords.UserRow;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.store.ExchangeDataRepository;
import org.pressdesk.store.ExchangeDataRepository.CommuniqueState;
import org.pressdesk.store.OfficeRepository;
import org.pressdesk.store.UserRepository;

/** Everything this installation holds, as exchange records: what an export picks from. */
final class LocalRecords {
    final List<OfficeRow> offices = new ArrayList<>();
    final List<UserRow> users = new ArrayList<>();
    final Map<UUID, CommuniqueRow> communiques = new HashMap<>();
    final List<RevisionRow> revisions;
    final List<CommentRow> comments;
    final List<StatusChangeRow> statusChanges;
    final List<ApprovalRow> approvals;
    final List<TagLinkRow> tagLinks;
    final List<AuditRow> audit;

    LocalRecords(ExchangeDataRepository data, OfficeRepository officeRows, UserRepository userRows, UUID self,
            boolean hq) {
        for (Office o : officeRows.list()) {
            Office.Letterhead l = o.letterhead();
            offices.add(new OfficeRow(o.uuid(), o.code(), o.name(), l.countryName(), l.motto(), l.ministry(),
                    l.city(), l.address(), l.contact(), l.footer(), l.layout().name(),
                    l.logo() == null ? null : l.logo().bytes(), l.logo() == null ? null : l.logo().mediaType(),
                    l.endMark(), o.timeZone().getId()));
        }
        for (UserAccount u : userRows.list()) {
            users.add(new UserRow(u.uuid(), u.username(), u.displayName(), u.role().name()));
        }
        revisions = data.revisions(self, hq);
        comments = data.comments(self, hq);
        statusChanges = data.statusChanges(self, hq);
        approvals = data.approvals(self, hq);
        tagLinks = data.tagLinks();
        audit = data.auditEvents(self);
        headers(data);
    }

    private void headers(ExchangeDataRepository data) {
        Map<Long, UUID> revisionUuids = data.revisionUuids();
        Map<UUID, UUID> officeUuids = new HashMap<>();
        Map<Long, UUID> officeById = new HashMap<>();
        data.ids("office").forEach((uuid, id) -> officeById.put(id, uuid));
        Map<UUID, List<UUID>> revisionsBy = new HashMap<>();
        for (RevisionRow r : revisions) {
            revisionsBy.computeIfAbsent(r.communique(), k -> new ArrayList<>()).add(r.uuid());
        }
        Map<Long, Object[]> creators = data.creators();
        Map<Long, long[]> conflicts = data.conflicts();
        Map<Long, String> asGiven = data.referencesAsGiven();
        for (CommuniqueState c : data.communiques()) {
            Object[] creator = creators.get(c.id());
            long[] conflict = conflicts.get(c.id());
            communiques.put(c.uuid(), new CommuniqueRow(c.uuid(), officeById.get(c.officeId()), (UUID) creator[0],
                    (java.time.Instant) creator[1], c.status(), asGiven.getOrDefault(c.id(), c.reference()),
                    c.currentRevisionId() == null ? null : revisionUuids.get(c.currentRevisionId()),
                    revisionsBy.getOrDefault(c.uuid(), List.of()),
                    conflict == null ? null : revisionUuids.get(conflict[1])));
        }
        officeUuids.clear();
    }
}
