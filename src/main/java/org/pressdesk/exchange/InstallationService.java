package org.pressdesk.exchange;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pressdesk.audit.AuditTrail;
import org.pressdesk.domain.AuditKind;
import org.pressdesk.domain.ExchangeIdentity;
import org.pressdesk.domain.ExchangePeer;
import org.pressdesk.domain.PermissionDeniedException;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.Role;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.signing.InstallationKeys;
import org.pressdesk.signing.SigningKey;
import org.pressdesk.store.Database;
import org.pressdesk.store.ExchangeRepository;

/**
 * This installation's exchange identity and its peers. An administrator creates the identity once, hands its
 * certificate file to the other side, and adds theirs as a peer after both read the same fingerprint aloud.
 */
public final class InstallationService {
    public static final int MIN_PASSWORD_LENGTH = 8;
    private static final int MAX_NAME_LENGTH = 200;

    private final Database database;
    private final ExchangeRepository rows;
    private final AuditTrail audit;
    private final Clock clock;
    private final int keyIterations;
    /** Made on first use: building it loads Bouncy Castle, which most commands never need. */
    private InstallationKeys keys;

    /** @param keyIterations PBKDF2 iterations protecting the stored key (tests use fewer) */
    public InstallationService(Database database, ExchangeRepository rows, AuditTrail audit, Clock clock,
            int keyIterations) {
        this.database = database;
        this.rows = rows;
        this.audit = audit;
        this.clock = clock;
        this.keyIterations = keyIterations;
    }

    public Optional<ExchangeIdentity> identity() {
        return rows.identity();
    }

    public ExchangeIdentity requireIdentity() {
        return rows.identity().orElseThrow(() -> new PressDeskException("exchange.noIdentity"));
    }

