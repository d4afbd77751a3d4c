package org.pressdesk.ui.tags;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pressdesk.domain.TagKind;
import org.pressdesk.domain.TagUsage;
import org.pressdesk.i18n.Messages;
import org.pressdesk.tagging.TaggingFixture;
import org.pressdesk.ui.task.TaskRunner;

/** The tag manager without a toolkit, over the real tag service: the counts, rename, merge, delete, refusals. */
class TagManagerViewModelTest {
    private final TaggingFixture f = TaggingFixture.shared();
    private final Messages messages = Messages.forLocale(Locale.FRENCH);
    private final TagManagerViewModel model = new TagManagerViewModel(f.tags, f.editor, messages,
            TaskRunner.sameThread());

    @AfterEach
    void clear() {
        f.clearTags();
    }

    @Test
    void reloadListsTheOfficeTagsWithHowManyCommuniquesCarryEach() {
        long id = f.communique("Pêche", "Campagne de pêche artisanale.").id();
        f.tagging.add(f.editor, id, "Pêche", TagKind.THEME);
        f.tags.create(f.editor, "Sénégal", TagKind.COUNTRY);

        model.reload();

        assertThat(model.rows()).extracting(row -> row.tag().label(), TagUsage::communiques)
                .contains(org.assertj.core.groups.Tuple.tuple("Pêche", 1),
                        org.assertj.core.groups.Tuple.tuple("Sénégal", 0));
        assertThat(model.busy().get()).isFalse();
    }

    @Test
    void aRenameSaysWhatChangedAndShowsTheNewName() {
        f.tags.create(f.editor, "Peche", TagKind.THEME);
        model.reload();

        model.rename(row("Peche"), "Pêche artisanale");

        assertThat(model.message().get()).isEqualTo(messages.get("tags.manager.renamed", "Peche",
                "Pêche artisanale"));
        assertThat(model.rows()).extracting(row -> row.tag().label()).contains("Pêche artisanale")
                .doesNotContain("Peche");
    }

    @Test
    void aTagMergesOnlyIntoAnotherOfItsKind() {
        f.tags.create(f.editor, "Eau", TagKind.THEME);
        f.tags.create(f.editor, "Eau potable", TagKind.THEME);
        f.tags.create(f.editor, "Mali", TagKind.COUNTRY);
        model.reload();

        assertThat(model.mergeTargets(row("Eau"))).extracting(r -> r.tag().label()).containsExactly("Eau potable");
        model.merge(row("Eau"), row("Eau potable"));

        assertThat(model.message().get()).isEqualTo(messages.get("tags.manager.merged", "Eau", "Eau potable"));
        assertThat(model.rows()).extracting(r -> r.tag().label()).doesNotContain("Eau");
        model.reportNothingToMergeInto(row("Mali"));
        assertThat(model.message().get()).isEqualTo(messages.get("tags.manager.nothingToMergeInto", "Mali"));
    }

    @Test
    void aDeleteSaysFromHowManyCommuniquesTheTagWent() {
        long id = f.communique("Santé", "Campagne de vaccination.").id();
        f.tagging.add(f.editor, id, "Vaccination", TagKind.THEME);
        model.reload();

        model.delete(row("Vaccination"));

        assertThat(model.message().get()).isEqualTo(messages.get("tags.manager.deleted", "Vaccination", 1));
        assertThat(model.rows()).extracting(r -> r.tag().label()).doesNotContain("Vaccination");
    }

    @Test
    void aRefusedRenameIsSaidInTheUsersWordsAndNothingChanges() {
        f.tags.create(f.editor, "Agriculture", TagKind.THEME);
        f.tags.create(f.editor, "Élevage", TagKind.THEME);
        model.reload();

        model.rename(row("Élevage"), "Agriculture");

        assertThat(model.message().get()).isEqualTo(messages.get("tag.exists", "Agriculture"));
        assertThat(model.busy().get()).isFalse();
        assertThat(model.rows()).extracting(r -> r.tag().label()).contains("Agriculture", "Élevage");
    }

    private TagUsage row(String label) {
        return model.rows().stream().filter(r -> r.tag().label().equals(label)).findFirst().orElseThrow();
    }
}
