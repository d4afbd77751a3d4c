package org.pressdesk.signing;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.cert.CertPath;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import org.pressdesk.domain.ContentHash;

/** Reading and writing X.509 certificates and chains with the JDK. */
final class Certificates {
    private static final String PKI_PATH = "PkiPath";

    private Certificates() {
    }

    static X509Certificate read(byte[] der) throws GeneralSecurityException {
        return (X509Certificate) factory().generateCertificate(new ByteArrayInputStream(der));
    }

    /** The chain as a PkiPath (RFC 3279 encoding), the JDK's standard form of a certificate path. */
    static byte[] encodeChain(List<X509Certificate> chain) throws GeneralSecurityException {
        return factory().generateCertPath(chain).getEncoded(PKI_PATH);
    }

    static List<X509Certificate> decodeChain(byte[] encoded) throws GeneralSecurityException {
        CertPath path = factory().generateCertPath(new ByteArrayInputStream(encoded), PKI_PATH);
        List<X509Certificate> chain = new ArrayList<>();
        for (Certificate certificate : path.getCertificates()) {
            chain.add((X509Certificate) certificate);
        }
        return chain;
    }

    static String sha256(X509Certificate certificate) throws GeneralSecurityException {
        return ContentHash.sha256(certificate.getEncoded());
    }

    /** The CN of the subject, or the whole subject when it has none. */
    static String commonName(X509Certificate certificate) {
        String subject = certificate.getSubjectX500Principal().getName();
        try {
            for (Rdn rdn : new LdapName(subject).getRdns()) {
                if ("CN".equals(rdn.getType().toUpperCase(Locale.ROOT))) {
                    return rdn.getValue().toString();
                }
            }
        } catch (InvalidNameException e) {
            return subject;
        }
        return subject;
    }

    private static CertificateFactory factory() throws GeneralSecurityException {
        return CertificateFactory.getInstance("X.509");
    }
}
