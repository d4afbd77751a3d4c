package org.pressdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.account.PasswordHasher;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.Genre;
import org.pressdesk.search.SearchQuery;
import org.pressdesk.testing.TestOffice;

/**
 * On the embedded database, one poll of the change sequence tells a program what another program on the same data
 * folder committed: its screens (within two seconds) and its search index alike, and never its own commits.
 */
class OthersChangeTest {
    @TempDir
    Path tempDir;

    @Test
    void anotherProgramsSaveReachesTheScreensAndTheIndexAndOwnSavesDoNot() throws Exception {
        try (TestOffice office = TestOffice.open(tempDir)) {
            AppServices window = office.services();
            window.search().check((done, total) -> { });
            AtomicInteger heard = new AtomicInteger();
            CountDownLatch first = new CountDownLatch(1);
            Runnable stop = window.whenOthersChange(() -> {
                heard.incrementAndGet();
                first.countDown();
            });
            window.communiques().create(office.admin(), content(office, "Audience du ministre"));
            try (AppServices other = AppServices.open(office.services().dataDirectory(),
                    new AppServices.Settings(Clock.systemUTC(), new PasswordHasher(1_000), d -> { }))) {
                other.communiques().create(office.admin(), content(office, "Cérémonie de passation"));
                assertThat(first.await(2, TimeUnit.SECONDS)).as("the other program's save is heard").isTrue();
            }
            window.search().awaitIndexed();
            assertThat(window.search().search(SearchQuery.of("passation")).total()).isEqualTo(1);
            Thread.sleep(1_500); // another poll: nothing more to hear
            assertThat(heard).as("one save from elsewhere, none of the window's own").hasValue(1);
            stop.run();
        }
    }

    private static CommuniqueContent content(TestOffice office, String title) {
        return new CommuniqueContent(title, "Texte.", Genre.PRESS_RELEASE, office.office().id(), "Bamako",
                LocalDate.of(2026, 2, 3), "fr");
    }
}
