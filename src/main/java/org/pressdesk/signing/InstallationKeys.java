package org.pressdesk.signing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.UUID;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JcaMiscPEMGenerator;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.util.io.pem.PemWriter;
import org.pressdesk.domain.ContentHash;
import org.pressdesk.domain.PressDeskException;

/**
 * An installation's exchange key (issue 13, used by the exchange package): an EC P-256 pair and a self-signed
 * certificate whose subject names the installation (CN the display name, UID its UUID, OU "HQ" or "FIELD"), so
 * that the fingerprint both screens compare covers all of it. The private key is stored as decision 6 stores
 * signing keys: PKCS#8, PBES2 with PBKDF2-HMAC-SHA256 and AES-256-CBC.
 */
public final class InstallationKeys {
    static final int PRODUCTION_ITERATIONS = 310_000;
    /** A certificate file is a few hundred bytes; anything much larger is not one. */
    static final int MAX_CERTIFICATE_BYTES = 64 * 1024;
    private static final int YEARS = 20;

    private final int iterations;
    private final SecureRandom random = new SecureRandom();

    public InstallationKeys(int iterations) {
        this.iterations = iterations;
    }

    /** What a certificate says about its installation. */
    public record Subject(UUID installation, String displayName, boolean headquarters) {
    }

    public record Created(X509Certificate certificate, byte[] encryptedKey) {
    }

    public Created create(UUID installation, String displayName, boolean headquarters, char[] password, Instant now) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), random);
            KeyPair pair = generator.generateKeyPair();
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, displayName)
                    .addRDN(BCStyle.OU, headquarters ? "HQ" : "FIELD").addRDN(BCStyle.UID, installation.toString())
                    .build();
            Instant from = now.truncatedTo(ChronoUnit.SECONDS).minus(1, ChronoUnit.HOURS);
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                    new BigInteger(64, random).abs().add(BigInteger.ONE), Date.from(from),
                    Date.from(from.plus(YEARS * 365L, ChronoUnit.DAYS)), subject, pair.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
            return new Created(certificate, encrypt(pair.getPrivate(), password));
        } catch (GeneralSecurityException | IOException | org.bouncycastle.operator.OperatorCreationException e) {
            throw new IllegalStateException("Cannot create the exchange key", e);
        }
    }

    private byte[] encrypt(PrivateKey key, char[] password) throws IOException,
            org.bouncycastle.operator.OperatorCreationException {
        JceOpenSSLPKCS8EncryptorBuilder builder = new JceOpenSSLPKCS8EncryptorBuilder(JcaPKCS8Generator.AES_256_CBC);
        builder.setPRF(JcaPKCS8Generator.PRF_HMACSHA256);
        builder.setIterationCount(iterations);
        builder.setPassword(password);
        builder.setProvider(Bc.PROVIDER);
        return new JcaPKCS8Generator(key, builder.build()).generate().getContent();
    }

    public static PrivateKey decrypt(byte[] encrypted, char[] password) {
        try {
            PKCS8EncryptedPrivateKeyInfo info = new PKCS8EncryptedPrivateKeyInfo(encrypted);
            PrivateKeyInfo clear = info.decryptPrivateKeyInfo(
                    new JceOpenSSLPKCS8DecryptorProviderBuilder().setProvider(Bc.PROVIDER).build(password));
            return new JcaPEMKeyConverter().getPrivateKey(clear);
        } catch (Exception e) {
            throw new PressDeskException(e, "exchange.wrongPassword");
        }
    }

    public static X509Certificate read(byte[] file) {
        if (file.length > MAX_CERTIFICATE_BYTES) {
            throw new PressDeskException("exchange.certificateInvalid");
        }
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(file));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new PressDeskException(e, "exchange.certificateInvalid");
        }
    }

    public static byte[] pem(X509Certificate certificate) {
        StringWriter text = new StringWriter();
        try (PemWriter writer = new PemWriter(text)) {
            writer.writeObject(new JcaMiscPEMGenerator(certificate));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the certificate", e);
        }
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }

    public static String fingerprint(X509Certificate certificate) {
        try {
            return ContentHash.sha256(certificate.getEncoded());
        } catch (GeneralSecurityException e) {
            throw new PressDeskException(e, "exchange.certificateInvalid");
        }
    }

    /** The fingerprint in groups of four, as people read it aloud to each other. */
    public static String spaced(String fingerprint) {
        StringBuilder spaced = new StringBuilder();
        for (int i = 0; i < fingerprint.length(); i += 4) {
            spaced.append(i == 0 ? "" : " ").append(fingerprint, i, Math.min(fingerprint.length(), i + 4));
        }
        return spaced.toString().toUpperCase(java.util.Locale.ROOT);
    }

    public static Subject subject(X509Certificate certificate) {
        try {
            X500Name name = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
            UUID installation = UUID.fromString(value(name, BCStyle.UID));
            return new Subject(installation, value(name, BCStyle.CN), "HQ".equals(value(name, BCStyle.OU)));
        } catch (RuntimeException e) {
            throw new PressDeskException(e, "exchange.certificateInvalid");
        }
    }

    private static String value(X500Name name, ASN1ObjectIdentifier type) {
        RDN[] rdns = name.getRDNs(type);
        if (rdns.length != 1) {
            throw new IllegalArgumentException("expected one " + type);
        }
        return IETFUtils.valueToString(rdns[0].getFirst().getValue());
    }

    /** Bouncy Castle's provider, built on first use: a command that signs or unwraps nothing does not load it. */
    private static final class Bc {
        static final Provider PROVIDER = new BouncyCastleProvider();
    }
}
