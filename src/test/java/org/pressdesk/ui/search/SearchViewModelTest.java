package org.pressdesk.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.archive.ArchiveFixture;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.Genre;
import org.pressdesk.domain.Status;
import org.pressdesk.i18n.Messages;
import org.pressdesk.search.SearchHit;
import org.pressdesk.ui.task.ManualScheduler;
import org.pressdesk.ui.task.TaskRunner;

/** Search as you type, without a toolkit: a pause after typing searches, filters narrow, an empty box clears. */
class SearchViewModelTest {
    @TempDir
    static Path directory;
    private static ArchiveFixture fixture;

    @BeforeAll
    static void fill() {
        fixture = new ArchiveFixture(directory.resolve("data"));
        fixture.services.communiques().create(fixture.admin, new CommuniqueContent("Cérémonie des vœux",
                "Les Ambassadeurs ont présenté leurs vœux au Président.", Genre.PRESS_RELEASE,
                fixture.ministry.id(), "Bamako", LocalDate.of(2026, 1, 8), "fr"));
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void searchesAfterAPauseInTypingAndFollowsFilters() {
        ManualScheduler scheduler = new ManualScheduler();
        SearchViewModel model = new SearchViewModel(fixture.services.search(), fixture.services.offices(),
                TaskRunner.sameThread(), scheduler, Messages.forLocale(Locale.FRENCH));
        model.start();
        assertThat(model.officeCodes()).contains("BIP/MAECI", "PRIMATURE");
        model.text().set("ceremonie ambas");
        assertThat(model.hits()).isEmpty();
        scheduler.advance(SearchViewModel.DELAY);
        assertThat(model.hits()).extracting(SearchHit::title).containsExactly("Cérémonie des vœux");
        assertThat(model.summary().get()).isEqualTo("1 résultat(s) affiché(s) sur 1");
        model.status().set(Status.ARCHIVED);
        scheduler.advance(SearchViewModel.DELAY);
        assertThat(model.hits()).isEmpty();
        model.status().set(null);
        model.text().set("");
        scheduler.advance(SearchViewModel.DELAY);
        assertThat(model.hits()).isEmpty();
        assertThat(model.summary().get()).isEmpty();
    }

    @Test
    void aSearchOfTooManyWordsSaysItWasShortened() {
        ManualScheduler scheduler = new ManualScheduler();
        SearchViewModel model = new SearchViewModel(fixture.services.search(), fixture.services.offices(),
                TaskRunner.sameThread(), scheduler, Messages.forLocale(Locale.FRENCH));
        model.start();
        model.text().set("ceremonie " + "voeux ".repeat(150));
        scheduler.advance(SearchViewModel.DELAY);
        assertThat(model.summary().get()).contains("raccourcie à ses 100 premiers mots").contains("les 51 suivants");
    }
}
