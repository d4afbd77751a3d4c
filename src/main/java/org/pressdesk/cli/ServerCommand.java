package org.pressdesk.cli;

import java.nio.file.Path;
import org.pressdesk.app.HeadquartersServer;
import org.pressdesk.domain.CopiedTable;
import org.pressdesk.domain.ServerAddress;
import org.pressdesk.domain.ServerLogin;
import org.pressdesk.domain.ServerRoleNames;
import org.pressdesk.local.DataDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code server init [--apply]}, {@code server migrate}, {@code server copy --from DIR --to postgresql://…}. */
@Command(name = "server", mixinStandardHelpOptions = true,
        subcommands = {ServerCommand.Init.class, ServerCommand.Migrate.class, ServerCommand.Copy.class})
final class ServerCommand extends Subcommand {
    static final String OWNER_PASSWORD_VARIABLE = "PRESSDESK_OWNER_PASSWORD";
    static final String APP_PASSWORD_VARIABLE = "PRESSDESK_APP_PASSWORD";
    static final int NOT_VERIFIED = 1;

    @Override
    public Integer call() {
        spec.commandLine().usage(context().terminal().out());
        return OK;
    }

    /** The two role names, shared by the server commands. */
    static final class RoleNames {
        @Option(names = "--owner", paramLabel = "ROLE", defaultValue = ServerRoleNames.OWNER,
                descriptionKey = "option.ownerRole")
        String owner;

        @Option(names = "--app-role", paramLabel = "ROLE", defaultValue = ServerRoleNames.EVERYDAY,
                descriptionKey = "option.appRole")
        String everyday;

        ServerRoleNames roles(String database) {
            return new ServerRoleNames(database, owner, everyday);
        }
    }

    @Command(name = "init", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Init extends Subcommand {
        @picocli.CommandLine.Mixin
        RoleNames names = new RoleNames();

        @Option(names = "--apply", descriptionKey = "option.apply")
        boolean apply;

        @Override
        public Integer call() {
            CliContext context = context();
            ServerAddress address = context.server();
            ServerRoleNames roles = names.roles(address.name());
            if (!apply) {
                HeadquartersServer.initScript(roles).forEach(context.terminal().out()::println);
                context.terminal().out().flush();
                return OK;
            }
            ServerLogin admin = context.serverLogin("postgres");
            char[] ownerPassword = context.secret(OWNER_PASSWORD_VARIABLE, "cli.rolePasswordPrompt", roles.owner());
            char[] appPassword = context.secret(APP_PASSWORD_VARIABLE, "cli.rolePasswordPrompt", roles.everyday());
            ServerAddress maintenance = new ServerAddress(address.host(), address.port(), "postgres");
            HeadquartersServer.init(maintenance, admin, roles, ownerPassword, appPassword);
            context.say("server.initialized", address, roles.owner(), roles.everyday());
            return OK;
        }
    }

    @Command(name = "migrate", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Migrate extends Subcommand {
        @picocli.CommandLine.Mixin
        RoleNames names = new RoleNames();

        @Override
        public Integer call() {
            CliContext context = context();
            ServerAddress address = context.server();
            ServerRoleNames roles = names.roles(address.name());
            HeadquartersServer.migrate(address, context.serverLogin(roles.owner()), roles);
            context.say("server.migrated", address, roles.everyday());
            return OK;
        }
    }

    @Command(name = "copy", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Copy extends Subcommand {
        @Option(names = "--from", required = true, paramLabel = "DATA_DIR", descriptionKey = "option.copyFrom")
        Path from;

        @Option(names = "--to", required = true, paramLabel = "postgresql://HOST[:PORT]/NAME",
                descriptionKey = "option.copyTo")
        String to;

        @picocli.CommandLine.Mixin
        RoleNames names = new RoleNames();

        @Override
        public Integer call() {
            CliContext context = context();
            ServerAddress address = ServerAddress.parse(to);
            ServerRoleNames roles = names.roles(address.name());
            HeadquartersServer.CopyReport report = HeadquartersServer.copy(DataDirectory.prepare(from), address,
                    context.serverLogin(roles.owner()), roles);
            for (CopiedTable table : report.tables()) {
                context.say(table.same() ? "server.copy.tableSame" : "server.copy.tableDiffers", table.table(),
                        table.sourceRows(), table.targetRows(), table.targetSha256().substring(0, 12));
            }
            context.say(report.audit().intact() ? "audit.intact" : "server.copy.auditBroken",
                    report.audit().checked());
            if (!report.verified()) {
                context.warn("server.copy.notVerified", address);
                return NOT_VERIFIED;
            }
            context.say("server.copy.verified", report.rows(), address);
            return OK;
        }
    }
}
