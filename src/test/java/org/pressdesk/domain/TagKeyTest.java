package org.pressdesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TagKeyTest {

    @Test
    void spellingsThatDifferOnlyByCaseAndAccentsShareAKey() {
        assertThat(TagKey.of(TagKind.COUNTRY, "Côte d’Ivoire")).isEqualTo(TagKey.of(TagKind.COUNTRY, "COTE D’IVOIRE"));
    }

    @Test
    void theSameNameOfAnotherKindIsAnotherTag() {
        assertThat(TagKey.of(TagKind.COUNTRY, "Mali")).isNotEqualTo(TagKey.of(TagKind.PERSON, "Mali"));
    }

    @Test
    void aSuggestionALinkAndATagOfOneNameHaveOneKey() {
        TagKey key = TagKey.of(new TagSuggestion("Eau", TagKind.THEME, "eau potable"));

        assertThat(TagKey.of(new TagLink(7, "eau", TagKind.THEME, true, ""))).isEqualTo(key);
        assertThat(key).hasToString("THEME:eau");
    }
}
