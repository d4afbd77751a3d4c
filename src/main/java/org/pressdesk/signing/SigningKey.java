package org.pressdesk.signing;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/** An unlocked signing key with its certificate and the chain to send with signatures (certificate first). */
public record SigningKey(PrivateKey privateKey, X509Certificate certificate, List<X509Certificate> chain) {

    /** The signer's common name, as a reader of the signature sees it. */
    public String signerName() {
        return Certificates.commonName(certificate);
    }
}
