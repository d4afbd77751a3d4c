package org.pressdesk.store;

import static org.pressdesk.store.jooq.Tables.SIGNING_CERTIFICATE;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Record;
import org.pressdesk.domain.StoredCertificate;

/** The offices' signing certificates. At most one per office is active: the one that signs. */
public final class CertificateRepository {
    private final Database database;

    public CertificateRepository(Database database) {
        this.database = database;
    }

    /** Stores a certificate as the office's active one; the office's older certificates stop signing. */
    public StoredCertificate insertActive(StoredCertificate c, long actorId, Instant now) {
        database.dsl().update(SIGNING_CERTIFICATE).set(SIGNING_CERTIFICATE.ACTIVE, false)
                .where(SIGNING_CERTIFICATE.OFFICE_ID.eq(c.officeId())).execute();
        database.dsl().insertInto(SIGNING_CERTIFICATE)
                .set(SIGNING_CERTIFICATE.UUID, c.uuid())
                .set(SIGNING_CERTIFICATE.OFFICE_ID, c.officeId())
                .set(SIGNING_CERTIFICATE.SUBJECT, c.subject())
                .set(SIGNING_CERTIFICATE.SERIAL_NUMBER, c.serialNumber())
                .set(SIGNING_CERTIFICATE.NOT_BEFORE, Times.utc(c.notBefore()))
                .set(SIGNING_CERTIFICATE.NOT_AFTER, Times.utc(c.notAfter()))
                .set(SIGNING_CERTIFICATE.SHA256, c.sha256())
                .set(SIGNING_CERTIFICATE.CERTIFICATE, c.certificate())
                .set(SIGNING_CERTIFICATE.CHAIN, c.chain())
                .set(SIGNING_CERTIFICATE.ENCRYPTED_KEY, c.encryptedKey())
                .set(SIGNING_CERTIFICATE.ACTIVE, true)
                .set(SIGNING_CERTIFICATE.CREATED_BY, actorId)
                .set(SIGNING_CERTIFICATE.CREATED_AT, Times.utc(now))
                .execute();
        return findBySha256(c.sha256()).orElseThrow();
    }

    public Optional<StoredCertificate> active(long officeId) {
        return database.dsl().selectFrom(SIGNING_CERTIFICATE)
                .where(SIGNING_CERTIFICATE.OFFICE_ID.eq(officeId).and(SIGNING_CERTIFICATE.ACTIVE.isTrue()))
                .orderBy(SIGNING_CERTIFICATE.ID.desc()).limit(1)
                .fetchOptional().map(CertificateRepository::map);
    }

    public Optional<StoredCertificate> findBySha256(String sha256) {
        return database.dsl().selectFrom(SIGNING_CERTIFICATE).where(SIGNING_CERTIFICATE.SHA256.eq(sha256))
                .fetchOptional().map(CertificateRepository::map);
    }

    /** Every certificate of the office, newest first. */
    public List<StoredCertificate> forOffice(long officeId) {
        return database.dsl().selectFrom(SIGNING_CERTIFICATE).where(SIGNING_CERTIFICATE.OFFICE_ID.eq(officeId))
                .orderBy(SIGNING_CERTIFICATE.ID.desc()).fetch(CertificateRepository::map);
    }

    private static StoredCertificate map(Record r) {
        return new StoredCertificate(r.get(SIGNING_CERTIFICATE.ID), r.get(SIGNING_CERTIFICATE.UUID),
                r.get(SIGNING_CERTIFICATE.OFFICE_ID), r.get(SIGNING_CERTIFICATE.SUBJECT),
                r.get(SIGNING_CERTIFICATE.SERIAL_NUMBER), Times.instant(r.get(SIGNING_CERTIFICATE.NOT_BEFORE)),
                Times.instant(r.get(SIGNING_CERTIFICATE.NOT_AFTER)), r.get(SIGNING_CERTIFICATE.SHA256),
                r.get(SIGNING_CERTIFICATE.CERTIFICATE), r.get(SIGNING_CERTIFICATE.CHAIN),
                r.get(SIGNING_CERTIFICATE.ENCRYPTED_KEY), r.get(SIGNING_CERTIFICATE.ACTIVE),
                Times.instant(r.get(SIGNING_CERTIFICATE.CREATED_AT)));
    }
}
