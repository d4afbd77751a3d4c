package org.pressdesk;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.pressdesk.app.AppServices;
import org.pressdesk.app.ClassArchiveStart;
import org.pressdesk.app.GuiLauncher;
import org.pressdesk.app.LogSetup;
import org.pressdesk.app.Version;
import org.pressdesk.cli.CommandLineApp;
import org.pressdesk.cli.ShortRunCompilation;
import org.pressdesk.cli.Terminal;
import org.pressdesk.cli.WindowArguments;
import org.pressdesk.i18n.Messages;
import org.pressdesk.i18n.UiLanguage;
import org.pressdesk.ui.DesktopApp;

/**
 * {@code java -jar pressdesk.jar [--data DIR] [COMMAND]}: with a command it runs it and exits; without one it opens
 * the window. A plain class, not the JavaFX application, so that the jar starts from the class path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            // what the command parser would print, without building it and its two dozen commands
            System.out.println("PressDesk " + Version.current());
            return;
        }
        LogSetup.chooseFolder(); // logging itself starts later: see LogSetup
        // only window options: straight to the window, without building the command parser
        Optional<GuiLauncher.Start> window = WindowArguments.parse(args);
        if (window.isEmpty()) {
            ShortRunCompilation.beginFor(args); // early, so that the compiler is told before it is busy
        } else {
            // java -jar: the window runs in a JVM started with this build's class archive (decision 0069)
            OptionalInt archived = ClassArchiveStart.runWindow(args);
            if (archived.isPresent()) {
                System.exit(archived.getAsInt());
            }
            ClassArchiveStart.followFirst(DesktopApp::quit);
        }
        Terminal terminal = Terminal.system();
        UiLanguage language = UiLanguage.parse(terminal.env("PRESSDESK_LANG").orElse(null));
        Messages messages = Messages.forLocale(language.resolve(Locale.getDefault()));
        GuiLauncher gui = start -> DesktopApp.launch(start, language, AppServices.Settings.production());
        int code = window.isPresent() ? gui.launch(window.get())
                : new CommandLineApp(terminal, messages, AppServices.Settings.production(), gui).run(args);
        System.exit(code);
    }
}
