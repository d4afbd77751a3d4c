package org.pressdesk.ui.server;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.pressdesk.app.GuiLauncher;
import org.pressdesk.app.RememberedServer;
import org.pressdesk.domain.ServerAddress;
import org.pressdesk.domain.ServerLogin;
import org.pressdesk.domain.ServerRoleNames;

/**
 * Which database the window opens at start: the server given by {@code --db}, else the one remembered here, else
 * the local file (empty). The password comes from {@code PRESSDESK_DB_PASSWORD}, else from what was remembered for
 * the same server and role; without one, the window asks for it in the server form. Never from an argument.
 */
public record ServerChoice(ServerAddress address, String user, Path caFile, char[] password) {

    public static Optional<ServerChoice> at(GuiLauncher.Start start, Optional<RememberedServer.Saved> saved,
            String environmentPassword) {
        char[] fromEnvironment = environmentPassword == null || environmentPassword.isEmpty() ? null
                : environmentPassword.toCharArray();
        if (start.server() == null) {
            return saved.map(s -> new ServerChoice(s.address(), s.user(), s.caFile(),
                    fromEnvironment != null ? fromEnvironment : s.password().orElse(null)));
        }
        Optional<RememberedServer.Saved> same = saved.filter(s -> s.address().equals(start.server()));
        String user = start.serverUser() != null ? start.serverUser()
                : same.map(RememberedServer.Saved::user).orElse(ServerRoleNames.EVERYDAY);
        Path ca = start.serverCa() != null ? start.serverCa() : same.map(RememberedServer.Saved::caFile).orElse(null);
        char[] password = fromEnvironment != null ? fromEnvironment
                : same.filter(s -> Objects.equals(s.user(), user)).flatMap(RememberedServer.Saved::password)
                        .orElse(null);
        return Optional.of(new ServerChoice(start.server(), user, ca, password));
    }

    /** The connection to open now, or empty when the password must be typed first. */
    public Optional<ServerFormViewModel.Connection> connection() {
        return password == null ? Optional.empty()
                : Optional.of(new ServerFormViewModel.Connection(address, new ServerLogin(user, password, caFile)));
    }

    /** The same server, and the role and CA file of {@code connection} (a form may have changed them). */
    public static ServerChoice of(ServerFormViewModel.Connection connection) {
        return new ServerChoice(connection.address(), connection.login().user(), connection.login().caFile(), null);
    }
}
