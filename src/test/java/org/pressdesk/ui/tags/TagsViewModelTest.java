package org.pressdesk.ui.tags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.TagKey;
import org.pressdesk.domain.TagKind;
import org.pressdesk.domain.TagLink;
import org.pressdesk.domain.TagSuggestion;
import org.pressdesk.i18n.Messages;
import org.pressdesk.tagging.TaggingFixture;
import org.pressdesk.ui.task.ManualScheduler;
import org.pressdesk.ui.task.TaskRunner;

/** The editor's tags without a toolkit: suggestions after a pause in typing, accept, dismiss, the first save. */
class TagsViewModelTest {
    private static final String BODY = "Le Ministre a reçu S.E.M. Pieter DE VRIES, Ambassadeur du Royaume des "
            + "Pays-Bas. Les échanges ont porté sur l’irrigation et l’eau potable.";

    private final TaggingFixture f = TaggingFixture.shared();
    private final ManualScheduler scheduler = new ManualScheduler();
    private final SimpleStringProperty title = new SimpleStringProperty("");
    private final SimpleStringProperty body = new SimpleStringProperty("");
    private final SimpleObjectProperty<Communique> stored = new SimpleObjectProperty<>();
    private final TagsViewModel model = new TagsViewModel(f.tagging, f.editor, Messages.forLocale(Locale.FRENCH),
            TaskRunner.sameThread(), TaskRunner.sameThread(), scheduler, title, body, stored);

    @AfterEach
    void clear() {
        f.clearTags();
    }

    @Test
    void suggestionsFollowTheTextAMomentAfterTypingPauses() {
        body.set(BODY);
        assertThat(model.suggestions()).isEmpty();
        scheduler.advance(TagsViewModel.SUGGEST_DELAY);
        assertThat(model.suggestions()).extracting(TagSuggestion::name).contains("Pays-Bas", "Pieter de Vries", "eau");
    }

    @Test
    void onANewDraftChoicesWaitForTheFirstSaveThenAreWritten() {
        body.set(BODY);
        scheduler.advance(Duration.ofSeconds(2));
        model.accept(suggestion("Pays-Bas"));
        model.dismiss(suggestion("eau"));
        assertThat(model.confirmed()).extracting(TagLink::name).containsExactly("Pays-Bas");

        Communique saved = f.communique("Audience", BODY);
        stored.set(saved);

        assertThat(f.tagging.tagsOf(saved.id()).confirmed()).extracting(TagLink::name).containsExactly("Pays-Bas");
        assertThat(f.tagging.dismissed(saved.id())).extracting(TagKey::toString).containsExactly("THEME:eau");
        assertThat(model.confirmed()).singleElement().satisfies(link -> assertThat(link.tagId()).isPositive());
        assertThat(model.suggestions()).extracting(TagSuggestion::name).doesNotContain("Pays-Bas", "eau");
    }

    @Test
    void onAStoredCommuniqueChoicesAreWrittenAtOnceAndADismissalHolds() {
        Communique saved = f.communique("Audience", BODY);
        stored.set(saved);
        title.set(saved.title());
        body.set(BODY);
        scheduler.advance(Duration.ofSeconds(2));
        model.accept(suggestion("Pieter de Vries"));
        model.dismiss(suggestion("Pays-Bas"));
        assertThat(f.tagging.tagsOf(saved.id()).confirmed()).extracting(TagLink::name)
                .containsExactly("Pieter de Vries");

        body.set(BODY + " Les Pays-Bas remercient le Mali.");
        scheduler.advance(Duration.ofSeconds(2));
        assertThat(model.suggestions()).extracting(TagSuggestion::name).doesNotContain("Pays-Bas", "Pieter de Vries");

        model.remove(model.confirmed().get(0));
        assertThat(f.tagging.tagsOf(saved.id()).confirmed()).isEmpty();
        assertThat(model.suggestions()).extracting(TagSuggestion::name).contains("Pieter de Vries");
    }

    @Test
    void aTypedTagIsAddedWithItsKindAndABadNameSaysWhy() {
        Communique saved = f.communique("Audience", BODY);
        stored.set(saved);
        model.entry().set("Coopération décentralisée");
        model.entryKind().set(TagKind.THEME);
        model.addEntry();
        assertThat(f.tagging.tagsOf(saved.id()).confirmed()).extracting(TagLink::name, TagLink::kind)
                .containsExactly(tuple("Coopération décentralisée", TagKind.THEME));
        assertThat(model.entry().get()).isEmpty();

        model.entry().set("  ");
        model.addEntry();
        assertThat(model.message().get()).contains("vide");
        assertThat(model.completions("pays-")).extracting(TagSuggestion::name).contains("Pays-Bas");
    }

    private TagSuggestion suggestion(String name) {
        return model.suggestions().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }
}
