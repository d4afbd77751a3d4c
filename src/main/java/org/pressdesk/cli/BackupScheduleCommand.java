package org.pressdesk.cli;

import java.nio.file.Path;
import org.pressdesk.app.AppServices;
import org.pressdesk.app.BackupSchedule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code backup schedule [--to DIR | --off] [--daily N] [--weekly N]}: where the window's scheduled backups go (daily
 * and at sign-out) and how many the rotation keeps; without options it shows the current plan.
 */
@Command(name = "schedule", mixinStandardHelpOptions = true, sortOptions = false)
final class BackupScheduleCommand extends Subcommand {

    @Option(names = "--to", paramLabel = "DIR", descriptionKey = "option.scheduleTo")
    Path folder;

    @Option(names = "--off", descriptionKey = "option.scheduleOff")
    boolean off;

    @Option(names = "--daily", paramLabel = "N", descriptionKey = "option.keepDaily")
    Integer daily;

    @Option(names = "--weekly", paramLabel = "N", descriptionKey = "option.keepWeekly")
    Integer weekly;

    @Override
    public Integer call() {
        CliContext context = context();
        AppServices services = BackupCommand.administered(context);
        BackupSchedule schedule = services.backupSchedule();
        BackupSchedule.Plan plan = schedule.plan();
        if (folder != null || off || daily != null || weekly != null) {
            String chosen = off ? "" : folder != null ? folder.toAbsolutePath().toString()
                    : plan.folder().map(Path::toString).orElse("");
            plan = schedule.configure(context.user(), chosen, daily != null ? daily : plan.keepDaily(),
                    weekly != null ? weekly : plan.keepWeekly());
        }
        if (plan.folder().isPresent()) {
            context.say("backup.schedule.plan", plan.folder().get(), plan.keepDaily(), plan.keepWeekly());
        } else {
            context.say("backup.schedule.none");
        }
        return OK;
    }
}
