package org.pressdesk.cli;

import java.util.Arrays;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.Role;
import org.pressdesk.domain.UserAccount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code user list} and {@code user add NAME --role editor|manager|admin}. */
@Command(name = "user", mixinStandardHelpOptions = true,
        subcommands = {UserCommand.ListUsers.class, UserCommand.AddUser.class})
final class UserCommand extends Subcommand {
    static final String NEW_PASSWORD_VARIABLE = "PRESSDESK_NEW_PASSWORD";

    @Override
    public Integer call() {
        spec.commandLine().usage(context().terminal().out());
        return OK;
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListUsers extends Subcommand {
        @Override
        public Integer call() {
            CliContext context = context();
            AppServices services = context.services();
            UserAccount user = context.user();
            for (UserAccount account : services.accounts().list(user)) {
                context.terminal().out().printf("%-20s %-14s %s%s%n", account.username(), account.role(),
                        account.displayName(), account.active() ? "" : " " + context.messages().get("user.inactive"));
            }
            context.terminal().out().flush();
            return OK;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false)
    static final class AddUser extends Subcommand {
        @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "param.username")
        String username;

        @Option(names = "--role", required = true, paramLabel = "editor|manager|admin", descriptionKey = "option.role")
        String role;

        @Option(names = "--name", paramLabel = "TEXT", descriptionKey = "option.displayName")
        String displayName;

        @Override
        public Integer call() {
            CliContext context = context();
            Role chosen = parseRole(role);
            AppServices services = context.services();
            UserAccount admin = context.user();
            char[] password = context.terminal().env(NEW_PASSWORD_VARIABLE).map(String::toCharArray)
                    .or(() -> context.terminal().prompt()
                            .ask(context.messages().get("cli.newPasswordPrompt", username)))
                    .orElseThrow(() -> new PressDeskException("cli.passwordMissing", NEW_PASSWORD_VARIABLE));
            try {
                UserAccount created = services.accounts().createAccount(admin, username, displayName, chosen, password);
                context.say("user.created", created.username(), context.messages().get("role." + chosen.name()));
            } finally {
                Arrays.fill(password, '\0');
            }
            return OK;
        }

        static Role parseRole(String text) {
            return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "editor", "redacteur", "rédacteur" -> Role.EDITOR;
                case "manager", "responsable" -> Role.MANAGER;
                case "admin", "administrator", "administrateur" -> Role.ADMINISTRATOR;
                default -> throw new PressDeskException("cli.badRole", text);
            };
        }
    }
}
