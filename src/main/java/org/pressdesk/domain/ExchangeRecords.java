package org.pressdesk.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The records an exchange file carries, one JSON line each, as format 1 writes them (docs/exchange-format.md).
 * Everything is named by UUID, never by a local id, so that the same record means the same thing on every
 * installation. {@code origin} is the installation that made a record, {@code originHq} whether it is a headquarters.
 */
public final class ExchangeRecords {
    private ExchangeRecords() {
    }

    /** An office and its letterhead; {@code logo} is the image's bytes (base64 in JSON). */
    public record OfficeRow(UUID uuid, String code, String name, String countryName, String motto, String ministry,
            String city, String address, String contact, String footer, String layout, byte[] logo, String logoType,
            String endMark, String timeZone) {
    }

    /** An author's public identity: never a password hash or a key. */
    public record UserRow(UUID uuid, String username, String displayName, String role) {
    }

    /**
     * A communiqué as its sender sees it: the head revision it shows, every revision it holds (what the receiver
     * compares to find a conflict), and the other revision of a conflict the sender has not resolved yet.
     */
    public record CommuniqueRow(UUID uuid, UUID office, UUID createdBy, Instant createdAt, String status,
            String reference, UUID head, List<UUID> revisions, UUID conflictWith) {
    }

    public record RevisionRow(UUID uuid, UUID communique, UUID office, String genre, String language, String title,
            String place, LocalDate eventDate, String body, Instant embargoAt, String bodyFormat, String contentSha256,
            UUID author, Instant createdAt, UUID origin, boolean originHq) {
    }

    public record CommentRow(UUID uuid, UUID communique, String kind, UUID author, Instant createdAt, UUID revision,
            String body, UUID origin, boolean originHq) {
    }

    public record StatusChangeRow(UUID uuid, UUID communique, String fromStatus, String toStatus, String action,
            UUID actor, Instant changedAt, UUID revision, UUID comment, UUID origin, boolean originHq) {
    }

    public record ApprovalRow(UUID uuid, UUID communique, UUID revision, String contentSha256, UUID approver,
            Instant approvedAt, boolean fourEyesWaived, UUID origin, boolean originHq) {
    }

    /** A tag on a communiqué, named by its kind and label (tags have their own UUID on each installation). */
    public record TagLinkRow(UUID communique, String kind, String label, boolean confirmed, String evidence,
            Instant createdAt) {

        /** The link's name as an exchanged item: the same on every installation. */
        public UUID itemUuid() {
            return UUID.nameUUIDFromBytes(("tag-link:" + communique + ":" + kind + ":" + Tag.key(label))
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /** An audit event as written where it happened, with that installation's hash. */
    public record AuditRow(UUID uuid, UUID installation, Instant occurredAt, String actorName, String kind,
            UUID communique, String detail, String hash) {
    }
}
