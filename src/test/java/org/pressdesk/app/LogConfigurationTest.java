package org.pressdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogConfigurationTest {
    @TempDir
    Path folder;

    @Test
    void theProgramsLogIsARollingFileWithTheLibrariesQuieter() throws IOException {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter()); // what logback's SLF4J provider gives its own context
        LogConfiguration.install(context, folder.toString());
        context.getLogger("org.pressdesk.cli.CommandLineApp").info("Command refused: {}", "communique.notFound");
        context.getLogger("org.flywaydb.core.FlywayExecutor").info("Migrating schema");
        context.getLogger("org.apache.pdfbox.pdmodel.font.FileSystemFontProvider").warn("font cache");
        assertThat(context.getLogger("org.apache.poi.util.XMLHelper").getLevel()).isEqualTo(Level.OFF);
        context.stop();

        String log = Files.readString(folder.resolve("pressdesk.log"), StandardCharsets.UTF_8);
        assertThat(log).matches("(?s)\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\S+ INFO  \\[[^]]+\\] "
                + "org\\.pressdesk\\.cli\\.CommandLineApp - Command refused: communique\\.notFound\\R");
    }

    @Test
    void aTestConfigurationOnTheClassPathTakesPrecedence() {
        // logback-test.xml is on the test class path, as a developer's own file would be.
        LoggerContext context = new LoggerContext();
        LogConfiguration configuration = new LogConfiguration();
        configuration.setContext(context);
        assertThat(configuration.configure(context)).isEqualTo(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertThat(context.getLogger("ROOT").iteratorForAppenders().hasNext()).isFalse();
    }
}
