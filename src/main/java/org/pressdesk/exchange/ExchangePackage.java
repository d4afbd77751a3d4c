package org.pressdesk.exchange;

import java.time.Instant;
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

/** One exchange file: its manifest and what it carries (docs/exchange-format.md). */
record ExchangePackage(Manifest manifest, Payload payload) {
    /** The format this version writes, and the newest it reads. */
    static final int FORMAT = 1;
    static final String MANIFEST = "manifest.json";
    static final String SIGNATURE = "manifest.p7s";
    static final List<String> ENTRIES = List.of("offices.jsonl", "users.jsonl", "communiques.jsonl",
            "revisions.jsonl", "comments.jsonl", "status-changes.jsonl", "approvals.jsonl", "tag-links.jsonl",
            "audit.jsonl");

    /**
     * Who sent the file to whom, when, which files of the receiver it acknowledges, how many records of each kind
     * it carries, and the SHA-256 and size of every entry. The sender's exchange key signs exactly these bytes.
     * {@code auditAnchor}, when present, is the sender's newest audit anchor ({@link org.pressdesk.domain.AnchorText}):
     * its audit chain's head signed with an office's key, kept by the receiver as evidence (decision 0037).
     */
    record Manifest(int format, UUID file, UUID sender, String senderName, UUID receiver, Instant createdAt,
            boolean all, List<UUID> acknowledges, Map<String, Integer> counts, List<Entry> entries,
            String auditAnchor) {
    }

    record Entry(String name, String sha256, long size) {
    }

    /** The records, one list per entry, in the order of {@link #ENTRIES}. */
    record Payload(List<OfficeRow> offices, List<UserRow> users, List<CommuniqueRow> communiques,
            List<RevisionRow> revisions, List<CommentRow> comments, List<StatusChangeRow> statusChanges,
            List<ApprovalRow> approvals, List<TagLinkRow> tagLinks, List<AuditRow> audit) {

        List<? extends List<?>> lists() {
            return List.of(offices, users, communiques, revisions, comments, statusChanges, approvals, tagLinks,
                    audit);
        }

        static List<Class<?>> types() {
            return List.of(OfficeRow.class, UserRow.class, CommuniqueRow.class, RevisionRow.class, CommentRow.class,
                    StatusChangeRow.class, ApprovalRow.class, TagLinkRow.class, AuditRow.class);
        }

        int items() {
            return revisions.size() + comments.size() + statusChanges.size() + approvals.size() + tagLinks.size()
                    + audit.size();
        }
    }
}
