package org.pressdesk.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileNamesTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Cérémonie à Bamako                       | 2026-02-03_ceremonie-a-bamako.pdf",
        "Œuvres d’art : 100 % Sahel !             | 2026-02-03_oeuvres-d-art-100-sahel.pdf",
        "  --BIP/MAECI--  communiqué n° 12  ---  | 2026-02-03_bip-maeci-communique-n-12.pdf",
        "\"   \"                                   | 2026-02-03_communique.pdf",
        "« ??? »                                  | 2026-02-03_communique.pdf",
        "Déclaration du Ministre des Affaires étrangères devant le Conseil de paix et de sécurité | "
            + "2026-02-03_declaration-du-ministre-des-affaires-etrangeres-devant-le.pdf",
    })
    void theFileNameIsTheDateThenTheTitleInPlainLowerCaseWords(String title, String expected) {
        assertThat(FileNames.forCommunique(LocalDate.of(2026, 2, 3), title)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"1", "59", "60", "61", "200"})
    void theTitlePartNeverExceedsSixtyCharacters(int words) {
        String slug = FileNames.slug("mot ".repeat(words));

        assertThat(slug).hasSizeLessThanOrEqualTo(60).doesNotEndWith("-").doesNotStartWith("-");
    }
}
