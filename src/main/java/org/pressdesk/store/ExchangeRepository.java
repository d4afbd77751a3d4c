package org.pressdesk.store;

import static org.pressdesk.store.jooq.Tables.EXCHANGE_CONFLICT;
import static org.pressdesk.store.jooq.Tables.EXCHANGE_FILE;
import static org.pressdesk.store.jooq.Tables.EXCHANGE_IDENTITY;
import static org.pressdesk.store.jooq.Tables.EXCHANGE_PEER;
import static org.pressdesk.store.jooq.Tables.EXCHANGE_PEER_ITEM;
import static org.pressdesk.store.jooq.Tables.EXCHANGE_SENT_ITEM;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.Record;
import org.pressdesk.domain.ExchangeIdentity;
import org.pressdesk.domain.ExchangePeer;
import org.pressdesk.domain.TextKeys;

/** This installation's exchange identity, its peers, and the files and items that went between them. */
public final class ExchangeRepository {
    private static final int CHUNK = 1000;

    private final Database database;

    public ExchangeRepository(Database database) {
        this.database = database;
    }

    /** A communiqué whose two revisions wait for a manager. */
    public record Conflict(long communiqueId, long localRevisionId, long remoteRevisionId, Instant detectedAt) {
    }

    public static String nameKey(String name) {
        return TextKeys.fold(name);
    }

    public Optional<ExchangeIdentity> identity() {
        return database.dsl().selectFrom(EXCHANGE_IDENTITY).orderBy(EXCHANGE_IDENTITY.ID).limit(1)
                .fetchOptional(r -> new ExchangeIdentity(r.getId(), r.getUuid(), r.getDisplayName(),
                        r.getHeadquarters(), r.getCertificate(), r.getFingerprint(), r.getEncryptedKey(),
                        Times.instant(r.getCreatedAt())));
    }

    public void insertIdentity(ExchangeIdentity identity) {
        database.dsl().insertInto(EXCHANGE_IDENTITY)
                .set(EXCHANGE_IDENTITY.UUID, identity.uuid())
                .set(EXCHANGE_IDENTITY.DISPLAY_NAME, identity.displayName())
                .set(EXCHANGE_IDENTITY.HEADQUARTERS, identity.headquarters())
                .set(EXCHANGE_IDENTITY.CERTIFICATE, identity.certificate())
                .set(EXCHANGE_IDENTITY.FINGERPRINT, identity.fingerprint())
                .set(EXCHANGE_IDENTITY.ENCRYPTED_KEY, identity.encryptedKey())
                .set(EXCHANGE_IDENTITY.CREATED_AT, Times.utc(identity.createdAt()))
                .execute();
    }

    public List<ExchangePeer> peers() {
        return database.dsl().selectFrom(EXCHANGE_PEER).orderBy(EXCHANGE_PEER.NAME_KEY).fetch(ExchangeRepository::peer);
    }

    public Optional<ExchangePeer> peerByUuid(UUID uuid) {
        return database.dsl().selectFrom(EXCHANGE_PEER).where(EXCHANGE_PEER.UUID.eq(uuid))
                .fetchOptional(ExchangeRepository::peer);
    }

    public Optional<ExchangePeer> peerByName(String name) {
        return database.dsl().selectFrom(EXCHANGE_PEER).where(EXCHANGE_PEER.NAME_KEY.eq(nameKey(name)))
                .fetchOptional(ExchangeRepository::peer);
    }

    private static ExchangePeer peer(Record r) {
        return new ExchangePeer(r.get(EXCHANGE_PEER.ID), r.get(EXCHANGE_PEER.UUID), r.get(EXCHANGE_PEER.NAME),
                r.get(EXCHANGE_PEER.DISPLAY_NAME), r.get(EXCHANGE_PEER.HEADQUARTERS), r.get(EXCHANGE_PEER.CERTIFICATE),
                r.get(EXCHANGE_PEER.FINGERPRINT), r.get(EXCHANGE_PEER.REVOKED),
                Times.instant(r.get(EXCHANGE_PEER.ADDED_AT)), Times.instant(r.get(EXCHANGE_PEER.LAST_SENT_AT)),
                Times.instant(r.get(EXCHANGE_PEER.LAST_RECEIVED_AT)));
    }

