package org.pressdesk.ui.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pressdesk.domain.CommuniqueSummary;
import org.pressdesk.domain.Tag;
import org.pressdesk.domain.TagKind;
import org.pressdesk.i18n.Messages;
import org.pressdesk.tagging.TaggingFixture;
import org.pressdesk.ui.task.ManualScheduler;
import org.pressdesk.ui.task.TaskRunner;

/** The list without a toolkit, over a real database: the filter after a pause, the total, the tag filter. */
class CommuniqueListViewModelTest {
    private final TaggingFixture f = TaggingFixture.shared();
    private final ManualScheduler scheduler = new ManualScheduler();
    private final CommuniqueListViewModel model = new CommuniqueListViewModel(f.communiques,
            TaskRunner.sameThread(), scheduler, Messages.forLocale(Locale.FRENCH));
    /** A word only this test's communiqués carry: other tests share the database. */
    private final String word = "Mot" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @AfterEach
    void clear() {
        f.clearTags();
    }

    @Test
    void theFilterNarrowsTheListOnceTypingPauses() {
        f.communique("Audience " + word, "Le Ministre a reçu l’Ambassadeur.");
        f.communique("Visite " + word, "Visite du chantier du barrage.");
        f.communique("Conseil des ministres", "Communiqué du Conseil.");
        model.reload();
        int everything = model.total().get();

        model.filter().set(word);
        assertThat(model.total().get()).as("nothing reloads while typing goes on").isEqualTo(everything);
        scheduler.advance(CommuniqueListViewModel.FILTER_DELAY);

        assertThat(model.items()).extracting(CommuniqueSummary::title)
                .containsExactlyInAnyOrder("Audience " + word, "Visite " + word);
        assertThat(model.total().get()).isEqualTo(2);
        assertThat(model.summary().get()).isEqualTo("2 communiqué(s)");
        assertThat(model.loading().get()).isFalse();
    }

    @Test
    void choosingATagReloadsTheListWithTheCommuniquesThatCarryIt() {
        long tagged = f.communique("Pêche " + word, "Campagne de pêche.").id();
        f.communique("Élevage " + word, "Campagne de vaccination du bétail.");
        f.tagging.add(f.editor, tagged, "Pêche", TagKind.THEME);
        Tag fishing = f.tags.find("Pêche", TagKind.THEME).orElseThrow();
        model.filter().set(word);
        scheduler.advance(CommuniqueListViewModel.FILTER_DELAY);
        assertThat(model.total().get()).isEqualTo(2);

        model.tagFilter().add(fishing);

        assertThat(model.items()).extracting(CommuniqueSummary::id).containsExactly(tagged);
        assertThat(model.total().get()).isEqualTo(1);
    }

    @Test
    void anEmptyResultSaysSo() {
        model.filter().set(word);
        model.reload();

        assertThat(model.items()).isEmpty();
        assertThat(model.summary().get()).isEqualTo("0 communiqué(s)");
    }
}
