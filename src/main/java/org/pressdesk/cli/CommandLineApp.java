package org.pressdesk.cli;

import java.util.ResourceBundle;
import org.pressdesk.app.AppServices;
import org.pressdesk.app.GuiLauncher;
import org.pressdesk.app.LogSetup;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.i18n.Failures;
import org.pressdesk.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * The command line front end: {@code java -jar pressdesk.jar [--data DIR] COMMAND}. Failures reach the user as one
 * sentence in their language on the error stream and a non-zero exit code; details go to the log.
 */
public final class CommandLineApp {
    public static final int FAILED = 1;
    /** Made on first use: logging starts in {@link #run}, once the database has begun to open. */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(CommandLineApp.class);
    }

    private final Terminal terminal;
    private final Messages messages;
    private final AppServices.Settings settings;
    private final GuiLauncher gui;

    public CommandLineApp(Terminal terminal, Messages messages, AppServices.Settings settings, GuiLauncher gui) {
        this.terminal = terminal;
        this.messages = messages;
        this.settings = settings;
        this.gui = gui;
    }

    public int run(String... args) {
        EarlyOpening early = EarlyOpening.begin(args, settings, terminal.env(CliContext.PASSWORD_VARIABLE))
                .orElse(null);
        LogSetup.start(); // on this core, while the other opens the database
        try (CliContext context = new CliContext(terminal, messages, settings, gui, early)) {
            PressDeskCommand root = new PressDeskCommand(context);
            context.attach(root);
            CommandLine commandLine = new CommandLine(root);
            for (Class<?> command : Commands.neededFor(args)) {
                commandLine.addSubcommand(command);
            }
            commandLine.setOut(terminal.out())
                    .setErr(terminal.err())
                    .setCaseInsensitiveEnumValuesAllowed(true)
                    .setExecutionExceptionHandler((failure, line, parsed) -> report(failure))
                    .setParameterExceptionHandler(new UsageErrors(messages));
            commandLine.setResourceBundle(ResourceBundle.getBundle("org.pressdesk.i18n.cli", messages.locale(),
                    CommandLineApp.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
            return commandLine.execute(args);
        } catch (PressDeskException failure) {
            return report(failure);
        }
    }

    private int report(Exception failure) {
        if (failure instanceof PressDeskException known) {
            Log.LOG.info("Command refused: {}", known.getMessage(), known);
            terminal.err().println(Failures.describe(known, messages));
            if (org.pressdesk.app.DatabaseRecovery.isDamaged(known)) {
                terminal.err().println(messages.get("cli.recoverHint"));
            }
        } else {
            terminal.err().println(Failures.describe(failure, messages, "cli.unexpected"));
        }
        terminal.err().flush();
        return FAILED;
    }
}
