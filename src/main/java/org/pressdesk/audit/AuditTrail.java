package org.pressdesk.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.pressdesk.domain.AuditEvent;
import org.pressdesk.domain.AuditKind;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.store.AuditChainLink;
import org.pressdesk.store.AuditRepository;
import org.pressdesk.store.Database;
import org.pressdesk.store.SettingsRepository;

/**
 * Appends to the audit trail. Each entry's hash covers its fields and the previous entry's hash, and the newest hash
 * is kept as the chain's head: altering, removing or truncating entries breaks the chain where it happened.
 * Writers take turns on the head's row lock, so two processes never fork the chain.
 */
public final class AuditTrail {
    static final String HEAD = "audit.head";
    /** The previous hash of the first entry: the head of an empty chain. */
    public static final String GENESIS = "0".repeat(64);

    private final Database database;
    private final AuditRepository events;
    private final SettingsRepository settings;
    private final Clock clock;
    private final AuditChainLink serverLink;

    public AuditTrail(Database database, AuditRepository events, SettingsRepository settings, Clock clock) {
        this.database = database;
        this.serverLink = new AuditChainLink(database);
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    /** Records what {@code actor} did; joins the caller's transaction when there is one. */
    public AuditEvent record(UserAccount actor, AuditKind kind, Long communiqueId, String detail) {
        return record(actor == null ? null : actor.id(), actor == null ? null : actor.username(), kind,
                communiqueId, detail);
    }

    /** Records an event whose actor may have no account, such as a failed sign-in under a typed name. */
    public AuditEvent record(Long actorId, String actorName, AuditKind kind, Long communiqueId, String detail) {
        return database.inTransaction(() -> append(actorId, actorName, kind, communiqueId, detail));
    }

    /**
     * Records what {@code actor} did as the last step of the caller's transaction, just before it commits (at once
     * outside one): the chain's head, which every writer takes turns on, is then locked from there to the commit
     * only, rather than through the rest of the transaction. For the busiest use cases (saves, reviews).
     */
    public void recordAtCommit(UserAccount actor, AuditKind kind, Long communiqueId, String detail) {
        database.atCommit(() -> append(actor.id(), actor.username(), kind, communiqueId, detail));
    }

    private AuditEvent append(Long actorId, String actorName, AuditKind kind, Long communiqueId, String detail) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (serverLink.linksOnServer()) {
            // everything but the link is ready before the head is locked: the server links it in one statement
            AuditEvent unlinked = new AuditEvent(0, UUID.randomUUID(), now, actorId, actorName, kind, communiqueId,
                    detail, null, null);
            Optional<AuditEvent> linked = serverLink.append(HEAD, unlinked, AuditHash.ownText(unlinked));
            if (linked.isPresent()) {
                return linked.get();
            }
        }
        Optional<String> head = settings.getForUpdate(HEAD);
        String previous = head.orElse(GENESIS);
        AuditEvent unsaved = new AuditEvent(0, UUID.randomUUID(), now, actorId, actorName, kind, communiqueId,
                detail, previous, null);
        AuditEvent hashed = withHash(unsaved, AuditHash.of(unsaved));
        long id = events.insert(hashed);
        if (head.isPresent()) {
            settings.replaceLocked(HEAD, hashed.hash());
        } else {
            settings.put(HEAD, hashed.hash());
        }
        return new AuditEvent(id, hashed.uuid(), now, actorId, actorName, kind, communiqueId, detail, previous,
                hashed.hash());
    }

    /**
     * Records one event of {@code kind} per communiqué, chained as usual, with one lock of the chain's head and one
     * insert: what a bulk import needs. {@code details} by communiqué id, in order.
     */
    public void recordAll(UserAccount actor, AuditKind kind, Map<Long, String> details) {
        if (details.isEmpty()) {
            return;
        }
        database.inTransaction(() -> {
            String previous = settings.getForUpdate(HEAD).orElse(GENESIS);
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            List<AuditEvent> entries = new ArrayList<>(details.size());
            for (Map.Entry<Long, String> entry : details.entrySet()) {
                AuditEvent unsaved = new AuditEvent(0, UUID.randomUUID(), now, actor.id(), actor.username(), kind,
                        entry.getKey(), entry.getValue(), previous, null);
                AuditEvent hashed = withHash(unsaved, AuditHash.of(unsaved));
                entries.add(hashed);
                previous = hashed.hash();
            }
            events.insertAll(entries);
            settings.put(HEAD, previous);
        });
    }

    /** The chain's head: how many entries it holds and the newest one's hash. */
    public record Head(long sequence, String hash) {
    }

    /**
     * The chain's head, its row locked until the caller's transaction ends, so that no entry is appended between
     * reading it and signing it (an anchor).
     */
    public Head lockedHead() {
        return database.inTransaction(() -> {
            String hash = settings.getForUpdate(HEAD).orElse(GENESIS);
            return new Head(events.count(), hash);
        });
    }

    private static AuditEvent withHash(AuditEvent e, String hash) {
        return new AuditEvent(e.id(), e.uuid(), e.occurredAt(), e.actorId(), e.actorName(), e.kind(),
                e.communiqueId(), e.detail(), e.previousHash(), hash);
    }
}
