package org.pressdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The English walk's French detector, without a window: it must neither miss French nor flag the data. */
class FrenchLeftoversTest {
    private final FrenchLeftovers detector = new FrenchLeftovers();

    @ParameterizedTest
    @ValueSource(strings = {"Enregistrer", "Ne pas enregistrer", "Fermer", "Nom du compte administrateur",
        "Papier à en-tête…", "Créé le 3 février", "Relecture"})
    void frenchTextIsFound(String text) {
        assertThat(detector.french(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Save", "Don’t save", "New communiqué, not saved yet", "Communiqués",
        "Bureau de l’Information et de la Presse", "Français", "Awa Sangaré (Administrator)", "3 Feb 2026, 09:00",
        "BIP/MAECI – Bureau de l’Information et de la Presse"})
    void englishTextAndTheTestsDataAreNot(String text) {
        assertThat(detector.french(text)).isFalse();
    }
}
