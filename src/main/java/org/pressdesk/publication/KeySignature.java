package org.pressdesk.publication;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import org.pressdesk.pdf.SignatureMaker;
import org.pressdesk.signing.CmsSigner;
import org.pressdesk.signing.SigningKey;

/** An office's signing key as the PDF signer sees it: CMS signatures made by {@link CmsSigner}. */
public final class KeySignature implements SignatureMaker {
    /** Room kept for a certificate that cannot be measured. */
    private static final int UNKNOWN_CERTIFICATE_BYTES = 8_192;

    private final SigningKey key;

    public KeySignature(SigningKey key) {
        this.key = key;
    }

    @Override
    public String signerName() {
        return key.signerName();
    }

    @Override
    public int certificateBytes() {
        int size = 0;
        try {
            for (X509Certificate certificate : key.chain()) {
                size += certificate.getEncoded().length;
            }
        } catch (CertificateEncodingException e) {
            size += UNKNOWN_CERTIFICATE_BYTES;
        }
        return size;
    }

    @Override
    public byte[] sign(byte[] signedContent) {
        return CmsSigner.sign(signedContent, key);
    }
}
