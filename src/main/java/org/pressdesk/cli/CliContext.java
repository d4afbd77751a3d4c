package org.pressdesk.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.pressdesk.app.AppServices;
import org.pressdesk.app.GuiLauncher;
import org.pressdesk.app.HeadquartersServer;
import org.pressdesk.demo.DemoSeeder;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.Role;
import org.pressdesk.domain.ServerAddress;
import org.pressdesk.domain.ServerLogin;
import org.pressdesk.domain.ServerRoleNames;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.i18n.Messages;
import org.pressdesk.local.DataDirectory;

/**
 * One command line run: the terminal, the user's language, and the services, opened on first use and signed in as
 * {@code --user} when a command needs a person.
 */
final class CliContext implements AutoCloseable {
    static final String PASSWORD_VARIABLE = "PRESSDESK_PASSWORD";
    static final String KEYSTORE_PASSWORD_VARIABLE = "PRESSDESK_KEYSTORE_PASSWORD";
    static final String DB_PASSWORD_VARIABLE = "PRESSDESK_DB_PASSWORD";

    private final Terminal terminal;
    private final Messages messages;
    private final AppServices.Settings settings;
    private final GuiLauncher gui;
    private PressDeskCommand root;
    private AppServices services;
    private UserAccount signedIn;
    /** The password that unlocked an encrypted database, kept until sign-in checks it against the account. */
    private char[] unlockPassword;
    /** The database opening while the command line was parsed, until the command takes it; null when none. */
    private EarlyOpening early;
    private boolean hashWarmedUp;

    CliContext(Terminal terminal, Messages messages, AppServices.Settings settings, GuiLauncher gui) {
        this(terminal, messages, settings, gui, null);
    }

    CliContext(Terminal terminal, Messages messages, AppServices.Settings settings, GuiLauncher gui,
            EarlyOpening early) {
        this.terminal = terminal;
        this.messages = messages;
        this.settings = settings;
        this.gui = gui;
        this.early = early;
    }

    void attach(PressDeskCommand command) {
        this.root = command;
    }

    Terminal terminal() {
        return terminal;
    }

    Messages messages() {
        return messages;
    }

    AppServices.Settings settings() {
        return settings;
    }

    void say(String key, Object... arguments) {
        terminal.out().println(messages.get(key, arguments));
        terminal.out().flush();
    }

    void warn(String key, Object... arguments) {
        terminal.err().println(messages.get(key, arguments));
        terminal.err().flush();
    }

    /** The name given with --user, if any. */
    Optional<String> userName() {
        return root.user == null || root.user.isBlank() ? Optional.empty() : Optional.of(root.user);
    }

    Path dataPath() {
        return root.data != null ? root.data : DataDirectory.defaultLocation();
    }

    /** The services over the data directory; a new directory gets the demo when --demo was given. */
    AppServices services() {
        if (services == null) {
            Optional<AppServices> opened = takeEarlyOpening();
            if (opened.isPresent()) {
                services = opened.get();
                return services;
            }
            if (root.user != null && !root.user.isBlank()) {
                warmUpPasswordHash();
            }
            DataDirectory local = DataDirectory.prepare(dataPath());
            services = root.db == null ? openServices(local)
                    : HeadquartersServer.connect(local, ServerAddress.parse(root.db),
                            serverLogin(ServerRoleNames.EVERYDAY), settings);
            if (root.demo) {
                seedDemo(services);
            }
        }
        return services;
    }

    /** The early opening's services, if it opened this command's database (decided on the parsed options). */
    private Optional<AppServices> takeEarlyOpening() {
        EarlyOpening opening = early;
        early = null;
        if (opening == null) {
            return Optional.empty();
        }
        if (root.db != null || root.demo) {
            opening.close();
            return Optional.empty();
        }
        if (root.user != null && !root.user.isBlank()) {
            warmUpPasswordHash(); // compiled while the opening finishes, as when the command opens it
        }
        return opening.take(dataPath(), root.user);
    }

    /** An encrypted database opens with the --user account's password; an unencrypted one without. */
    private AppServices openServices(DataDirectory directory) {
        if (!AppServices.isEncrypted(directory)) {
            return AppServices.open(directory, settings);
        }
        if (root.user == null || root.user.isBlank()) {
            throw new PressDeskException("cli.userMissing");
        }
        char[] password = password("cli.passwordPrompt", root.user);
        AppServices opened = AppServices.unlock(directory, settings, root.user, password);
        unlockPassword = password;
        return opened;
    }

    /** Services the command made itself (a new encrypted database), to be used and closed like opened ones. */
    void adopt(AppServices created) {
        if (services != null) {
            throw new IllegalStateException("services already open");
        }
        services = created;
    }

    private void seedDemo(AppServices opened) {
        if (opened.accounts().hasAccounts()) {
            warn("demo.skipped", opened.dataDirectory());
            return;
        }
        DemoSeeder.Seeded seeded = opened.demo().seed();
        say("demo.seeded", seeded.communiques(), opened.dataDirectory());
        for (Map.Entry<String, String> account : seeded.passwords().entrySet()) {
            Role role = seeded.roles().get(account.getKey());
            say("demo.account", account.getKey(), account.getValue(), messages.get("role." + role.name()));
        }
        say("demo.signing", seeded.signingPassword());
    }

