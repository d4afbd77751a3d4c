package org.pressdesk.testing;

import java.io.IOException;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** A CA made for one test run and a server certificate it signed for "localhost" and 127.0.0.1, as PEM files. */
final class TestCertificates {
    private TestCertificates() {
    }

    /** Writes server.crt and server.key into {@code data} and returns the CA's certificate file in {@code folder}. */
    static Path write(Path folder, Path data) throws IOException {
        try {
            KeyPair caKeys = keys();
            X509Certificate ca = sign(new X500Name("CN=PressDesk test CA"), caKeys, new X500Name("CN=PressDesk test CA"),
                    caKeys, true);
            KeyPair serverKeys = keys();
            X509Certificate server = sign(new X500Name("CN=localhost"), serverKeys, new X500Name("CN=PressDesk test CA"),
                    caKeys, false);
            Path caFile = folder.resolve("ca.crt");
            pem(caFile, ca);
            pem(data.resolve("server.crt"), server);
            Path key = data.resolve("server.key");
            pem(key, new JcaPKCS8Generator(serverKeys.getPrivate(), null));
            Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
            return caFile;
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IOException("test certificates: " + e.getMessage(), e);
        }
    }

    /** A CA certificate that signed nothing of the server's: a client trusting only it must refuse the server. */
    static Path writeUnrelatedAuthority(Path file) throws IOException {
        try {
            KeyPair keys = keys();
            pem(file, sign(new X500Name("CN=Unrelated CA"), keys, new X500Name("CN=Unrelated CA"), keys, true));
            return file;
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IOException(e);
        }
    }

    private static KeyPair keys() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static X509Certificate sign(X500Name subject, KeyPair subjectKeys, X500Name issuer, KeyPair issuerKeys,
            boolean authority) throws GeneralSecurityException, OperatorCreationException, IOException {
        Instant now = Instant.now();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
                BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minus(Duration.ofHours(1))),
                Date.from(now.plus(Duration.ofDays(2))), subject, subjectKeys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(authority));
        if (authority) {
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        } else {
            builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                new GeneralName(GeneralName.dNSName, "localhost"),
                new GeneralName(GeneralName.iPAddress, "127.0.0.1")}));
        }
        return new JcaX509CertificateConverter().getCertificate(builder.build(
                new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKeys.getPrivate())));
    }

    private static void pem(Path file, Object object) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII);
                JcaPEMWriter pem = new JcaPEMWriter(out)) {
            pem.writeObject(object);
        }
    }
}
