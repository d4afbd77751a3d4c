package org.pressdesk.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * PressDesk's log, configured in code (found by logback through META-INF/services) when logging starts: a rolling
 * file in the folder {@link LogSetup} chose, made the owner's only first, kept 14 days and at most 50 MB, a line per
 * event ({@link LogLine}); nothing on the terminal, which shows only what the user needs. Built in code rather than
 * from an XML file because parsing the XML cost every command about a sixth of its start (issue 14). A
 * {@code logback-test.xml} on the class path or {@code -Dlogback.configurationFile} takes precedence, as logback's own
 * files would.
 */
public final class LogConfiguration extends ContextAwareBase implements Configurator {
    /** Libraries that say too much at INFO; a damaged Word file is refused with its own message. */
    static final Map<String, Level> QUIETER = Map.of(
            "org.flywaydb", Level.WARN,
            "org.jooq", Level.WARN,
            "org.apache.pdfbox", Level.ERROR,
            "org.apache.fontbox", Level.ERROR,
            "org.apache.poi.util.XMLHelper", Level.OFF);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || LogConfiguration.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        String folder = System.getProperty(LogSetup.PROPERTY,
                System.getProperty("java.io.tmpdir") + "/pressdesk-logs");
        LogSetup.prepareOwnerOnly(Path.of(folder));
        install(context, folder);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** The rolling file in {@code folder} as the root's only appender, and the quieter libraries. */
    static void install(LoggerContext context, String folder) {
        LogLine layout = new LogLine();
        layout.setContext(context);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();

        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(folder + "/pressdesk.log");
        file.setEncoder(encoder);

        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(folder + "/pressdesk.%d{yyyy-MM-dd}.%i.log.gz");
        rolling.setMaxFileSize(FileSize.valueOf("5MB"));
        rolling.setMaxHistory(14);
        rolling.setTotalSizeCap(FileSize.valueOf("50MB"));
        rolling.start();
        file.setRollingPolicy(rolling);
        file.start();

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file);
        QUIETER.forEach((name, level) -> context.getLogger(name).setLevel(level));
    }
}
