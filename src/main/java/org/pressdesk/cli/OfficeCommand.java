package org.pressdesk.cli;

import org.pressdesk.app.AppServices;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.UserAccount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code office list} and {@code office add CODE --name NAME}. */
@Command(name = "office", mixinStandardHelpOptions = true,
        subcommands = {OfficeCommand.ListOffices.class, OfficeCommand.AddOffice.class})
final class OfficeCommand extends Subcommand {

    @Override
    public Integer call() {
        spec.commandLine().usage(context().terminal().out());
        return OK;
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListOffices extends Subcommand {
        @Override
        public Integer call() {
            CliContext context = context();
            AppServices services = context.services();
            context.user();
            for (Office office : services.offices().list()) {
                context.terminal().out().printf("%-20s %s%n", office.code(), office.name());
            }
            context.terminal().out().flush();
            return OK;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false)
    static final class AddOffice extends Subcommand {
        @Parameters(index = "0", paramLabel = "CODE", descriptionKey = "param.officeCode")
        String code;

        @Option(names = "--name", required = true, paramLabel = "TEXT", descriptionKey = "option.officeName")
        String name;

        @Option(names = "--country", paramLabel = "TEXT", descriptionKey = "option.country")
        String country;

        @Option(names = "--motto", paramLabel = "TEXT", descriptionKey = "option.motto")
        String motto;

        @Option(names = "--ministry", paramLabel = "TEXT", descriptionKey = "option.ministry")
        String ministry;

        @Option(names = "--city", paramLabel = "TEXT", descriptionKey = "option.city")
        String city;

        @Option(names = "--time-zone", paramLabel = "ZONE", defaultValue = "Africa/Bamako",
                descriptionKey = "option.zone")
        String timeZone;

        @Override
        public Integer call() {
            CliContext context = context();
            AppServices services = context.services();
            UserAccount user = context.user();
            Office.Letterhead letterhead = new Office.Letterhead(text(country), text(motto), text(ministry),
                    text(city), "", "", "");
            Office office = services.offices().create(user, code, name, letterhead, Zones.parse(timeZone));
            context.say("office.created", office.code());
            return OK;
        }

        private static String text(String value) {
            return value == null ? "" : value.strip();
        }
    }
}
