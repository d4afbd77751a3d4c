package org.pressdesk.signing;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.pressdesk.audit.AuditTrail;
import org.pressdesk.domain.AuditKind;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.PermissionDeniedException;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.Role;
import org.pressdesk.domain.StoredCertificate;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.store.CertificateRepository;
import org.pressdesk.store.Database;

/**
 * The offices' signing certificates. An administrator imports one (PKCS#12) or generates a self-signed one; its
 * private key is stored encrypted with the signing password given then, never in clear. To sign, a front end
 * unlocks the office's key with that password once per session: the key stays in this process's memory only.
 * See docs/decisions/0006-signing-keys-and-passwords.md.
 */
public final class CertificateService {
    public static final int MIN_PASSWORD_LENGTH = 8;

    private final Database database;
    private final CertificateRepository rows;
    private final AuditTrail audit;
    private final Clock clock;
    private final KeyEncryption encryption;
    private final SelfSignedCertificates selfSigned;
    private final Map<Long, SigningKey> unlocked = new ConcurrentHashMap<>();

    /** @param strength how hard keys are to crack: production values, or weaker ones that keep tests quick */
    public CertificateService(Database database, CertificateRepository rows, AuditTrail audit, Clock clock,
            Strength strength) {
        this.database = database;
        this.rows = rows;
        this.audit = audit;
        this.clock = clock;
        this.encryption = new KeyEncryption(strength.iterations());
        this.selfSigned = new SelfSignedCertificates(strength.keyBits());
    }

    /** PBKDF2 iterations for stored keys and the RSA size of generated certificates. */
    public record Strength(int iterations, int keyBits) {
        public static Strength production() {
            return new Strength(KeyEncryption.PRODUCTION_ITERATIONS, SelfSignedCertificates.PRODUCTION_KEY_BITS);
        }
    }

    /** Creates a self-signed certificate for the office; its key is stored under {@code password}. */
    public StoredCertificate generate(UserAccount actor, Office office, char[] password) {
        requireAdministrator(actor);
        requireStrong(password);
        SigningKey key = selfSigned.create(office.name(), office.letterhead().ministry(), office.code(),
                clock.instant());
        return store(actor, office, key, password, "generated");
    }

    /** Imports the office's certificate and key from a PKCS#12 file opened with {@code password}. */
    public StoredCertificate importPkcs12(UserAccount actor, Office office, byte[] file, String fileName,
            char[] password) {
        requireAdministrator(actor);
        SigningKey key = Pkcs12Files.read(file, password, fileName);
        return store(actor, office, key, password, "imported");
    }

    private StoredCertificate store(UserAccount actor, Office office, SigningKey key, char[] password, String how) {
        try {
            X509Certificate certificate = key.certificate();
            StoredCertificate row = new StoredCertificate(0, UUID.randomUUID(), office.id(),
                    certificate.getSubjectX500Principal().getName(), certificate.getSerialNumber().toString(16),
                    certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant(),
                    Certificates.sha256(certificate), certificate.getEncoded(), Certificates.encodeChain(key.chain()),
                    encryption.encrypt(key.privateKey(), password), true, clock.instant());
            StoredCertificate stored = database.inTransaction(() -> {
                StoredCertificate saved = rows.insertActive(row, actor.id(), clock.instant());
                audit.record(actor, AuditKind.CERTIFICATE_ADDED, null, "office=" + office.code() + " " + how
                        + " sha256=" + saved.sha256());
                return saved;
            });
            unlocked.put(office.id(), key);
            return stored;
        } catch (GeneralSecurityException e) {
            throw new PressDeskException(e, "cert.corrupt", office.code());
        }
    }

    /** Unlocks the office's active key with its signing password, for this session. */
    public void unlock(Office office, char[] password) {
        StoredCertificate active = rows.active(office.id())
                .orElseThrow(() -> new PressDeskException("signing.noCertificate", office.code()));
        PrivateKey key = KeyEncryption.decrypt(active.encryptedKey(), password);
        try {
            unlocked.put(office.id(), new SigningKey(key, Certificates.read(active.certificate()),
                    Certificates.decodeChain(active.chain())));
        } catch (GeneralSecurityException e) {
            throw new PressDeskException(e, "cert.corrupt", office.code());
        }
    }

    /** The office's unlocked key; refused when the office has no certificate or its key is still locked. */
    public SigningKey signingKey(Office office) {
        StoredCertificate active = rows.active(office.id())
                .orElseThrow(() -> new PressDeskException("signing.noCertificate", office.code()));
        SigningKey key = unlocked.get(office.id());
        try {
            if (key == null || !Certificates.sha256(key.certificate()).equals(active.sha256())) {
                throw new SigningLockedException(office.id(), office.code());
            }
        } catch (GeneralSecurityException e) {
            throw new PressDeskException(e, "cert.corrupt", office.code());
        }
        return key;
    }

    /** The office's key if it is unlocked in this process and still the active one; never asks for it. */
    public Optional<SigningKey> unlockedKey(long officeId) {
        SigningKey key = unlocked.get(officeId);
        Optional<StoredCertificate> active = key == null ? Optional.empty() : rows.active(officeId);
        try {
            return active.isPresent() && Certificates.sha256(key.certificate()).equals(active.get().sha256())
                    ? Optional.of(key) : Optional.empty();
        } catch (GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    public boolean hasCertificate(Office office) {
        return rows.active(office.id()).isPresent();
    }

    public Optional<StoredCertificate> active(Office office) {
        return rows.active(office.id());
    }

    public List<StoredCertificate> certificates(Office office) {
        return rows.forOffice(office.id());
    }

    /** The stored certificate with that SHA-256 fingerprint, current or past. */
    public Optional<StoredCertificate> known(String sha256) {
        return sha256 == null || sha256.isEmpty() ? Optional.empty() : rows.findBySha256(sha256);
    }

    private static void requireStrong(char[] password) {
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw new PressDeskException("cert.passwordTooShort", MIN_PASSWORD_LENGTH);
        }
    }

    private static void requireAdministrator(UserAccount actor) {
        if (actor == null || !actor.can(Role.ADMINISTRATOR)) {
            throw new PermissionDeniedException("permission.administratorOnly");
        }
    }
}
