package org.pressdesk.local;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class Pbkdf2Test {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "benchmark-password|1",
        "benchmark-password|2",
        "motdepasse-test|1000",
        "''|3",
        "Élysée « été » 29 €|777",
        "un mot de passe bien plus long qu’un bloc de SHA-256, soixante-quatre octets et davantage encore|50",
    })
    void givesTheJdksBytesForTheSamePasswordSaltAndCount(String password, int iterations) throws Exception {
        byte[] salt = HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f");
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
        byte[] jdk = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();

        assertArrayEquals(jdk, Pbkdf2.sha256(password.toCharArray(), salt, iterations));
    }

    @Test
    void matchesThePublishedVectorOfRfc7914() {
        // RFC 7914 section 11: PBKDF2-HMAC-SHA256 of "passwd", salt "salt", 1 iteration, first 32 bytes
        byte[] expected = HexFormat.of().parseHex("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc");

        assertArrayEquals(expected, Pbkdf2.sha256("passwd".toCharArray(), "salt".getBytes(), 1));
    }

    @Test
    void refusesANonPositiveCount() {
        assertThrows(IllegalArgumentException.class, () -> Pbkdf2.sha256("x".toCharArray(), new byte[16], 0));
    }
}
