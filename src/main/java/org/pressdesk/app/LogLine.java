package org.pressdesk.app;

import ch.qos.logback.classic.pattern.Abbreviator;
import ch.qos.logback.classic.pattern.TargetLengthBasedClassNameAbbreviator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * One line of the log per event, as logback's pattern {@code %d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread]
 * %logger{36} - %msg%n} wrote it, the stack trace of a failure after it. Written out here because logback's pattern
 * layout, for any pattern, first fills a table of seventy converters, each a class made at run time, and parses the
 * pattern: a tenth of a second of a cold command's start, on the core that parses the command line (issue 14).
 */
final class LogLine extends LayoutBase<ILoggingEvent> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
    private static final String[] LEVELS = {"TRACE", "DEBUG", "INFO ", "WARN ", "ERROR"};
    private final Abbreviator loggerName = new TargetLengthBasedClassNameAbbreviator(36);
    private final ZoneId zone = ZoneId.systemDefault();

    @Override
    public String doLayout(ILoggingEvent event) {
        StringBuilder line = new StringBuilder(160);
        TIME.formatTo(event.getInstant().atZone(zone), line);
        line.append(' ').append(level(event)).append(" [").append(event.getThreadName()).append("] ")
                .append(loggerName.abbreviate(event.getLoggerName())).append(" - ").append(event.getFormattedMessage())
                .append(CoreConstants.LINE_SEPARATOR);
        IThrowableProxy thrown = event.getThrowableProxy();
        if (thrown != null) {
            line.append(ThrowableProxyUtil.asString(thrown));
        }
        return line.toString();
    }

    /** The level's name, padded to five characters as {@code %-5level} does. */
    private static String level(ILoggingEvent event) {
        return switch (event.getLevel().toInt()) {
            case ch.qos.logback.classic.Level.TRACE_INT -> LEVELS[0];
            case ch.qos.logback.classic.Level.DEBUG_INT -> LEVELS[1];
            case ch.qos.logback.classic.Level.INFO_INT -> LEVELS[2];
            case ch.qos.logback.classic.Level.WARN_INT -> LEVELS[3];
            case ch.qos.logback.classic.Level.ERROR_INT -> LEVELS[4];
            default -> String.format("%-5s", event.getLevel());
        };
    }
}
