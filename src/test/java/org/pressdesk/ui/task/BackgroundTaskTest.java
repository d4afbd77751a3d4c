package org.pressdesk.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pressdesk.domain.Cancellation;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.i18n.Failures;
import org.slf4j.LoggerFactory;

class BackgroundTaskTest {
    private final List<String> heard = new ArrayList<>();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(Failures.class);

    @BeforeEach
    void listen() {
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(log);
    }

    private TaskListener<String> recorder() {
        return new TaskListener<>() {
            @Override
            public void succeeded(String result) {
                heard.add("done " + result);
            }

            @Override
            public void failed(Throwable failure) {
                heard.add("failed " + failure.getMessage());
            }

            @Override
            public void progressed(long done, long total) {
                heard.add(done + "/" + total);
            }

            @Override
            public void cancelled() {
                heard.add("cancelled");
            }
        };
    }

    @Test
    void progressArrivesBeforeTheResult() {
        TaskRunner.sameThread().submit((progress, cancellation) -> {
            progress.update(1, 2);
            progress.update(2, 2);
            return "ok";
        }, recorder());

        assertThat(heard).containsExactly("1/2", "2/2", "done ok");
        assertThat(log.list).isEmpty();
    }

    @Test
    void anUnexpectedFailureIsLoggedOnceAtWarnAndReachesTheListener() {
        TaskRunner.sameThread().submit((progress, cancellation) -> {
            throw new IllegalStateException("disk gone");
        }, recorder());

        assertThat(heard).containsExactly("failed disk gone");
        assertThat(log.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getThrowableProxy().getMessage()).isEqualTo("disk gone");
        });
    }

    @Test
    void anExpectedFailureIsNotAWarning() {
        TaskRunner.sameThread().submit((progress, cancellation) -> {
            throw new PressDeskException("communique.titleRequired");
        }, recorder());

        assertThat(heard).singleElement().asString().startsWith("failed communique.titleRequired");
        assertThat(log.list).noneMatch(event -> event.getLevel().isGreaterOrEqual(Level.WARN));
    }

    @Test
    void workThatStopsOnItsCancelIsReportedAsCancelledNotFailed() {
        HeldTaskRunner held = new HeldTaskRunner();
        Cancellation token = held.submit((progress, cancellation) -> {
            if (cancellation.isCancelled()) {
                throw new PressDeskException("archive.import.cancelled");
            }
            return "finished";
        }, recorder());
        token.cancel();
        held.runAll();

        assertThat(heard).containsExactly("cancelled");
        assertThat(log.list).isEmpty();
    }

    @Test
    void workThatFinishesDespiteACancelKeepsItsResult() {
        HeldTaskRunner held = new HeldTaskRunner();
        held.submit((progress, cancellation) -> "written", recorder()).cancel();
        held.runAll();

        assertThat(heard).containsExactly("done written");
    }

    @Test
    void theShortFormReportsSuccessAndFailure() {
        TaskRunner runner = TaskRunner.sameThread();
        runner.run(() -> "loaded", result -> heard.add(result), failure -> heard.add("no"));
        runner.run(() -> {
            throw new java.io.IOException("unreadable");
        }, result -> heard.add("yes"), failure -> heard.add(failure.getMessage()));

        assertThat(heard).containsExactly("loaded", "unreadable");
    }
}
