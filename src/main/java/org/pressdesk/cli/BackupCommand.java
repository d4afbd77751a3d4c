package org.pressdesk.cli;

import java.nio.file.Path;
import java.util.List;
import org.pressdesk.app.AppServices;
import org.pressdesk.app.BackupSchedule;
import org.pressdesk.app.Backups;
import org.pressdesk.domain.PermissionDeniedException;
import org.pressdesk.domain.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code backup [--to DIR] [--rotate]} makes a checked backup (then applies the rotation); {@code backup list [--to
 * DIR]} lists the checked ones; {@code backup schedule} sets the folder and rotation of the scheduled backups.
 */
@Command(name = "backup", mixinStandardHelpOptions = true,
        subcommands = {BackupCommand.ListBackups.class, BackupScheduleCommand.class})
final class BackupCommand extends Subcommand {

    @Option(names = "--to", paramLabel = "DIR", descriptionKey = "option.backupTo")
    Path folder;

    @Option(names = "--rotate", descriptionKey = "option.backupRotate")
    boolean rotate;

    @Override
    public Integer call() {
        CliContext context = context();
        AppServices services = administered(context);
        Path target = folder != null ? folder : services.backups().defaultFolder();
        Backups.Backup made = services.backups().create(target);
        context.say("backup.done", made.file());
        if (rotate) {
            BackupSchedule.Plan plan = services.backupSchedule().plan();
            List<Path> removed = services.backupSchedule().rotate(target, plan.keepDaily(), plan.keepWeekly());
            context.say("backup.rotated", removed.size(), plan.keepDaily(), plan.keepWeekly());
        }
        return OK;
    }

    static AppServices administered(CliContext context) {
        AppServices services = context.services();
        if (!context.user().can(Role.ADMINISTRATOR)) {
            throw new PermissionDeniedException("permission.administratorOnly");
        }
        return services;
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListBackups extends Subcommand {
        @Option(names = "--to", paramLabel = "DIR", descriptionKey = "option.backupTo")
        Path folder;

        @Override
        public Integer call() {
            CliContext context = context();
            AppServices services = administered(context);
            List<Backups.Backup> backups = services.backups()
                    .list(folder != null ? folder : services.backups().defaultFolder());
            if (backups.isEmpty()) {
                context.say("backup.none");
            }
            for (Backups.Backup backup : backups) {
                context.say("backup.item", backup.madeAt().toString(), backup.file());
            }
            return OK;
        }
    }
}
