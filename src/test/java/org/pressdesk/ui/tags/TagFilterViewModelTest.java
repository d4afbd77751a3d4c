package org.pressdesk.ui.tags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pressdesk.domain.Tag;
import org.pressdesk.domain.TagKind;
import org.pressdesk.domain.TagSuggestion;
import org.pressdesk.i18n.Messages;
import org.pressdesk.tagging.TaggingFixture;
import org.pressdesk.ui.task.TaskRunner;

/** The list's tag filter without a toolkit: a typed or completed name is looked up, added once, taken off. */
class TagFilterViewModelTest {
    private final TaggingFixture f = TaggingFixture.shared();
    /** Stands for the list's own filter, which the view model fills. */
    private final ObservableList<Tag> listFilter = FXCollections.observableArrayList();
    private final Messages messages = Messages.forLocale(Locale.FRENCH);
    private final TagFilterViewModel model = new TagFilterViewModel(f.tags, f.tagging, messages,
            TaskRunner.sameThread(), listFilter);

    @AfterEach
    void clear() {
        f.clearTags();
    }

    @Test
    void aTypedNameAddsItsTagToTheListsFilterAndEmptiesTheField() {
        Tag fishing = f.tags.create(f.editor, "Pêche", TagKind.THEME);
        model.entry().set("Pêche");

        model.addEntry();

        assertThat(listFilter).extracting(Tag::id).containsExactly(fishing.id());
        assertThat(model.chosen()).extracting(Tag::label).containsExactly("Pêche");
        assertThat(model.entry().get()).isEmpty();
        assertThat(model.message().get()).isEmpty();
    }

    @Test
    void anUnknownNameIsSaidAndStaysInTheField() {
        model.entry().set("Inconnue");

        model.addEntry();

        assertThat(listFilter).isEmpty();
        assertThat(model.message().get()).isEqualTo(messages.get("tags.filter.unknown", "Inconnue"));
        assertThat(model.entry().get()).isEqualTo("Inconnue");
    }

    @Test
    void aCompletionChosenIsAddedOnceAndCanBeTakenOffAgain() {
        Tag mali = f.tags.create(f.editor, "Mali", TagKind.COUNTRY);

        model.addChoice(new TagSuggestion("Mali", TagKind.COUNTRY, null));
        model.add(mali);
        assertThat(listFilter).extracting(Tag::id).containsExactly(mali.id());

        model.remove(mali);
        assertThat(listFilter).isEmpty();
    }

    @Test
    void theChosenTagsChangeOnlyThroughTheCommands() {
        Tag mali = f.tags.create(f.editor, "Mali", TagKind.COUNTRY);

        assertThatThrownBy(() -> model.chosen().add(mali)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(listFilter).isEmpty();
    }

    @Test
    void completionsComeFromTheOfficesTags() {
        f.tags.create(f.editor, "Coopération sanitaire", TagKind.THEME);

        assertThat(model.completions("coop")).extracting(TagSuggestion::name).contains("Coopération sanitaire");
    }
}
