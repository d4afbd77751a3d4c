package org.pressdesk.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pressdesk.domain.TextKeys;

class FoldingTest {

    @Test
    void everyLatinCharacterFoldsAsTextKeysFoldsIt() {
        for (char c = 0; c < 0x300; c++) {
            String text = "a" + c + "b";
            assertThat(Folding.fold(text)).as("U+%04X", (int) c).isEqualTo(TextKeys.fold(text));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Côte d’Ivoire", "  ÉTATS-UNIS  d'Amérique ", "Œuvres\u00a0d’art", "TRAORÉ", "Kayes–Bamako",
        "İstanbul", "Ægypte", "déjà", "", "x\u0007y", "Привет"})
    void textsFoldAsTextKeysFoldsThem(String text) {
        assertThat(Folding.fold(text)).isEqualTo(TextKeys.fold(text));
    }
}