    public void insertPeer(UUID uuid, String name, String displayName, boolean headquarters, byte[] certificate,
            String fingerprint, Instant now) {
        database.dsl().insertInto(EXCHANGE_PEER)
                .set(EXCHANGE_PEER.UUID, uuid)
                .set(EXCHANGE_PEER.NAME, name)
                .set(EXCHANGE_PEER.NAME_KEY, nameKey(name))
                .set(EXCHANGE_PEER.DISPLAY_NAME, displayName)
                .set(EXCHANGE_PEER.HEADQUARTERS, headquarters)
                .set(EXCHANGE_PEER.CERTIFICATE, certificate)
                .set(EXCHANGE_PEER.FINGERPRINT, fingerprint)
                .set(EXCHANGE_PEER.REVOKED, false)
                .set(EXCHANGE_PEER.ADDED_AT, Times.utc(now))
                .execute();
    }

    public void rename(long peerId, String name) {
        database.dsl().update(EXCHANGE_PEER).set(EXCHANGE_PEER.NAME, name).set(EXCHANGE_PEER.NAME_KEY, nameKey(name))
                .where(EXCHANGE_PEER.ID.eq(peerId)).execute();
    }

    public void revoke(long peerId, Instant now) {
        database.dsl().update(EXCHANGE_PEER).set(EXCHANGE_PEER.REVOKED, true)
                .set(EXCHANGE_PEER.REVOKED_AT, Times.utc(now)).where(EXCHANGE_PEER.ID.eq(peerId)).execute();
    }

    public void touch(long peerId, boolean sent, Instant now) {
        database.dsl().update(EXCHANGE_PEER)
                .set(sent ? EXCHANGE_PEER.LAST_SENT_AT : EXCHANGE_PEER.LAST_RECEIVED_AT, Times.utc(now))
                .where(EXCHANGE_PEER.ID.eq(peerId)).execute();
    }

    public boolean received(UUID fileUuid) {
        return database.dsl().fetchExists(EXCHANGE_FILE,
                EXCHANGE_FILE.UUID.eq(fileUuid).and(EXCHANGE_FILE.DIRECTION.eq("RECEIVED")));
    }

    /** Records a file sent or received; returns its id. */
    public long insertFile(UUID fileUuid, long peerId, boolean sent, String sha256, int items, Instant now) {
        return database.dsl().insertInto(EXCHANGE_FILE)
                .set(EXCHANGE_FILE.UUID, fileUuid)
                .set(EXCHANGE_FILE.PEER_ID, peerId)
                .set(EXCHANGE_FILE.DIRECTION, sent ? "SENT" : "RECEIVED")
                .set(EXCHANGE_FILE.SHA256, sha256)
                .set(EXCHANGE_FILE.ITEM_COUNT, items)
                .set(EXCHANGE_FILE.HAPPENED_AT, Times.utc(now))
                .set(EXCHANGE_FILE.ACKNOWLEDGED, false)
                .returningResult(EXCHANGE_FILE.ID)
                .fetchOne(EXCHANGE_FILE.ID);
    }

    public void insertSentItems(long fileId, Collection<UUID> items) {
        List<UUID> all = new ArrayList<>(items);
        for (int from = 0; from < all.size(); from += CHUNK) {
            var insert = database.dsl().insertInto(EXCHANGE_SENT_ITEM, EXCHANGE_SENT_ITEM.FILE_ID,
                    EXCHANGE_SENT_ITEM.ITEM_UUID);
            for (UUID item : all.subList(from, Math.min(all.size(), from + CHUNK))) {
                insert = insert.values(fileId, item);
            }
            insert.execute();
        }
    }

    /** The files received from a peer, which the next file sent to it acknowledges. */
    public List<UUID> receivedFrom(long peerId) {
        return database.dsl().select(EXCHANGE_FILE.UUID).from(EXCHANGE_FILE)
                .where(EXCHANGE_FILE.PEER_ID.eq(peerId).and(EXCHANGE_FILE.DIRECTION.eq("RECEIVED")))
                .orderBy(EXCHANGE_FILE.ID).fetch(EXCHANGE_FILE.UUID);
    }

