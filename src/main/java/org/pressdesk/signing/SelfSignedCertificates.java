package org.pressdesk.signing;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A self-signed certificate for an office that has none from an authority: RSA, SHA-256, valid five years, usable
 * for signatures and non-repudiation only. Readers' software will call it untrusted until they trust it; PressDesk's
 * own check knows it because it is stored with the office.
 */
final class SelfSignedCertificates {
    static final int PRODUCTION_KEY_BITS = 3072;
    private static final int YEARS = 5;

    private final int keyBits;
    private final SecureRandom random = new SecureRandom();

    SelfSignedCertificates(int keyBits) {
        this.keyBits = keyBits;
    }

    SigningKey create(String officeName, String ministry, String officeCode, Instant now) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(keyBits, random);
            KeyPair pair = generator.generateKeyPair();
            X500Name subject = subject(officeName, ministry, officeCode);
            Instant from = now.truncatedTo(ChronoUnit.SECONDS).minus(1, ChronoUnit.HOURS);
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                    new BigInteger(64, random).abs().add(BigInteger.ONE), Date.from(from),
                    Date.from(from.plus(YEARS * 365L, ChronoUnit.DAYS)), subject, pair.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
            return new SigningKey(pair.getPrivate(), certificate, java.util.List.of(certificate));
        } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
            throw new IllegalStateException("Cannot create a certificate", e);
        }
    }

    private static X500Name subject(String officeName, String ministry, String officeCode) {
        X500NameBuilder name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, officeName);
        if (ministry != null && !ministry.isBlank()) {
            name.addRDN(BCStyle.O, ministry.strip());
        }
        return name.addRDN(BCStyle.OU, officeCode).build();
    }
}
