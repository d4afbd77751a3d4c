package org.pressdesk.signing;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collection;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.util.Selector;

/**
 * Checks a detached CMS signature against the bytes it claims to cover: that the digest matches, that the signature
 * was made by the certificate it carries, and that its signing-certificate-v2 attribute names that certificate.
 */
public final class CmsVerifier {

    /**
     * What the check found.
     *
     * @param intact the signed bytes are the ones signed and the signature is mathematically valid
     * @param signer the signer's certificate, or null when none could be read
     */
    public record Result(boolean intact, X509Certificate signer) {

        public String signerName() {
            return signer == null ? "" : Certificates.commonName(signer);
        }

        public String signerSha256() {
            try {
                return signer == null ? "" : Certificates.sha256(signer);
            } catch (GeneralSecurityException e) {
                return "";
            }
        }
    }

    private CmsVerifier() {
    }

    /** @param signature the /Contents of a PDF signature, zero padding included */
    public static Result verify(byte[] signature, byte[] signedContent) {
        try {
            CMSSignedData cms = parse(signature, signedContent);
            SignerInformation signerInfo = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = cms.getCertificates()
                    .getMatches((Selector<X509CertificateHolder>) signerInfo.getSID());
            if (matches.isEmpty()) {
                return new Result(false, null);
            }
            X509CertificateHolder holder = matches.iterator().next();
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);
            boolean valid = verifies(signerInfo, holder) && namesCertificate(signerInfo, holder);
            return new Result(valid, certificate);
        } catch (CMSException | IOException | GeneralSecurityException | RuntimeException e) {
            return new Result(false, null);
        }
    }

    /** Reads exactly one ASN.1 object: /Contents is zero-padded, which BouncyCastle would refuse as extra data. */
    private static CMSSignedData parse(byte[] signature, byte[] signedContent) throws IOException, CMSException {
        try (ASN1InputStream in = new ASN1InputStream(signature)) {
            ContentInfo info = ContentInfo.getInstance(in.readObject());
            return new CMSSignedData(new CMSProcessableByteArray(signedContent), info);
        }
    }

    private static boolean verifies(SignerInformation signerInfo, X509CertificateHolder holder) {
        try {
            return signerInfo.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder));
        } catch (CMSException | OperatorCreationException | java.security.cert.CertificateException e) {
            return false;
        }
    }

    private static boolean namesCertificate(SignerInformation signerInfo, X509CertificateHolder holder)
            throws IOException, GeneralSecurityException {
        if (signerInfo.getSignedAttributes() == null) {
            return false;
        }
        Attribute attribute = signerInfo.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (attribute == null) {
            return false;
        }
        SigningCertificateV2 value = SigningCertificateV2.getInstance(attribute.getAttrValues().getObjectAt(0));
        byte[] expected = MessageDigest.getInstance("SHA-256").digest(holder.getEncoded());
        return Arrays.equals(value.getCerts()[0].getCertHash(), expected);
    }
}
