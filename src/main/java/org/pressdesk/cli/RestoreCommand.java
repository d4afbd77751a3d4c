package org.pressdesk.cli;

import java.nio.file.Path;
import java.util.Arrays;
import org.pressdesk.app.AppServices;
import org.pressdesk.app.Backups;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.local.DataDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code restore FILE --to DIR}: restores a backup into a new data folder and opens it with --user's password; a
 * backup that does not open (wrong password, another office's, damaged) leaves nothing behind.
 */
@Command(name = "restore", mixinStandardHelpOptions = true, sortOptions = false)
final class RestoreCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "param.backupFile")
    Path backup;

    @Option(names = "--to", required = true, paramLabel = "DIR", descriptionKey = "option.restoreTo")
    Path target;

    @Override
    public Integer call() {
        CliContext context = context();
        String user = context.userName().orElseThrow(() -> new PressDeskException("cli.userMissing"));
        boolean existed = java.nio.file.Files.exists(target);
        Backups.restore(backup, target);
        char[] password = context.password("cli.passwordPrompt", user);
        try (AppServices restored = AppServices.unlock(DataDirectory.prepare(target), context.settings(), user,
                password.clone())) {
            restored.accounts().signIn(user, password);
        } catch (RuntimeException e) {
            Backups.forgetRestored(target, existed);
            throw e;
        } finally {
            Arrays.fill(password, '\0');
        }
        context.say("restore.done", backup, target);
        return OK;
    }
}
