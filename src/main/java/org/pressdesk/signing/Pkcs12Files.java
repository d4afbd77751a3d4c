package org.pressdesk.signing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.pressdesk.domain.PressDeskException;

/**
 * Reads an office certificate from a PKCS#12 file (.p12, .pfx): the first entry that holds a private key and its
 * chain. A file that is not a keystore, a wrong password and a keystore without a key are told apart.
 */
final class Pkcs12Files {
    private Pkcs12Files() {
    }

    static SigningKey read(byte[] file, char[] password, String name) {
        KeyStore store = load(file, password, name);
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    Key key = store.getKey(alias, password);
                    Certificate[] chain = store.getCertificateChain(alias);
                    if (key instanceof PrivateKey privateKey && chain != null && chain.length > 0) {
                        return new SigningKey(privateKey, (X509Certificate) chain[0], x509(chain));
                    }
                }
            }
        } catch (UnrecoverableKeyException e) {
            throw new PressDeskException(e, "cert.wrongPassword", name);
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new PressDeskException(e, "cert.corrupt", name);
        }
        throw new PressDeskException("cert.noKey", name);
    }

    private static KeyStore load(byte[] file, char[] password, String name) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(file), password);
            return store;
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException
                    || String.valueOf(e.getMessage()).contains("password")) {
                throw new PressDeskException(e, "cert.wrongPassword", name);
            }
            throw new PressDeskException(e, "cert.corrupt", name);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new PressDeskException(e, "cert.corrupt", name);
        }
    }

    private static List<X509Certificate> x509(Certificate[] chain) {
        List<X509Certificate> certificates = new ArrayList<>();
        for (Certificate certificate : chain) {
            certificates.add((X509Certificate) certificate);
        }
        return certificates;
    }
}
