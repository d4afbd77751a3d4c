package org.pressdesk.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** In these tables "~" stands for a narrow no-break space (U+202F) and "°°" for a no-break space (U+00A0). */
class FrenchTypographyTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "Le Ministre a déclaré : « Nous agirons. »    | Le Ministre a déclaré~: «~Nous agirons.~»",
        "Pourquoi ? Parce que !                       | Pourquoi~? Parce que~!",
        "trois points ; deux points                   | trois points~; deux points",
        "un ‹ mot › cité                              | un ‹~mot~› cité",
        "espaces multiples   :                        | espaces multiples~:",
        "« Bonjour »                                  | «~Bonjour~»",
    })
    void makesTheSpaceBeforeHighPunctuationAndInsideGuillemetsNonBreaking(String input, String expected) {
        assertThat(FrenchTypography.normalize(input.strip())).isEqualTo(narrow(expected.strip()));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "un appui de 29 € seulement      | un appui de 29~€ seulement",
        "sur 10 km de réseau             | sur 10~km de réseau",
        "une hausse de 15 % en un an     | une hausse de 15~% en un an",
        "150 000 habitants               | 150~000 habitants",
        "1 250 000 FCFA                  | 1~250~000~FCFA",
        "29 millions € d’appui           | 29~millions~€ d’appui",
        "il fait 38 °C à l’ombre         | il fait 38~°C à l’ombre",
        "à 90 km/h au plus               | à 90~km/h au plus",
        "le décret n° 2026 du Président  | le décret n°~2026 du Président",
        "à 10 h précises                 | à 10~h précises",
    })
    void keepsNumbersWithTheirUnitsAndDigitGroups(String input, String expected) {
        assertThat(FrenchTypography.normalize(input.strip())).isEqualTo(narrow(expected.strip()));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" unchanged")
    @CsvSource(delimiter = '|', value = {
        "le 3 février 2026",
        "en 2026 les 12 régions",
        "Horaires: 10:30",
        "adresse http://exemple.ml/a?b=c",
        "1234 5678 sont deux nombres",
        "les 3 kilomètres",
        "la carte n°5",
        "un renouveau du dialogue",
        "Note: English stays as typed!",
    })
    void leavesOtherSpacesAlone(String input) {
        assertThat(FrenchTypography.normalize(input.strip())).isEqualTo(input.strip());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "déjà°°insécable : oui   | déjà°°insécable~: oui",
        "Paris,°°le 3 mai       | Paris,°°le 3 mai",
        "29°°€                  | 29°°€",
    })
    void keepsNoBreakSpacesOfTheInput(String input, String expected) {
        assertThat(FrenchTypography.normalize(nbsp(input.strip()))).isEqualTo(narrow(nbsp(expected.strip())));
    }

    @Test
    void leavesSpacesAtTheEdgesOfLinesAlone() {
        assertThat(FrenchTypography.normalize(" : début")).isEqualTo(" : début");
        assertThat(FrenchTypography.normalize("fin «\nsuite")).isEqualTo("fin «\nsuite");
        assertThat(FrenchTypography.normalize("ligne \n: suite")).isEqualTo("ligne \n: suite");
    }

    @Test
    void acceptsNullAndEmptyText() {
        assertThat(FrenchTypography.normalize(null)).isNull();
        assertThat(FrenchTypography.normalize("")).isEmpty();
    }

    private static String narrow(String text) {
        return text.replace('~', FrenchTypography.NARROW_NBSP);
    }

    private static String nbsp(String text) {
        return text.replace("°°", "\u00A0");
    }
}
