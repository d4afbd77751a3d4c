package org.pressdesk.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The commands under {@code pressdesk}, by name, in the order the help lists them. A run that names one of them builds
 * only that one: the parser reads every option, description and type of every command it is given, and building the
 * thirty-four of them was a quarter of a cold {@code list --json} (issue 14). A run that names none (help, a mistyped
 * command, no command at all) gets them all, so that the parser lists them or says which one was meant.
 */
final class Commands {
    private static final Map<String, Class<?>> BY_NAME = byName();

    private Commands() {
    }

    private static Map<String, Class<?>> byName() {
        Map<String, Class<?>> commands = new LinkedHashMap<>();
        commands.put("init", InitCommand.class);
        commands.put("new", NewCommand.class);
        commands.put("list", ListCommand.class);
        commands.put("show", ShowCommand.class);
        commands.put("edit", EditCommand.class);
        commands.put("export", ExportCommand.class);
        commands.put("submit", TransitionCommands.Submit.class);
        commands.put("withdraw", TransitionCommands.Withdraw.class);
        commands.put("approve", TransitionCommands.Approve.class);
        commands.put("request-changes", TransitionCommands.RequestChanges.class);
        commands.put("publish", TransitionCommands.Publish.class);
        commands.put("archive", TransitionCommands.Archive.class);
        commands.put("history", HistoryCommand.class);
        commands.put("comments", CommentsCommand.class);
        commands.put("office", OfficeCommand.class);
        commands.put("user", UserCommand.class);
        commands.put("four-eyes", FourEyesCommand.class);
        commands.put("audit", AuditCommand.class);
        commands.put("tags", TagsCommand.class);
        commands.put("tag", TagCommand.class);
        commands.put("suggest", SuggestCommand.class);
        commands.put("cert", CertCommand.class);
        commands.put("verify", VerifyCommand.class);
        commands.put("import", ImportCommand.class);
        commands.put("search", SearchCommand.class);
        commands.put("server", ServerCommand.class);
        commands.put("encrypt", EncryptCommand.class);
        commands.put("backup", BackupCommand.class);
        commands.put("restore", RestoreCommand.class);
        commands.put("exchange", ExchangeCommand.class);
        commands.put("conflicts", ConflictCommands.Conflicts.class);
        commands.put("resolve", ConflictCommands.Resolve.class);
        commands.put("recover", RecoverCommand.class);
        commands.put("recover-key", RecoverKeyCommand.class);
        return commands;
    }

    /** Every command, in the help's order. */
    static List<Class<?>> all() {
        return List.copyOf(BY_NAME.values());
    }

    /**
     * The commands to build for {@code args}: the one {@link #nameAt} points to, when it is a command; all of them
     * otherwise.
     */
    static List<Class<?>> neededFor(String... args) {
        int at = nameAt(args);
        Class<?> command = at < 0 ? null : BY_NAME.get(args[at]);
        return command == null ? all() : List.of(command);
    }

    /**
     * Where the command's name is in {@code args}, as the parser will find it: the first word that is not an option
     * or a root option's value ({@code --data DIR}); -1 when there is none before the end or a {@code --}.
     */
    static int nameAt(String... args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--")) {
                return -1;
            }
            if (arg.startsWith("-")) {
                if (WindowArguments.ROOT_TAKES_VALUE.contains(arg)) {
                    i++; // its value, which may be any word
                }
                continue;
            }
            return i;
        }
        return -1;
    }
}
