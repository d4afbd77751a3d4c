package org.pressdesk.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.pressdesk.app.GuiLauncher;
import org.pressdesk.i18n.Messages;
import org.pressdesk.testing.MutableClock;
import org.pressdesk.testing.RecordingSleeper;
import org.pressdesk.testing.TestOffice;

/**
 * Runs the command line in this process, in French, as a person at a terminal would: output and errors captured
 * (typographic spaces read as plain ones), the password in PRESSDESK_PASSWORD, nobody at the console to answer a
 * prompt, and no window ever opened.
 */
final class Cli {
    private final Map<String, String> environment = new HashMap<>();
    private final List<GuiLauncher.Start> windowsOpened = new ArrayList<>();
    private final MutableClock clock = new MutableClock();

    Cli() {
        environment.put("PRESSDESK_PASSWORD", TestOffice.PASSWORD);
    }

    Cli with(String variable, String value) {
        environment.put(variable, value);
        return this;
    }

    Cli without(String variable) {
        environment.remove(variable);
        return this;
    }

    /** The result of one run: its exit code and what it printed on each stream. */
    record Run(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Terminal terminal = new Terminal(new PrintWriter(out), new PrintWriter(err), Map.copyOf(environment),
                question -> Optional.empty());
        int code = new CommandLineApp(terminal, Messages.forLocale(Locale.FRENCH),
                TestOffice.settings(clock, new RecordingSleeper()), start -> {
                    windowsOpened.add(start);
                    return 0;
                }).run(args);
        return new Run(code, plainSpaces(out.toString()), plainSpaces(err.toString()));
    }

    /** The bundles put no-break spaces before « : » and inside « »; assertions are typed with plain ones. */
    private static String plainSpaces(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    List<GuiLauncher.Start> windowsOpened() {
        return windowsOpened;
    }

    MutableClock clock() {
        return clock;
    }
}
