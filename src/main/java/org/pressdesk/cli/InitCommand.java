package org.pressdesk.cli;

import java.time.ZoneId;
import java.util.Arrays;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.UserAccount;
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

    @Override
    public Integer call() {
        CliContext context = context();
        AppServices services = context.services();
        if (services.accounts().hasAccounts()) {
            context.warn("init.alreadyDone", services.dataDirectory());
            return CommandLineApp.FAILED;
        }
        ZoneId zone = Zones.parse(timeZone);
        char[] password = context.password("cli.newPasswordPrompt", admin);
        try {
            services.database().inTransaction(() -> {
                UserAccount created = services.accounts().createFirstAdministrator(admin, displayName, password);
                String name = officeName == null ? context.messages().get("init.defaultOfficeName") : officeName;
                services.offices().create(created, officeCode, name, Office.Letterhead.empty(), zone);
            });
        } finally {
            Arrays.fill(password, '\0');
        }
        context.say("init.done", services.dataDirectory(), admin.strip(), officeCode.strip());
        return OK;
    }
}
