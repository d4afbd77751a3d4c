package org.pressdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/** The log's line is the one logback's pattern gave before, for every level, long names and failures. */
class LogLineTest {
    private static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{36} - %msg%n";

    private final LoggerContext context = new LoggerContext();
    private final PatternLayout pattern = new PatternLayout();
    private final LogLine line = new LogLine();

    LogLineTest() {
        pattern.setContext(context);
        pattern.setPattern(PATTERN);
        pattern.start();
        line.setContext(context);
        line.start();
    }

    @Test
    void everyLevelLongLoggerNamesAndArgumentsAsThePatternWroteThem() {
        for (Level level : new Level[] {Level.TRACE, Level.DEBUG, Level.INFO, Level.WARN, Level.ERROR}) {
            for (String name : new String[] {"org.pressdesk.cli.CommandLineApp", "ROOT", "a",
                "org.pressdesk.ui.editor.preview.PreviewWarmingUpAndRenderingService"}) {
                LoggingEvent event = event(name, level, "Communiqué {} refusé : « {} »", null, 12, "BIP/MAECI");
                assertThat(line.doLayout(event)).isEqualTo(pattern.doLayout(event));
            }
        }
    }

    @Test
    void aFailureIsFollowedByItsStackTraceAndCausesAsThePatternWroteThem() {
        Exception failure = new IllegalStateException("écriture refusée",
                new UncheckedIOException(new IOException("disque plein")));
        LoggingEvent event = event("org.pressdesk.store.Database", Level.ERROR, "Cannot write", failure);

        String written = line.doLayout(event);

        assertThat(written).isEqualTo(pattern.doLayout(event));
        assertThat(written).contains("java.lang.IllegalStateException: écriture refusée",
                "Caused by: java.io.UncheckedIOException", "Caused by: java.io.IOException: disque plein", "\tat ");
    }

    private LoggingEvent event(String loggerName, Level level, String message, Throwable failure,
            Object... arguments) {
        Logger logger = context.getLogger(loggerName);
        LoggingEvent event = new LoggingEvent(Logger.class.getName(), logger, level, message, failure, arguments);
        event.setThreadName("pressdesk-early-opening");
        return event;
    }
}
