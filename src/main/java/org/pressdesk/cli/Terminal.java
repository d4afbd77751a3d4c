package org.pressdesk.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;

/**
 * What a command line run talks to: its output and error streams, its environment, and a way to ask for a password
 * when a person sits at a console. Tests pass their own.
 */
public record Terminal(PrintWriter out, PrintWriter err, Map<String, String> environment, PasswordPrompt prompt) {

    /** Reads a password without echoing it; empty when nobody can be asked. */
    @FunctionalInterface
    public interface PasswordPrompt {
        Optional<char[]> ask(String question);
    }

    public static Terminal system() {
        Console console = System.console();
        PasswordPrompt prompt = question -> console == null ? Optional.empty()
                : Optional.ofNullable(console.readPassword("%s", question));
        return new Terminal(new PrintWriter(System.out, true), new PrintWriter(System.err, true), System.getenv(),
                prompt);
    }

    public Optional<String> env(String name) {
        String value = environment.get(name);
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
