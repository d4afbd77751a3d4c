package org.pressdesk.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.pressdesk.app.AppServices;
import org.pressdesk.app.Backups;
import org.pressdesk.app.DatabaseRecovery;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.local.DataDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code recover [--from-backup FILE | --last-backup]}: for a data folder whose database no longer opens, moves the
 * damaged file aside and puts in its place either what H2's recovery tool reads from it or a checked backup; the new
 * database is used only once its counts and audit chain are checked. An encrypted database needs --user's password.
 */
@Command(name = "recover", mixinStandardHelpOptions = true, sortOptions = false)
final class RecoverCommand extends Subcommand {

    @Option(names = "--from-backup", paramLabel = "FILE", descriptionKey = "option.fromBackup")
    Path backup;

    @Option(names = "--last-backup", descriptionKey = "option.lastBackup")
    boolean lastBackup;

    @Override
    public Integer call() {
        CliContext context = context();
        DatabaseRecovery recovery = AppServices.recovery(DataDirectory.prepare(context.dataPath()),
                context.settings());
        Path chosen = backup;
        if (lastBackup) {
            chosen = recovery.lastBackup().map(Backups.Backup::file)
                    .orElseThrow(() -> new PressDeskException("recovery.noBackup", context.dataPath()));
        }
        String user = null;
        char[] password = null;
        if (recovery.needsPassword()) {
            user = context.userName().orElseThrow(() -> new PressDeskException("cli.userMissing"));
            password = context.password("cli.passwordPrompt", user);
        }
        DatabaseRecovery.Outcome outcome;
        try {
            outcome = chosen == null ? recovery.recover(user, password) : recovery.restore(chosen, user, password);
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
        context.say("recovery.setAside", outcome.damagedAside());
        for (Map.Entry<String, Long> table : outcome.rows().entrySet()) {
            context.say("recovery.table", table.getKey(), table.getValue());
        }
        if (!outcome.used()) {
            context.warn(outcome.rows().isEmpty() ? "recovery.nothing" : "recovery.notUsed");
            return CommandLineApp.FAILED;
        }
        if (outcome.cutBytes() > 0) {
            context.warn("recovery.older", Math.max(1, outcome.cutBytes() / 1024));
        }
        context.say(chosen == null ? "recovery.done" : "recovery.restored", outcome.totalRows(), chosen);
        return OK;
    }
}
