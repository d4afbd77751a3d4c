package org.pressdesk.archive;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pressdesk.domain.TextKeys;

/** The fingerprint's key, built in one pass, keeps exactly what the regular expression it replaced kept. */
class FingerprintKeyTest {

    private static String byExpression(String text) {
        return TextKeys.fold(text).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    @Test
    void everyCharacterIsKeptOrDroppedAsTheExpressionDid() {
        StringBuilder all = new StringBuilder();
        for (int c = 0; c < 0x3_0000; c += c < 0x1_0000 ? 1 : 7) {
            all.appendCodePoint(c);
            if (all.length() > 400) {
                assertThat(Fingerprint.key(all.toString())).isEqualTo(byExpression(all.toString()));
                all.setLength(0);
            }
        }
        assertThat(Fingerprint.key(all.toString())).isEqualTo(byExpression(all.toString()));
    }

    @Test
    void keysOfLoneSurrogatesAndPunctuationMatchTheExpression() {
        for (String text : new String[] {"a\uD800b", "Ⅻ² ½ — « Œuvres » d’art, n° 12", "", "  ", "x\uDC00"}) {
            assertThat(Fingerprint.key(text)).as(text).isEqualTo(byExpression(text));
        }
    }
}
