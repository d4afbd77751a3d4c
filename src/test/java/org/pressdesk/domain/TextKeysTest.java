package org.pressdesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The table that makes folding fast gives exactly what the definition gives. */
class TextKeysTest {
    /** Characters from the tables, beside them, and the known traps: marks, Greek capital sigma, dotted I. */
    private static final String POOL = "aAzZéÉèçÇœŒæÆ  \t\n\r\u000B\f\u00A0\u202F\u2009\u2019\u2018«»–—…\u0001\u0007"
            + "\u0301\u0327İıΣσςΟΔΟΣПривет\u024F\u0250\u2000\u206F\u2070ǅǈßẞﬁ😀\uD800.,;:'-0123456789";

    @Test
    void everyCharacterUpToTheEndOfGeneralPunctuationFoldsAsTheDefinitionFoldsIt() {
        for (char c = 0; c < 0x2100; c++) {
            for (String text : new String[] {"a" + c + "b", String.valueOf(c), c + " É", "É " + c}) {
                assertThat(TextKeys.fold(text)).as("U+%04X in %s", (int) c, text)
                        .isEqualTo(TextKeys.exactFold(text));
            }
        }
    }

    @Test
    void randomTextsFoldAsTheDefinitionFoldsThem() {
        Random random = new Random(17);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int j = 0; j < length; j++) {
                text.append(POOL.charAt(random.nextInt(POOL.length())));
            }
            assertThat(TextKeys.fold(text.toString())).as("%s", text).isEqualTo(TextKeys.exactFold(text.toString()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Côte d’Ivoire", "  ÉTATS-UNIS  d'Amérique ", "Œuvres\u00a0d’art", "TRAORÉ", "déjà",
        "29\u202F€ « oui »", "ΟΔΟΣ", "Привет"})
    void textsFoldAsTheDefinitionFoldsThem(String text) {
        assertThat(TextKeys.fold(text)).isEqualTo(TextKeys.exactFold(text));
    }

    @Test
    void foldingDropsAccentsCaseAndRepeatedSpaces() {
        assertThat(TextKeys.fold("Cérémonie  ŒUVRES\u202Fd’art")).isEqualTo("ceremonie oeuvres d'art");
    }
}
