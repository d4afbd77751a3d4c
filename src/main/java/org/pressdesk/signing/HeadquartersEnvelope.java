package org.pressdesk.signing;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSEnvelopedData;
import org.bouncycastle.cms.CMSEnvelopedDataGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.KeyAgreeRecipientInformation;
import org.bouncycastle.cms.KeyTransRecipientInformation;
import org.bouncycastle.cms.Recipient;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyAgreeEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JceKeyAgreeRecipientInfoGenerator;
import org.bouncycastle.cms.jcajce.JceKeyTransEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientInfoGenerator;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaAlgorithmParametersConverter;
import org.pressdesk.domain.PressDeskException;

/**
 * Seals a secret for headquarters' certificate and opens it with headquarters' private key: CMS EnvelopedData, the
 * content encrypted with AES-256-GCM and its key wrapped with RSA-OAEP (SHA-256) for an RSA certificate, or agreed
 * by ECDH (SHA-256 KDF, AES-256 key wrap) for an EC one. The certificate file is outside input: a file that is not
 * one, or holds another kind of key, is refused with a clear message.
 */
public final class HeadquartersEnvelope {
    /** A certificate is a few kilobytes; a file past this is not one. */
    public static final long MAX_CERTIFICATE_BYTES = 64 * 1024;
    private static final Provider BC = new BouncyCastleProvider();

    private HeadquartersEnvelope() {
    }

    /** Reads headquarters' certificate (PEM or DER); {@code name} is how the message names the file. */
    public static X509Certificate certificate(byte[] file, String name) {
        X509Certificate certificate;
        try {
            certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(file));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new PressDeskException(e, "hq.certificateInvalid", name);
        }
        if (!(certificate.getPublicKey() instanceof RSAPublicKey)
                && !(certificate.getPublicKey() instanceof ECPublicKey)) {
            throw new PressDeskException("hq.certificateKeyType", name, certificate.getPublicKey().getAlgorithm());
        }
        refuseUnusable(certificate, name);
        return certificate;
    }

    /**
     * Refuses a certificate out of its validity, or one whose key usage leaves out carrying a key: key encipherment
     * for RSA (key transport), key agreement for EC. A certificate without the extension allows every usage.
     */
    private static void refuseUnusable(X509Certificate certificate, String name) {
        try {
            certificate.checkValidity();
        } catch (java.security.cert.CertificateException e) {
            throw new PressDeskException(e, "hq.certificateExpired", name);
        }
        boolean[] usage = certificate.getKeyUsage();
        int needed = certificate.getPublicKey() instanceof ECPublicKey ? 4 : 2;
        if (usage != null && (usage.length <= needed || !usage[needed])) {
            throw new PressDeskException("hq.certificateUsage", name);
        }
    }

    /** The SHA-256 of the certificate, to name whose key a slot opens with. */
    public static String fingerprint(X509Certificate certificate) {
        try {
            return Certificates.sha256(certificate);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a certificate just read encodes again", e);
        }
    }

    public static byte[] seal(byte[] secret, X509Certificate certificate) {
        try {
            CMSEnvelopedDataGenerator generator = new CMSEnvelopedDataGenerator();
            if (certificate.getPublicKey() instanceof ECPublicKey ec) {
                KeyPairGenerator pairs = KeyPairGenerator.getInstance("EC", BC);
                pairs.initialize(ec.getParams());
                KeyPair ephemeral = pairs.generateKeyPair();
                generator.addRecipientInfoGenerator(new JceKeyAgreeRecipientInfoGenerator(
                        CMSAlgorithm.ECDH_SHA256KDF, ephemeral.getPrivate(), ephemeral.getPublic(),
                        CMSAlgorithm.AES256_WRAP).addRecipient(certificate).setProvider(BC));
            } else {
                OAEPParameterSpec oaep = new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256,
                        PSource.PSpecified.DEFAULT);
                generator.addRecipientInfoGenerator(new JceKeyTransRecipientInfoGenerator(certificate,
                        new JcaAlgorithmParametersConverter().getAlgorithmIdentifier(
                                PKCSObjectIdentifiers.id_RSAES_OAEP, oaep)).setProvider(BC));
            }
            return generator.generate(new CMSProcessableByteArray(secret),
                    new JceCMSContentEncryptorBuilder(CMSAlgorithm.AES256_GCM).setProvider(BC).build()).getEncoded();
        } catch (GeneralSecurityException | CMSException | java.io.IOException e) {
            throw new IllegalStateException("Cannot seal for headquarters", e);
        }
    }

    /** Opens what {@link #seal} made with headquarters' key; refused when the key is another one. */
    public static byte[] open(byte[] sealed, SigningKey key) {
        try {
            CMSEnvelopedData data = new CMSEnvelopedData(sealed);
            for (RecipientInformation info : data.getRecipientInfos().getRecipients()) {
                Recipient recipient = info instanceof KeyAgreeRecipientInformation
                        ? new JceKeyAgreeEnvelopedRecipient(key.privateKey()).setProvider(BC)
                        : info instanceof KeyTransRecipientInformation
                                ? new JceKeyTransEnvelopedRecipient(key.privateKey()).setProvider(BC) : null;
                if (recipient != null) {
                    try {
                        return info.getContent(recipient);
                    } catch (CMSException | RuntimeException wrongKey) {
                        // another recipient, or not this key: try the next
                    }
                }
            }
        } catch (CMSException | RuntimeException e) {
            throw new PressDeskException(e, "hq.slotDamaged");
        }
        throw new PressDeskException("hq.keyRefused");
    }

    /** Reads headquarters' key from its PKCS#12 file. */
    public static SigningKey key(byte[] pkcs12, char[] password, String name) {
        return Pkcs12Files.read(pkcs12, password, name);
    }
}
