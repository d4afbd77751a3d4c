package org.pressdesk.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pressdesk.domain.TagKind;
import org.pressdesk.domain.TagSuggestion;

/** Organisations as real archives name them (issue 17): in any case, national, media, armed groups. */
class OrganizationContextTest {
    private static final TagSuggester SUGGESTER = TagSuggester.builtIn("");

    private static List<String> organisations(String body) {
        return SUGGESTER.suggest("", body).stream().filter(s -> s.kind() == TagKind.ORGANIZATION)
                .map(TagSuggestion::name).toList();
    }

    @Test
    void longAcronymsWrittenAsWordsAreFound() {
        assertThat(organisations("Le retrait de la Cedeao et l’appui de l’Unesco et de l’Unicef."))
                .containsExactly("CEDEAO", "UNESCO", "UNICEF");
    }

    @Test
    void mediaArmedGroupsUnionsAndNationalBodiesAreFound() {
        assertThat(organisations("Selon l’ORTM et RFI, le JNIM a attaqué ; l’UNTM et la Haute Autorité de la "
                + "Communication ont réagi.")).containsExactly("ORTM", "RFI", "JNIM", "UNTM",
                        "Haute Autorité de la Communication");
    }

    @Test
    void anAcronymTwoBodiesShareIsToldApartByTheExpansionTheTextGives() {
        assertThat(organisations("Le Conseil national de la Transition (CNT) a voté. Le CNT siégera demain."))
                .containsExactly("Conseil national de la Transition");
        assertThat(organisations("Le Conseil national de Transition (CNT) a voté. Le CNT siégera demain."))
                .containsExactly("Conseil national de Transition");
        assertThat(organisations("Le CNT siégera demain.")).isEmpty();
    }

    @Test
    void anOrganWhoseNameHoldsAnotherOrganisationIsNotThatOrganisation() {
        assertThat(organisations("Il a remercié le Bureau régional de l’OMS pour l’Afrique."))
                .containsExactly("Bureau régional de l’OMS pour l’Afrique");
        assertThat(organisations("La session de l’Assemblée parlementaire de la Francophonie s’ouvre."))
                .containsExactly("Assemblée parlementaire de la Francophonie");
    }
}