    /** Creates this installation's identity and key; refused when it already has one. */
    public ExchangeIdentity createIdentity(UserAccount actor, String displayName, boolean headquarters,
            char[] password) {
        requireAdministrator(actor);
        String name = cleanName(displayName);
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw new PressDeskException("exchange.passwordTooShort", MIN_PASSWORD_LENGTH);
        }
        UUID uuid = UUID.randomUUID();
        InstallationKeys.Created created = keys().create(uuid, name, headquarters, password, clock.instant());
        return database.inTransaction(() -> {
            if (rows.identity().isPresent()) {
                throw new PressDeskException("exchange.identityExists");
            }
            try {
                rows.insertIdentity(new ExchangeIdentity(0, uuid, name, headquarters,
                        created.certificate().getEncoded(), InstallationKeys.fingerprint(created.certificate()),
                        created.encryptedKey(), clock.instant()));
            } catch (java.security.cert.CertificateEncodingException e) {
                throw new IllegalStateException(e);
            }
            audit.record(actor, AuditKind.EXCHANGE_PEER_CHANGED, null, "identity=" + uuid + " name=" + name);
            return rows.identity().orElseThrow();
        });
    }

    /** This installation's certificate as a PEM file, to hand to a peer. */
    public byte[] certificateFile() {
        return InstallationKeys.pem(InstallationKeys.read(requireIdentity().certificate()));
    }

    /** Groups of four hexadecimal digits, the form both screens show. */
    public static String readable(String fingerprint) {
        return InstallationKeys.spaced(fingerprint);
    }

    /** The key that signs files sent from here, unlocked with the exchange password. */
    SigningKey unlock(char[] password) {
        ExchangeIdentity identity = requireIdentity();
        PrivateKey key = InstallationKeys.decrypt(identity.encryptedKey(), password);
        X509Certificate certificate = InstallationKeys.read(identity.certificate());
        return new SigningKey(key, certificate, List.of(certificate));
    }

    /** What a certificate file says, read before it is added: the name it gives and the fingerprint to compare. */
    public record Candidate(UUID installation, String displayName, boolean headquarters, String fingerprint) {
    }

    /** Reads a peer's certificate file without adding it, so that both sides compare fingerprints first. */
    public Candidate inspect(byte[] certificateFile) {
        X509Certificate certificate = InstallationKeys.read(certificateFile);
        InstallationKeys.Subject subject = InstallationKeys.subject(certificate);
        return new Candidate(subject.installation(), subject.displayName(), subject.headquarters(),
                InstallationKeys.fingerprint(certificate));
    }

    /** Adds the installation whose certificate file this is; returns it with the fingerprint to compare. */
    public ExchangePeer addPeer(UserAccount actor, byte[] certificateFile, String name) {
        requireAdministrator(actor);
        String peerName = cleanName(name);
        X509Certificate certificate = InstallationKeys.read(certificateFile);
        InstallationKeys.Subject subject = InstallationKeys.subject(certificate);
        String fingerprint = InstallationKeys.fingerprint(certificate);
        return database.inTransaction(() -> {
            if (subject.installation().equals(requireIdentity().uuid())) {
                throw new PressDeskException("exchange.peerIsSelf");
            }
            if (rows.peerByUuid(subject.installation()).isPresent()) {
                throw new PressDeskException("exchange.peerExists", subject.displayName());
            }
            if (rows.peerByName(peerName).isPresent()) {
                throw new PressDeskException("exchange.peerNameTaken", peerName);
            }
            try {
                rows.insertPeer(subject.installation(), peerName, subject.displayName(), subject.headquarters(),
                        certificate.getEncoded(), fingerprint, clock.instant());
            } catch (java.security.cert.CertificateEncodingException e) {
                throw new PressDeskException(e, "exchange.certificateInvalid");
            }
            audit.record(actor, AuditKind.EXCHANGE_PEER_CHANGED, null, "peer=" + subject.installation()
                    + " added name=" + peerName + " sha256=" + fingerprint);
            return rows.peerByUuid(subject.installation()).orElseThrow();
        });
    }

    public ExchangePeer renamePeer(UserAccount actor, String name, String newName) {
        requireAdministrator(actor);
        String clean = cleanName(newName);
        return database.inTransaction(() -> {
            ExchangePeer peer = peer(name);
            rows.peerByName(clean).filter(other -> other.id() != peer.id()).ifPresent(other -> {
                throw new PressDeskException("exchange.peerNameTaken", clean);
            });
            rows.rename(peer.id(), clean);
            audit.record(actor, AuditKind.EXCHANGE_PEER_CHANGED, null, "peer=" + peer.uuid() + " renamed=" + clean);
            return rows.peerByUuid(peer.uuid()).orElseThrow();
        });
    }

    /** A revoked peer's files are refused from now on; what it sent before stays. */
    public ExchangePeer revokePeer(UserAccount actor, String name) {
        requireAdministrator(actor);
        return database.inTransaction(() -> {
            ExchangePeer peer = peer(name);
            rows.revoke(peer.id(), clock.instant());
            audit.record(actor, AuditKind.EXCHANGE_PEER_CHANGED, null, "peer=" + peer.uuid() + " revoked");
            return rows.peerByUuid(peer.uuid()).orElseThrow();
        });
    }

    public List<ExchangePeer> peers() {
        return rows.peers();
    }

    public ExchangePeer peer(String name) {
        return rows.peerByName(name == null ? "" : name).orElseThrow(
                () -> new PressDeskException("exchange.unknownPeer", name));
    }

    private static String cleanName(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > MAX_NAME_LENGTH) {
            throw new PressDeskException("exchange.nameInvalid", MAX_NAME_LENGTH);
        }
        return clean;
    }

    static void requireAdministrator(UserAccount actor) {
        if (actor == null || !actor.can(Role.ADMINISTRATOR)) {
            throw new PermissionDeniedException("permission.administratorOnly");
        }
    }

    private synchronized InstallationKeys keys() {
        if (keys == null) {
            keys = new InstallationKeys(keyIterations);
        }
        return keys;
    }
}
