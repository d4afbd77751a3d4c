package org.pressdesk.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.Tag;
import org.pressdesk.domain.TagKey;
import org.pressdesk.domain.TagKind;
import org.pressdesk.domain.TagLink;
import org.pressdesk.domain.TagSuggestion;

/** Suggestions on stored communiqués, on a real H2 database: accepting, learning, dismissing, confirming. */
class TaggingServiceTest {
    private static final String AUDIENCE = "Le Ministre a reçu S.E.M. Pieter DE VRIES, Ambassadeur du Royaume des "
            + "Pays-Bas. Les échanges ont porté sur l’irrigation et l’eau potable.";

    private final TaggingFixture f = TaggingFixture.shared();

    @AfterEach
    void clear() {
        f.clearTags();
    }

    @Test
    void aStoredCommuniqueSuggestsFromItsTextAndTheOfficesCountryIsLeftOut() {
        Communique c = f.communique("Audience", AUDIENCE + " Le Mali remercie les Pays-Bas.");
        CommuniqueTags tags = f.tagging.tagsOf(c.id());
        assertThat(tags.confirmed()).isEmpty();
        assertThat(tags.suggested()).extracting(TagSuggestion::name, TagSuggestion::kind).contains(
                tuple("Pays-Bas", TagKind.COUNTRY),
                tuple("Pieter de Vries", TagKind.PERSON),
                tuple("eau", TagKind.THEME));
        assertThat(tags.suggested()).extracting(TagSuggestion::name).doesNotContain("Mali");
        assertThat(f.vocabulary.ownCountry()).contains("Mali");
    }

    @Test
    void theOwnCountrySettingWins() {
        f.settings.put(OfficeVocabulary.OWN_COUNTRY, "NL");
        f.vocabulary.changed();
        assertThat(f.tagging.suggest("", "Le Mali et les Pays-Bas")).extracting(TagSuggestion::name)
                .containsExactly("Mali");
    }

    @Test
    void anAcceptedPersonBecomesKnownAndIsProposedInLaterTexts() {
        Communique c = f.communique("Audience", AUDIENCE);
        TagSuggestion person = suggestion(c, TagKind.PERSON);
        TagLink link = f.tagging.accept(f.editor, c.id(), person);

        assertThat(link.confirmed()).isTrue();
        assertThat(f.tagging.tagsOf(c.id()).confirmed()).extracting(TagLink::name, TagLink::evidence)
                .containsExactly(tuple("Pieter de Vries", "S.E.M. Pieter DE VRIES"));
        assertThat(f.tagging.tagsOf(c.id()).suggested()).extracting(TagSuggestion::name)
                .doesNotContain("Pieter de Vries");
        assertThat(f.tagging.suggest("", "Pieter de Vries a visité Ségou.")).extracting(TagSuggestion::name)
                .containsExactly("Pieter de Vries");
    }

    @Test
    void aDismissedSuggestionDoesNotComeBackForThatCommuniqueOnly() {
        Communique c = f.communique("Audience", AUDIENCE);
        Communique other = f.communique("Audience bis", AUDIENCE);
        f.tagging.dismiss(f.editor, c.id(), suggestion(c, TagKind.THEME));

        assertThat(f.tagging.tagsOf(c.id()).suggested()).extracting(TagSuggestion::kind)
                .doesNotContain(TagKind.THEME);
        assertThat(f.tagging.tagsOf(other.id()).suggested()).extracting(TagSuggestion::kind)
                .contains(TagKind.THEME);
        assertThat(f.tagging.dismissed(c.id())).extracting(TagKey::toString).containsExactly("THEME:eau");
    }

    @Test
    void confirmingAllAcceptsEveryCurrentSuggestion() {
        Communique c = f.communique("Audience", AUDIENCE);
        int suggested = f.tagging.tagsOf(c.id()).suggested().size();
        List<TagLink> links = f.tagging.confirmAll(f.editor, c.id());
        assertThat(links).hasSize(suggested).allMatch(TagLink::confirmed);
        assertThat(f.tagging.tagsOf(c.id()).suggested()).isEmpty();
    }

    @Test
    void suggestionsUseTheNameATagWasRenamedTo() {
        Communique c = f.communique("Audience", AUDIENCE);
        Tag tag = f.tags.get(f.tagging.accept(f.editor, c.id(), suggestion(c, TagKind.COUNTRY)).tagId());
        f.tags.rename(f.editor, tag.id(), tag.version(), "Royaume des Pays-Bas");
        assertThat(f.tagging.suggest("", "La délégation néerlandaise")).extracting(TagSuggestion::name)
                .containsExactly("Royaume des Pays-Bas");
    }

    @Test
    void recordedSuggestionsShowUnconfirmedAndLeaveNoTagBehindWhenTheTextChanges() {
        Communique c = f.communique("Audience", "Mme Aïcha KONÉ, Directrice, a reçu la délégation.");
        f.tagging.recordSuggestions(c.id());
        assertThat(f.communiques.tags(c.id())).extracting(TagLink::name, TagLink::confirmed)
                .containsExactly(tuple("Aïcha Koné", false));
        assertThat(f.tagging.suggest("", "Aïcha Koné a déclaré")).isEmpty();
        assertThat(f.tags.usage()).isEmpty();
        f.communiques.save(f.editor, c.id(), c.version(), new CommuniqueContent("Audience",
                "Texte sans nom.", c.content().genre(), c.content().officeId(), "", null, "fr"));
        f.tagging.recordSuggestions(c.id());
        assertThat(f.communiques.tags(c.id())).isEmpty();
        assertThat(f.tags.findByName("Aïcha Koné")).isEmpty();

        Communique again = f.communique("Audience", "Mme Aïcha KONÉ a reçu la délégation.");
        f.tagging.recordSuggestions(again.id());
        f.tagging.remove(f.editor, again.id(), f.communiques.tags(again.id()).get(0).tagId());
        assertThat(f.communiques.tags(again.id())).isEmpty();
    }

    private TagSuggestion suggestion(Communique c, TagKind kind) {
        return f.tagging.tagsOf(c.id()).suggested().stream().filter(s -> s.kind() == kind).findFirst()
                .orElseThrow();
    }
}
