package org.pressdesk.signing;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.pressdesk.audit.AnchorSignatures;
import org.pressdesk.audit.Anchoring;
import org.pressdesk.audit.AuditTrail;
import org.pressdesk.domain.AuditAnchor;
import org.pressdesk.store.AnchorRepository;
import org.pressdesk.store.AuditRepository;
import org.pressdesk.store.Database;

/**
 * Signs the audit chain's head with an office's key and keeps the signed anchor (decision 0037). A copy of an anchor
 * travels in every signed PDF and exchange file: whoever holds one can later show that the chain held that head,
 * which a rewrite of the database alone cannot undo.
 */
public final class ChainAnchors implements Anchoring, AnchorSignatures {
    private final Database database;
    private final AuditTrail audit;
    private final AnchorRepository anchors;
    private final AuditRepository events;
    private final CertificateService certificates;
    private final Clock clock;

    public ChainAnchors(Database database, AuditTrail audit, AnchorRepository anchors,
            AuditRepository events, CertificateService certificates, Clock clock) {
        this.events = events;
        this.database = database;
        this.audit = audit;
        this.anchors = anchors;
        this.certificates = certificates;
        this.clock = clock;
    }

    @Override
    public void anchorIfUnlocked(long officeId) {
        certificates.unlockedKey(officeId).ifPresent(this::anchor);
    }

    /** Signs the current head with {@code key} and stores the anchor; joins the caller's transaction if any. */
    public AuditAnchor anchor(SigningKey key) {
        return database.inTransaction(() -> {
            AuditTrail.Head head = audit.lockedHead();
            UUID uuid = UUID.randomUUID();
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            byte[] signature = CmsSigner.sign(AuditAnchor.signedBytes(uuid, head.sequence(), head.hash(), now), key);
            AuditAnchor anchor = new AuditAnchor(uuid, head.sequence(), head.hash(), now, signature, null);
            anchors.insert(anchor, null);
            return anchor;
        });
    }

    /** The newest anchor made here, to carry in a file that has no key of its own to sign with. */
    public Optional<AuditAnchor> latest() {
        return anchors.latestLocal();
    }

    /** Keeps an anchor that came from elsewhere (marked with its origin); stored once however often it arrives. */
    public void received(AuditAnchor anchor) {
        anchors.insert(anchor, clock.instant());
    }

    /** Whether this database's chain still holds the head {@code anchor} signed (its signature aside). */
    public boolean held(AuditAnchor anchor) {
        return anchor.sequence() == 0 ? AuditTrail.GENESIS.equals(anchor.headHash())
                : events.hashAt(anchor.sequence()).filter(anchor.headHash()::equals).isPresent();
    }

    @Override
    public boolean valid(AuditAnchor anchor) {
        CmsVerifier.Result check = CmsVerifier.verify(anchor.signature(), anchor.signedBytes());
        return check.intact() && certificates.known(check.signerSha256()).isPresent();
    }
}
