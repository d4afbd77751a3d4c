package org.pressdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.Genre;
import org.pressdesk.store.CommuniqueRepository;
import org.pressdesk.testing.TestOffice;

/** The embedded database's change mark moves with every commit to communiqués, and only then. */
class ChangeWatchTest {
    @TempDir
    Path tempDir;

    @Test
    void listenersHearACommitOnceAndNothingWhileNothingChanges() {
        try (TestOffice office = TestOffice.open(tempDir)) {
            CommuniqueRepository rows = new CommuniqueRepository(office.services().database());
            AtomicInteger heard = new AtomicInteger();
            ChangeWatch watch = new ChangeWatch(rows::changeMark, Duration.ofHours(1));
            Runnable stop = watch.add(heard::incrementAndGet);
            long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!watch.hasBaseline() && System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            watch.check();
            watch.check();
            assertThat(heard).as("nothing changed").hasValue(0);

            office.services().communiques().create(office.admin(), new CommuniqueContent("Audience", "Texte.",
                    Genre.PRESS_RELEASE, office.office().id(), "Bamako", LocalDate.of(2026, 2, 3), "fr"));
            watch.check();
            watch.check();

            assertThat(heard).hasValue(1);
            stop.run();
            watch.close();
        }
    }
}
