package org.pressdesk.cli;

import java.nio.file.Path;
import java.util.Arrays;
import org.pressdesk.app.AppServices;
import org.pressdesk.app.DatabaseEncryption;
import org.pressdesk.app.HeadquartersSlot;
import org.pressdesk.domain.PermissionDeniedException;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.Role;
import org.pressdesk.local.DataDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code encrypt}: converts an unencrypted database, keeping the original until {@code encrypt --discard-copy}
 * once the converted one has been checked.
 */
@Command(name = "encrypt", mixinStandardHelpOptions = true, sortOptions = false)
final class EncryptCommand extends Subcommand {

    @Option(names = "--discard-copy", descriptionKey = "option.discardCopy")
    boolean discardCopy;

    @Option(names = "--hq-certificate", paramLabel = "FILE", descriptionKey = "option.hqCertificate")
    Path hqCertificate;

    @Override
    public Integer call() {
        CliContext context = context();
        DataDirectory directory = DataDirectory.prepare(context.dataPath());
        if (discardCopy) {
            return discard(context, directory);
        }
        String admin = context.userName().orElseThrow(() -> new PressDeskException("cli.userMissing"));
        byte[] certificate = hqCertificate == null ? null : CertificateFiles.read(hqCertificate);
        if (certificate != null) {
            HeadquartersSlot.check(certificate, hqCertificate.getFileName().toString());
        }
        char[] password = context.password("cli.passwordPrompt", admin);
        try {
            DatabaseEncryption.Result result = DatabaseEncryption.encrypt(directory, context.settings(), admin,
                    password);
            context.say("encrypt.done", directory, result.plainCopy());
            context.say("init.encrypted", result.recoveryKeyText());
            if (certificate != null) {
                AppServices services = AppServices.unlock(directory, context.settings(), admin,
                        password.clone());
                context.adopt(services);
                var signedIn = services.accounts().signIn(admin, password.clone());
                context.say("hq.sealed", HeadquartersSlot.seal(services, signedIn, certificate,
                        hqCertificate.getFileName().toString()));
            }
        } finally {
            Arrays.fill(password, '\0');
        }
        return OK;
    }

    private Integer discard(CliContext context, DataDirectory directory) {
        if (!context.user().can(Role.ADMINISTRATOR)) {
            throw new PermissionDeniedException("permission.administratorOnly");
        }
        AppServices services = context.services();
        if (!services.encrypted()) {
            throw new PressDeskException("encrypt.notYet", directory);
        }
        context.close();
        boolean removed = DatabaseEncryption.discardPlainCopy(directory);
        context.say(removed ? "encrypt.discarded" : "encrypt.noCopy", directory);
        return OK;
    }
}
