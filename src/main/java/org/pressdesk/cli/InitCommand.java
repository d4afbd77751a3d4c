package org.pressdesk.cli;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import org.pressdesk.app.AppServices;
import org.pressdesk.local.DataDirectory;
import org.pressdesk.app.HeadquartersSlot;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.Office;
import org.pressdesk.office.SetupService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code init --admin NAME}: creates the database, the first administrator and the first office. */
@Command(name = "init", mixinStandardHelpOptions = true, sortOptions = false)
final class InitCommand extends Subcommand {

    @Option(names = "--admin", required = true, paramLabel = "NAME", descriptionKey = "option.admin")
    String admin;

    @Option(names = "--name", paramLabel = "TEXT", descriptionKey = "option.displayName")
    String displayName;

    @Option(names = "--office", paramLabel = "CODE", defaultValue = "PRESSE", descriptionKey = "option.officeCode")
    String officeCode;

    @Option(names = "--office-name", paramLabel = "TEXT", descriptionKey = "option.officeName")
    String officeName;

    @Option(names = "--time-zone", paramLabel = "ZONE", defaultValue = "Africa/Bamako", descriptionKey = "option.zone")
    String timeZone;

    @Option(names = "--plain", descriptionKey = "option.plain")
    boolean plain;

    @Option(names = "--hq-certificate", paramLabel = "FILE", descriptionKey = "option.hqCertificate")
    Path hqCertificate;

    @picocli.CommandLine.Mixin
    InitLetterhead letterhead = new InitLetterhead();

    private Office.Letterhead chosenLetterhead;

    @Override
    public Integer call() {
        CliContext context = context();
        DataDirectory directory = DataDirectory.prepare(context.dataPath());
        // the logo is outside input: read and checked before anything is created
        chosenLetterhead = letterhead.letterhead();
        if (AppServices.isEncrypted(directory)) {
            context.warn("init.alreadyDone", directory);
            return CommandLineApp.FAILED;
        }
        if (!plain && !directory.hasDatabase() && !AppServices.isEncrypted(directory)) {
            return createEncrypted(context, directory);
        }
        if (hqCertificate != null) {
            throw new PressDeskException("hq.notEncrypted", directory);
        }
        AppServices services = context.services();
        if (services.accounts().hasAccounts()) {
            context.warn("init.alreadyDone", services.dataDirectory());
            return CommandLineApp.FAILED;
        }
        ZoneId zone = Zones.parse(timeZone);
        char[] password = context.password("cli.newPasswordPrompt", admin);
        try {
            services.setup().initialise(admin, displayName, password, firstOffice(context, zone));
        } finally {
            Arrays.fill(password, '\0');
        }
        context.say("init.done", services.dataDirectory(), admin.strip(), officeCode.strip());
        if (!services.encrypted()) {
            context.warn("init.plain");
        }
        return OK;
    }

    /** A new database, encrypted: the administrator's key slot and a recovery key printed once. */
    private Integer createEncrypted(CliContext context, DataDirectory directory) {
        ZoneId zone = Zones.parse(timeZone);
        byte[] certificate = hqCertificate == null ? null : CertificateFiles.read(hqCertificate);
        if (certificate != null) {
            HeadquartersSlot.check(certificate, hqCertificate.getFileName().toString());
        }
        char[] password = context.password("cli.newPasswordPrompt", admin);
        try {
            AppServices.Created created = AppServices.createEncrypted(directory, context.settings(), admin,
                    displayName, password);
            context.adopt(created.services());
            created.services().setup().initialise(created.admin(), firstOffice(context, zone));
            context.say("init.done", directory, admin.strip(), officeCode.strip());
            context.say("init.encrypted", created.recoveryKeyText());
            if (hqCertificate != null) {
                context.say("hq.sealed", HeadquartersSlot.seal(created.services(), created.admin(), certificate,
                        hqCertificate.getFileName().toString()));
            }
        } finally {
            Arrays.fill(password, '\0');
        }
        return OK;
    }

    private SetupService.FirstOffice firstOffice(CliContext context, ZoneId zone) {
        String name = officeName == null ? context.messages().get("init.defaultOfficeName") : officeName;
        return new SetupService.FirstOffice(officeCode, name, zone, chosenLetterhead);
    }
}
