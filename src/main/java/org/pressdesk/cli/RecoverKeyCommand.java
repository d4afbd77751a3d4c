package org.pressdesk.cli;

import java.nio.file.Path;
import java.util.Arrays;
import org.pressdesk.app.AppServices;
import org.pressdesk.app.HeadquartersSlot;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.local.DataDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code recover-key --hq-key FILE.p12 --user ADMIN}: headquarters opens an encrypted database whose passwords and
 * recovery key are all lost, with its own private key, and gives the administrator --user a new password. The key
 * file's password comes from PRESSDESK_HQ_KEY_PASSWORD or the console, the new one from PRESSDESK_PASSWORD or the
 * console: never from an argument.
 */
@Command(name = "recover-key", mixinStandardHelpOptions = true, sortOptions = false)
final class RecoverKeyCommand extends Subcommand {
    static final String HQ_KEY_PASSWORD_VARIABLE = "PRESSDESK_HQ_KEY_PASSWORD";

    @Option(names = "--hq-key", required = true, paramLabel = "FILE", descriptionKey = "option.hqKey")
    Path hqKey;

    @Override
    public Integer call() {
        CliContext context = context();
        String admin = context.userName().orElseThrow(() -> new PressDeskException("cli.userMissing"));
        byte[] file = CertificateFiles.read(hqKey);
        char[] keyPassword = context.secret(HQ_KEY_PASSWORD_VARIABLE, "cli.hqKeyPasswordPrompt");
        AppServices services;
        try {
            services = HeadquartersSlot.unlock(DataDirectory.prepare(context.dataPath()), context.settings(), file,
                    keyPassword, hqKey.getFileName().toString());
        } finally {
            Arrays.fill(keyPassword, '\0');
        }
        context.adopt(services);
        char[] password = context.password("cli.newPasswordPrompt", admin);
        try {
            HeadquartersSlot.setPassword(services, admin, password);
        } finally {
            Arrays.fill(password, '\0');
        }
        context.say("hq.recovered", admin.strip());
        return OK;
    }
}
