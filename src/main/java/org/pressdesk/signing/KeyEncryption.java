package org.pressdesk.signing;

import java.io.IOException;
import java.security.PrivateKey;
import java.security.Provider;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;
import org.pressdesk.domain.PressDeskException;

/**
 * Private keys at rest: PKCS#8 EncryptedPrivateKeyInfo, PBES2 with PBKDF2-HMAC-SHA256 and AES-256-CBC, a random
 * salt and IV for each key. The password is the signing password chosen when the certificate was imported or
 * generated; it is never stored.
 */
final class KeyEncryption {
    static final int PRODUCTION_ITERATIONS = 310_000;

    private final int iterations;

    KeyEncryption(int iterations) {
        this.iterations = iterations;
    }

    byte[] encrypt(PrivateKey key, char[] password) {
        try {
            JceOpenSSLPKCS8EncryptorBuilder builder =
                    new JceOpenSSLPKCS8EncryptorBuilder(JcaPKCS8Generator.AES_256_CBC);
            builder.setPRF(JcaPKCS8Generator.PRF_HMACSHA256);
            builder.setIterationCount(iterations);
            builder.setPassword(password);
            builder.setProvider(Bc.PROVIDER);
            return new JcaPKCS8Generator(key, builder.build()).generate().getContent();
        } catch (OperatorCreationException | IOException e) {
            throw new IllegalStateException("Cannot encrypt the private key", e);
        }
    }

    /** The key, or a refusal saying the password is wrong. */
    static PrivateKey decrypt(byte[] encrypted, char[] password) {
        try {
            PKCS8EncryptedPrivateKeyInfo info = new PKCS8EncryptedPrivateKeyInfo(encrypted);
            PrivateKeyInfo clear = info.decryptPrivateKeyInfo(
                    new JceOpenSSLPKCS8DecryptorProviderBuilder().setProvider(Bc.PROVIDER).build(password));
            return new JcaPEMKeyConverter().setProvider(Bc.PROVIDER).getPrivateKey(clear);
        } catch (PKCSException | OperatorCreationException | IOException | IllegalArgumentException e) {
            throw new PressDeskException(e, "signing.wrongPassword");
        }
    }

    /** Bouncy Castle's provider, built on first use: a command that signs or unwraps nothing does not load it. */
    private static final class Bc {
        static final Provider PROVIDER = new BouncyCastleProvider();
    }
}
