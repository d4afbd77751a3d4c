package org.pressdesk.cli;

import java.io.PrintWriter;
import java.util.stream.Collectors;
import org.pressdesk.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Mistakes on the command line, told in the user's language, followed by the command's usage. */
final class UsageErrors implements IParameterExceptionHandler {
    static final int USAGE = 2;

    private final Messages messages;

    UsageErrors(Messages messages) {
        this.messages = messages;
    }

    @Override
    public int handleParseException(ParameterException failure, String[] args) {
        CommandLine line = failure.getCommandLine();
        PrintWriter err = line.getErr();
        err.println(describe(failure));
        line.usage(err);
        err.flush();
        return USAGE;
    }

    private String describe(ParameterException failure) {
        if (failure instanceof MissingParameterException missing) {
            String names = missing.getMissing().stream().map(UsageErrors::name).collect(Collectors.joining(", "));
            return messages.get("cli.usage.missing", names);
        }
        if (failure instanceof UnmatchedArgumentException unmatched) {
            return messages.get("cli.usage.unknown", String.join(" ", unmatched.getUnmatched()));
        }
        return messages.get("cli.usage.invalid", failure.getMessage());
    }

    private static String name(ArgSpec spec) {
        return spec instanceof OptionSpec option ? option.longestName() : spec.paramLabel();
    }
}
