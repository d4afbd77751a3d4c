package org.pressdesk.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command under {@code pressdesk}; reaches the run's context through the root command. */
abstract class Subcommand implements Callable<Integer> {
    static final int OK = 0;

    @Spec
    CommandSpec spec;

    CliContext context() {
        return ((PressDeskCommand) spec.root().userObject()).context();
    }
}