    /** The account named by --user, signed in with PRESSDESK_PASSWORD or a password typed at the console. */
    UserAccount user() {
        if (signedIn == null) {
            String name = root.user;
            if (name == null || name.isBlank()) {
                throw new PressDeskException("cli.userMissing");
            }
            AppServices opened = services();
            char[] password = unlockPassword != null ? unlockPassword : password("cli.passwordPrompt", name);
            unlockPassword = null;
            UserAccount account;
            try {
                account = opened.accounts().signIn(name, password);
            } finally {
                java.util.Arrays.fill(password, '\0');
            }
            if (opened.accounts().mustChangePassword(account)) {
                chooseOwnPassword(opened, account);
            }
            signedIn = account;
        }
        return signedIn;
    }

    /**
     * An administrator's reset asked this person to choose their own password: before the command runs, it comes
     * from PRESSDESK_NEW_PASSWORD or is typed twice at the console.
     */
    private void chooseOwnPassword(AppServices opened, UserAccount account) {
        warn("cli.mustChangePassword", account.username());
        Optional<String> fromEnvironment = terminal.env(UserCommand.NEW_PASSWORD_VARIABLE);
        char[] first = fromEnvironment.map(String::toCharArray).or(() -> terminal.prompt()
                .ask(messages.get("cli.newPasswordPrompt", account.username())))
                .orElseThrow(() -> new PressDeskException("cli.newPasswordMissing", UserCommand.NEW_PASSWORD_VARIABLE));
        char[] second = fromEnvironment.isPresent() ? first.clone() : terminal.prompt()
                .ask(messages.get("cli.repeatPasswordPrompt"))
                .orElseThrow(() -> new PressDeskException("cli.newPasswordMissing", UserCommand.NEW_PASSWORD_VARIABLE));
        try {
            opened.accounts().chooseOwnPassword(account, first, second);
        } finally {
            java.util.Arrays.fill(first, '\0');
            java.util.Arrays.fill(second, '\0');
        }
        warn("cli.passwordChosen");
    }

    /** Gets the password hash compiled on the second core while the database opens (as the window does). */
    private void warmUpPasswordHash() {
        if (hashWarmedUp) {
            return;
        }
        hashWarmedUp = true;
        Thread warmUp = new Thread(settings.hasher()::warmUp, "pressdesk-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    char[] password(String promptKey, Object... arguments) {
        Optional<String> fromEnvironment = terminal.env(PASSWORD_VARIABLE);
        if (fromEnvironment.isPresent()) {
            return fromEnvironment.get().toCharArray();
        }
        return terminal.prompt().ask(messages.get(promptKey, arguments))
                .orElseThrow(() -> new PressDeskException("cli.passwordMissing", PASSWORD_VARIABLE));
    }

    /** The server given by --db; required by the server commands. */
    ServerAddress server() {
        if (root.db == null) {
            throw new PressDeskException("server.dbMissing");
        }
        return ServerAddress.parse(root.db);
    }

    /** The server role of --db-user (or {@code defaultUser}), its password from PRESSDESK_DB_PASSWORD or asked. */
    ServerLogin serverLogin(String defaultUser) {
        String role = root.dbUser == null || root.dbUser.isBlank() ? defaultUser : root.dbUser;
        return new ServerLogin(role, secret(DB_PASSWORD_VARIABLE, "cli.dbPasswordPrompt", role), root.dbCa);
    }

    /** A secret from an environment variable, or typed at the console; never an argument. */
    char[] secret(String variable, String promptKey, Object... arguments) {
        Optional<String> fromEnvironment = terminal.env(variable);
        if (fromEnvironment.isPresent()) {
            return fromEnvironment.get().toCharArray();
        }
        return terminal.prompt().ask(messages.get(promptKey, arguments))
                .orElseThrow(() -> new PressDeskException("cli.passwordMissing", variable));
    }

    /** The keystore and signing password: PRESSDESK_KEYSTORE_PASSWORD, or typed at the console. */
    char[] keystorePassword() {
        Optional<String> fromEnvironment = terminal.env(KEYSTORE_PASSWORD_VARIABLE);
        if (fromEnvironment.isPresent()) {
            return fromEnvironment.get().toCharArray();
        }
        return terminal.prompt().ask(messages.get("cli.keystorePasswordPrompt"))
                .orElseThrow(() -> new PressDeskException("cli.keystorePasswordMissing"));
    }

    int launchGui(PressDeskCommand command) {
        return gui.launch(command.db == null ? new GuiLauncher.Start(command.data, command.user, command.demo)
                : new GuiLauncher.Start(command.data, command.user, command.demo, ServerAddress.parse(command.db),
                        command.dbUser, command.dbCa));
    }

    @Override
    public void close() {
        if (early != null) {
            early.close();
            early = null;
        }
        if (services != null) {
            services.close();
            services = null;
        }
    }
}