    /**
     * The peer says it received these files: what they carried is now known to it, and they are marked
     * acknowledged. Files already acknowledged, or never sent to that peer, change nothing.
     */
    public void acknowledge(long peerId, Collection<UUID> fileUuids) {
        if (fileUuids.isEmpty()) {
            return;
        }
        var files = database.dsl().select(EXCHANGE_FILE.ID).from(EXCHANGE_FILE)
                .where(EXCHANGE_FILE.PEER_ID.eq(peerId).and(EXCHANGE_FILE.DIRECTION.eq("SENT"))
                        .and(EXCHANGE_FILE.ACKNOWLEDGED.isFalse()).and(EXCHANGE_FILE.UUID.in(fileUuids)))
                .fetch(EXCHANGE_FILE.ID);
        for (long fileId : files) {
            markKnown(peerId, database.dsl().select(EXCHANGE_SENT_ITEM.ITEM_UUID).from(EXCHANGE_SENT_ITEM)
                    .where(EXCHANGE_SENT_ITEM.FILE_ID.eq(fileId)).fetch(EXCHANGE_SENT_ITEM.ITEM_UUID));
            database.dsl().deleteFrom(EXCHANGE_SENT_ITEM).where(EXCHANGE_SENT_ITEM.FILE_ID.eq(fileId)).execute();
            database.dsl().update(EXCHANGE_FILE).set(EXCHANGE_FILE.ACKNOWLEDGED, true)
                    .where(EXCHANGE_FILE.ID.eq(fileId)).execute();
        }
    }

    /** Every item the peer is known to hold. */
    public Set<UUID> knownBy(long peerId) {
        return new HashSet<>(database.dsl().select(EXCHANGE_PEER_ITEM.ITEM_UUID).from(EXCHANGE_PEER_ITEM)
                .where(EXCHANGE_PEER_ITEM.PEER_ID.eq(peerId)).fetch(EXCHANGE_PEER_ITEM.ITEM_UUID));
    }

    /** Notes that the peer holds these items; items already noted are left as they are. */
    public void markKnown(long peerId, Collection<UUID> items) {
        Set<UUID> fresh = new HashSet<>(items);
        fresh.removeAll(knownBy(peerId));
        List<UUID> all = new ArrayList<>(fresh);
        for (int from = 0; from < all.size(); from += CHUNK) {
            var insert = database.dsl().insertInto(EXCHANGE_PEER_ITEM, EXCHANGE_PEER_ITEM.PEER_ID,
                    EXCHANGE_PEER_ITEM.ITEM_UUID);
            for (UUID item : all.subList(from, Math.min(all.size(), from + CHUNK))) {
                insert = insert.values(peerId, item);
            }
            insert.execute();
        }
    }

    /** The last file sent to and received from a peer, and how many sent files wait for an acknowledgement. */
    public int unacknowledged(long peerId) {
        return database.dsl().fetchCount(EXCHANGE_FILE, EXCHANGE_FILE.PEER_ID.eq(peerId)
                .and(EXCHANGE_FILE.DIRECTION.eq("SENT")).and(EXCHANGE_FILE.ACKNOWLEDGED.isFalse()));
    }

    public List<Conflict> conflicts() {
        return database.dsl().selectFrom(EXCHANGE_CONFLICT).orderBy(EXCHANGE_CONFLICT.COMMUNIQUE_ID)
                .fetch(r -> new Conflict(r.getCommuniqueId(), r.getLocalRevisionId(), r.getRemoteRevisionId(),
                        Times.instant(r.getDetectedAt())));
    }

    public Optional<Conflict> conflict(long communiqueId) {
        return conflicts().stream().filter(c -> c.communiqueId() == communiqueId).findFirst();
    }

    public Set<Long> conflictedIds() {
        return new HashSet<>(database.dsl().select(EXCHANGE_CONFLICT.COMMUNIQUE_ID).from(EXCHANGE_CONFLICT)
                .fetch(EXCHANGE_CONFLICT.COMMUNIQUE_ID));
    }

    public void putConflict(Conflict conflict) {
        clearConflict(conflict.communiqueId());
        database.dsl().insertInto(EXCHANGE_CONFLICT)
                .set(EXCHANGE_CONFLICT.COMMUNIQUE_ID, conflict.communiqueId())
                .set(EXCHANGE_CONFLICT.LOCAL_REVISION_ID, conflict.localRevisionId())
                .set(EXCHANGE_CONFLICT.REMOTE_REVISION_ID, conflict.remoteRevisionId())
                .set(EXCHANGE_CONFLICT.DETECTED_AT, Times.utc(conflict.detectedAt()))
                .execute();
        database.changed(conflict.communiqueId());
    }

    public void clearConflict(long communiqueId) {
        if (database.dsl().deleteFrom(EXCHANGE_CONFLICT).where(EXCHANGE_CONFLICT.COMMUNIQUE_ID.eq(communiqueId))
                .execute() > 0) {
            database.changed(communiqueId);
        }
    }
}
