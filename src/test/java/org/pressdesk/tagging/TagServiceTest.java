package org.pressdesk.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pressdesk.domain.AuditKind;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.CommuniqueSummary;
import org.pressdesk.domain.ListQuery;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.Tag;
import org.pressdesk.domain.TagKind;
import org.pressdesk.domain.TagLink;
import org.pressdesk.domain.TagUsage;

/** The office's tags on a real H2 database: identity, rename, merge, delete, bad input, and the list filter. */
class TagServiceTest {
    private final TaggingFixture f = TaggingFixture.shared();

    @AfterEach
    void clear() {
        f.clearTags();
    }

    @Test
    void namesThatDifferOnlyByCaseOrAccentsAreOneTag() {
        Tag first = f.tags.create(f.editor, "Côte d’Ivoire", TagKind.COUNTRY);
        Tag second = f.tags.create(f.editor, "COTE D'IVOIRE", TagKind.COUNTRY);
        Tag place = f.tags.create(f.editor, "côte d’ivoire", TagKind.PLACE);
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.label()).isEqualTo("Côte d’Ivoire");
        assertThat(place.id()).isNotEqualTo(first.id());
    }

    @Test
    void aRenamedTagKeepsItsCommuniquesAndAnswersToItsFormerName() {
        Communique c = f.communique("Audience", "Texte.");
        TagLink link = f.tagging.add(f.editor, c.id(), "Pays-Bas", TagKind.COUNTRY);
        Tag tag = f.tags.get(link.tagId());

        Tag renamed = f.tags.rename(f.editor, tag.id(), tag.version(), "Royaume des Pays-Bas");

        assertThat(renamed.label()).isEqualTo("Royaume des Pays-Bas");
        assertThat(f.tagging.tagsOf(c.id()).confirmed()).extracting(TagLink::name)
                .containsExactly("Royaume des Pays-Bas");
        assertThat(f.tags.find("pays-bas", TagKind.COUNTRY)).contains(renamed);
        assertThat(f.auditRows.latest(1)).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(AuditKind.TAG_CHANGED);
            assertThat(e.detail()).contains("rename");
        });
    }

    @Test
    void renamingOntoAnotherTagsNameOrFromAStaleViewIsRefusedAndChangesNothing() {
        Tag chine = f.tags.create(f.editor, "Chine", TagKind.COUNTRY);
        Tag inde = f.tags.create(f.editor, "Inde", TagKind.COUNTRY);
        assertThatThrownBy(() -> f.tags.rename(f.editor, inde.id(), inde.version(), "CHINE"))
                .isInstanceOf(PressDeskException.class).hasMessageStartingWith("tag.exists");
        f.tags.rename(f.editor, inde.id(), inde.version(), "République de l’Inde");
        assertThatThrownBy(() -> f.tags.rename(f.editor, inde.id(), inde.version(), "Bharat"))
                .isInstanceOf(PressDeskException.class).hasMessageStartingWith("tag.changedMeanwhile");
        assertThat(f.tags.get(inde.id()).label()).isEqualTo("République de l’Inde");
        assertThat(f.tags.get(chine.id()).label()).isEqualTo("Chine");
    }

    @Test
    void mergingMovesEveryLinkOnceAndKeepsTheSourceNameAsAlias() {
        Communique both = f.communique("Visite", "Texte.");
        Communique onlySource = f.communique("Note", "Texte.");
        Tag source = tag(both, "Hollande");
        f.tagging.add(f.editor, onlySource.id(), "Hollande", TagKind.COUNTRY);
        Tag target = tag(both, "Pays-Bas");

        Tag merged = f.tags.merge(f.editor, source.id(), target.id());

        assertThat(f.tags.find(source.id())).isEmpty();
        assertThat(f.tagging.tagsOf(both.id()).confirmed()).extracting(TagLink::name).containsExactly("Pays-Bas");
        assertThat(f.tagging.tagsOf(onlySource.id()).confirmed()).extracting(TagLink::name)
                .containsExactly("Pays-Bas");
        assertThat(usage(merged).communiques()).isEqualTo(2);
        assertThat(usage(merged).aliases()).containsExactly("Hollande");
        assertThat(f.tags.find("HOLLANDE", TagKind.COUNTRY)).map(Tag::id).contains(target.id());
    }

    @Test
    void aTagCannotBeMergedIntoItselfNorIntoAnotherKind() {
        Communique c = f.communique("Visite", "Texte.");
        Tag tag = tag(c, "Chine");
        Tag theme = f.tags.create(f.editor, "Chine", TagKind.THEME);
        assertThatThrownBy(() -> f.tags.merge(f.editor, tag.id(), tag.id()))
                .isInstanceOf(PressDeskException.class).hasMessage("tag.mergeIntoItself []");
        assertThatThrownBy(() -> f.tags.merge(f.editor, tag.id(), theme.id()))
                .isInstanceOf(PressDeskException.class).hasMessageStartingWith("tag.mergeOtherKind");
        assertThat(usage(tag).communiques()).isEqualTo(1);
        assertThat(f.tags.usage()).hasSize(2);
    }

    @Test
    void deletingATagTakesItOffEveryCommunique() {
        Communique c = f.communique("Visite", "Texte.");
        Tag tag = tag(c, "Chine");
        f.tags.delete(f.editor, tag.id());
        assertThat(f.tagging.tagsOf(c.id()).confirmed()).isEmpty();
        assertThat(f.tags.usage()).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                  | tag.nameEmpty
            '   '               | tag.nameEmpty
            LONG                | tag.nameTooLong
            'Chine\u0007'       | tag.nameControl
            'deux\nlignes'      | tag.nameControl
            'tab\tulation'      | tag.nameControl
            """)
    void badNamesAreRefusedWithAClearMessageAndNothingChanges(String name, String key) {
        String typed = name.equals("LONG") ? "x".repeat(200) : name.translateEscapes();
        Communique c = f.communique("Visite", "Texte.");
        Tag existing = tag(c, "Chine");
        assertThatThrownBy(() -> f.tags.create(f.editor, typed, TagKind.THEME)).isInstanceOf(PressDeskException.class)
                .satisfies(e -> assertThat(((PressDeskException) e).messageKey()).isEqualTo(key));
        assertThatThrownBy(() -> f.tags.rename(f.editor, existing.id(), existing.version(), typed))
                .isInstanceOf(PressDeskException.class);
        assertThatThrownBy(() -> f.tagging.add(f.editor, c.id(), typed, TagKind.PERSON))
                .isInstanceOf(PressDeskException.class);
        assertThat(f.tags.usage()).extracting(u -> u.tag().label()).containsExactly("Chine");
    }

    @Test
    void theListKeepsTheCommuniquesThatCarryEveryChosenTag() {
        Communique chinaHealth = f.communique("Santé et Chine", "Texte.");
        Communique china = f.communique("Chine", "Texte.");
        Communique suggestedOnly = f.communique("Pékin", "La partie chinoise a salué la rencontre.");
        Tag chine = tag(chinaHealth, "Chine");
        f.tagging.add(f.editor, china.id(), "Chine", TagKind.COUNTRY);
        Tag sante = f.tags.create(f.editor, "santé", TagKind.THEME);
        f.tagging.add(f.editor, chinaHealth.id(), "Santé", TagKind.THEME);
        f.tagging.recordSuggestions(suggestedOnly.id());

        assertThat(titles(Set.of(chine.id()))).containsExactlyInAnyOrder("Santé et Chine", "Chine");
        assertThat(titles(Set.of(chine.id(), sante.id()))).containsExactly("Santé et Chine");
        assertThat(f.communiques.count(new ListQuery("", 0, 100, Set.of(chine.id())))).isEqualTo(2);
        assertThat(f.communiques.count(new ListQuery("sante", 0, 100, Set.of(chine.id())))).isEqualTo(1);
    }

    private List<String> titles(Set<Long> tagIds) {
        return f.communiques.list(new ListQuery("", 0, 100, tagIds)).stream().map(CommuniqueSummary::title).toList();
    }

    private Tag tag(Communique communique, String country) {
        return f.tags.get(f.tagging.add(f.editor, communique.id(), country, TagKind.COUNTRY).tagId());
    }

    private TagUsage usage(Tag tag) {
        return f.tags.usage().stream().filter(u -> u.tag().id() == tag.id()).findFirst().orElseThrow();
    }
}
