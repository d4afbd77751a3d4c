package org.pressdesk.exchange;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.pressdesk.audit.AuditTrail;
import org.pressdesk.domain.AnchorText;
import org.pressdesk.domain.AuditKind;
import org.pressdesk.domain.ExchangeIdentity;
import org.pressdesk.domain.ExchangePeer;
import org.pressdesk.domain.ExchangeRecords.CommuniqueRow;
import org.pressdesk.domain.ExchangeRecords.TagLinkRow;
import org.pressdesk.domain.PermissionDeniedException;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.Role;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.signing.SigningKey;
import org.pressdesk.store.AnchorRepository;
import org.pressdesk.store.Database;
import org.pressdesk.store.ExchangeDataRepository;
import org.pressdesk.store.ExchangeRepository;
import org.pressdesk.store.OfficeRepository;
import org.pressdesk.store.UserRepository;

/**
 * Prepares files for a peer: everything it has not acknowledged (or everything, with {@code all}), signed with this
 * installation's exchange key. A file that is lost costs nothing: what it carried stays pending until acknowledged.
 */
public final class ExportService {
    private final Database database;
    private final ExchangeRepository rows;
    private final ExchangeDataRepository data;
    private final OfficeRepository offices;
    private final UserRepository users;
    private final InstallationService installation;
    private final AuditTrail audit;
    private final Clock clock;
    private final PackageWriter writer = new PackageWriter();
    private final AnchorRepository anchors;

    public ExportService(Database database, ExchangeRepository rows, ExchangeDataRepository data,
            OfficeRepository offices, UserRepository users, InstallationService installation, AuditTrail audit,
            Clock clock, AnchorRepository anchors) {
        this.anchors = anchors;
        this.database = database;
        this.rows = rows;
        this.data = data;
        this.offices = offices;
        this.users = users;
        this.installation = installation;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a file to that peer would carry now: counts by kind and the communiqués concerned. */
    public record Pending(String peer, int communiques, int revisions, int comments, int statusChanges,
            int approvals, int tagLinks, int auditEvents, Instant lastSent, Instant lastReceived,
            int unacknowledgedFiles) {

        public int items() {
            return revisions + comments + statusChanges + approvals + tagLinks + auditEvents;
        }
    }

    /** A file written: where, its id, and what it carried. */
    public record Exported(Path file, UUID fileId, Pending carried) {
    }

    public Pending pending(UserAccount actor, String peerName) {
        requireManager(actor);
        ExchangePeer peer = installation.peer(peerName);
        ExchangePackage.Payload payload = collect(peer, false);
        return pending(peer, payload);
    }

    private Pending pending(ExchangePeer peer, ExchangePackage.Payload p) {
        return new Pending(peer.name(), p.communiques().size(), p.revisions().size(), p.comments().size(),
                p.statusChanges().size(), p.approvals().size(), p.tagLinks().size(), p.audit().size(),
                peer.lastSentAt(), peer.lastReceivedAt(), rows.unacknowledged(peer.id()));
    }

    /** Writes the file for {@code peerName} to {@code out}, signed with the key the password unlocks. */
    public Exported export(UserAccount actor, String peerName, Path out, boolean all, char[] password) {
        requireManager(actor);
        ExchangeIdentity self = installation.requireIdentity();
        ExchangePeer peer = installation.peer(peerName);
        if (peer.revoked()) {
            throw new PressDeskException("exchange.peerRevoked", peer.name());
        }
        SigningKey key = installation.unlock(password);
        ExchangePackage.Payload payload = collect(peer, all);
        UUID fileId = UUID.randomUUID();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        ExchangePackage.Manifest manifest = writer.write(out, new ExchangePackage.Manifest(ExchangePackage.FORMAT,
                fileId, self.uuid(), self.displayName(), peer.uuid(), now, all, rows.receivedFrom(peer.id()), null,
                null, anchors.latestLocal().map(AnchorText::write).orElse(null)), payload, key);
        Set<UUID> items = itemUuids(payload);
        database.inTransaction(() -> {
            long id = rows.insertFile(fileId, peer.id(), true, "", items.size(), now);
            rows.insertSentItems(id, items);
            rows.touch(peer.id(), true, now);
            audit.record(actor, AuditKind.EXCHANGE_SENT, null, "file=" + fileId + " peer=" + peer.uuid()
                    + " counts=" + manifest.counts());
        });
        return new Exported(out, fileId, pending(peer, payload));
    }

    static Set<UUID> itemUuids(ExchangePackage.Payload p) {
        Set<UUID> items = new LinkedHashSet<>();
        p.offices().forEach(r -> items.add(r.uuid()));
        p.users().forEach(r -> items.add(r.uuid()));
        p.revisions().forEach(r -> items.add(r.uuid()));
        p.comments().forEach(r -> items.add(r.uuid()));
        p.statusChanges().forEach(r -> items.add(r.uuid()));
        p.approvals().forEach(r -> items.add(r.uuid()));
        p.tagLinks().forEach(r -> items.add(r.itemUuid()));
        p.audit().forEach(r -> items.add(r.uuid()));
        return items;
    }

    private ExchangePackage.Payload collect(ExchangePeer peer, boolean all) {
        ExchangeIdentity self = installation.requireIdentity();
        return database.inTransaction(() -> {
            LocalRecords local = new LocalRecords(data, offices, users, self.uuid(), self.headquarters());
            Set<UUID> known = all ? Set.of() : rows.knownBy(peer.id());
            Set<UUID> touched = new LinkedHashSet<>();
            var revisions = fresh(local.revisions, known, r -> r.uuid(), r -> r.communique(), touched);
            var comments = fresh(local.comments, known, r -> r.uuid(), r -> r.communique(), touched);
            var changes = fresh(local.statusChanges, known, r -> r.uuid(), r -> r.communique(), touched);
            var approvals = fresh(local.approvals, known, r -> r.uuid(), r -> r.communique(), touched);
            var links = fresh(local.tagLinks, known, TagLinkRow::itemUuid, TagLinkRow::communique, touched);
            var events = fresh(local.audit.stream().filter(e -> !e.kind().startsWith("EXCHANGE_")).toList(), known,
                    r -> r.uuid(), r -> r.communique(), touched);
            List<CommuniqueRow> headers = new ArrayList<>();
            for (UUID uuid : touched) {
                if (uuid != null && local.communiques.containsKey(uuid)) {
                    headers.add(local.communiques.get(uuid));
                }
            }
            headers.sort(Comparator.comparing(CommuniqueRow::createdAt).thenComparing(CommuniqueRow::uuid));
            // offices and authors travel once, like everything else: what the peer holds is not sent again
            var officeRows = local.offices.stream().filter(o -> !known.contains(o.uuid())).toList();
            var userRows = local.users.stream().filter(u -> !known.contains(u.uuid())).toList();
            return new ExchangePackage.Payload(officeRows, userRows, headers, revisions, comments, changes,
                    approvals, links, events);
        });
    }

    private static <T> List<T> fresh(List<T> all, Set<UUID> known, Function<T, UUID> item,
            Function<T, UUID> communique, Set<UUID> touched) {
        List<T> fresh = new ArrayList<>();
        for (T row : all) {
            if (!known.contains(item.apply(row))) {
                fresh.add(row);
                touched.add(communique.apply(row));
            }
        }
        return fresh;
    }

    static void requireManager(UserAccount actor) {
        if (actor == null || !actor.can(Role.MANAGER)) {
            throw new PermissionDeniedException("permission.managerOnly");
        }
    }
}
