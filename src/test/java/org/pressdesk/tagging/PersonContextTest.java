package org.pressdesk.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pressdesk.domain.TagKind;
import org.pressdesk.domain.TagSuggestion;

/** Persons as real archives write them (issue 17): without titles, behind stuck honorifics, beside places. */
class PersonContextTest {
    private static final TagSuggester SUGGESTER = TagSuggester.builtIn("");

    private static List<String> persons(String body) {
        return SUGGESTER.suggest("", body).stream().filter(s -> s.kind() == TagKind.PERSON)
                .map(TagSuggestion::name).toList();
    }

    @Test
    void honorificsWrittenWithoutDotsDoNotStickToTheName() {
        assertThat(persons("Il s’agit de SEM Moussa KONÉ, Ambassadeur, et de S.E Karim HADDAD, Ambassadeur."))
                .containsExactly("Moussa Koné", "Karim Haddad");
    }

    @Test
    void aNameSetOffByACommaAfterATitleIsAPerson() {
        assertThat(persons("Il s’est entretenu avec la Première ministre du Danemark, Mette Frederiksen, hier."))
                .containsExactly("Mette Frederiksen");
        assertThat(persons("Le ministre du Développement international, Ahmed Hussen, a annoncé un appui."))
                .containsExactly("Ahmed Hussen");
    }

    @Test
    void aPlaceOrBuildingNamedAfterAPersonIsNoPerson() {
        assertThat(persons("Il a visité le Boulevard du Président Modibo KEÏTA et l’Aéroport international "
                + "Président Modibo Keïta-Sénou, puis le Palais Mohammed V.")).isEmpty();
        assertThat(persons("Il a reçu au Palais de Koulouba S.E.M. Kenji MORITA.")).containsExactly("Kenji Morita");
    }

    @Test
    void theNameWithoutItsMiddleNamesOrAccentsIsTheSamePerson() {
        assertThat(persons("Le Directeur, Mamadou Lamine DIAKITÉ, a parlé. Mamadou DIAKITE a ensuite présenté "
                + "le calendrier, et le Directeur Diakite a conclu.")).containsExactly("Mamadou Lamine Diakité");
    }

    @Test
    void aCountryAfterACommaIsNoPerson() {
        assertThat(persons("Le Ministre des Affaires étrangères du Mali, Burkina Faso et Niger ont parlé."))
                .isEmpty();
    }
}
