package org.pressdesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code pressdesk [--data DIR] [--user NAME] [COMMAND]}: with no command, the window opens. Its commands are added
 * by {@link CommandLineApp}, from {@link Commands}.
 */
@Command(name = "pressdesk", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true)
final class PressDeskCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--data", paramLabel = "DIR", scope = ScopeType.INHERIT, descriptionKey = "option.data")
    Path data;

    @Option(names = "--user", paramLabel = "NAME", scope = ScopeType.INHERIT, descriptionKey = "option.user")
    String user;

    @Option(names = "--db", paramLabel = "postgresql://HOST[:PORT]/NAME", scope = ScopeType.INHERIT,
            descriptionKey = "option.db")
    String db;

    @Option(names = "--db-user", paramLabel = "ROLE", scope = ScopeType.INHERIT, descriptionKey = "option.dbUser")
    String dbUser;

    @Option(names = "--db-ca", paramLabel = "FILE", scope = ScopeType.INHERIT, descriptionKey = "option.dbCa")
    Path dbCa;

    @Option(names = "--demo", descriptionKey = "option.demo")
    boolean demo;

    PressDeskCommand(CliContext context) {
        this.context = context;
    }

    CliContext context() {
        return context;
    }

    @Override
    public Integer call() {
        return context.launchGui(this);
    }
}
