package org.pressdesk.cli;

import org.pressdesk.app.AppServices;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.UserAccount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code four-eyes [--waive | --enforce]}: shows or sets whether an author may approve their own revision. */
@Command(name = "four-eyes", mixinStandardHelpOptions = true)
final class FourEyesCommand extends Subcommand {

    @Option(names = "--waive", descriptionKey = "option.waive")
    boolean waive;

    @Option(names = "--enforce", descriptionKey = "option.enforce")
    boolean enforce;

    @Override
    public Integer call() {
        CliContext context = context();
        if (waive && enforce) {
            throw new PressDeskException("fourEyes.both");
        }
        AppServices services = context.services();
        UserAccount user = context.user();
        if (waive || enforce) {
            services.reviews().setFourEyesWaived(user, waive);
        }
        context.say(services.reviews().fourEyesWaived() ? "fourEyes.waived" : "fourEyes.enforced");
        return OK;
    }
}
