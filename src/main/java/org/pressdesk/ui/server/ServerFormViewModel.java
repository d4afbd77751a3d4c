package org.pressdesk.ui.server;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.pressdesk.app.RememberedServer;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.i18n.Failures;
import org.pressdesk.i18n.Messages;
import org.pressdesk.domain.ServerAddress;
import org.pressdesk.domain.ServerLogin;
import org.pressdesk.domain.ServerRoleNames;
import org.pressdesk.ui.task.TaskRunner;

/**
 * The *Se connecter à un serveur* form: where the server is, which role, the CA file (which turns on
 * {@code verify-full}), the password, *Tester la connexion* and *Se souvenir*. Every check runs on the runner's
 * thread; a fault (unreachable, wrong password, no such database, TLS, schema) comes back as the server's message.
 */
public final class ServerFormViewModel {

    /** Tries the server as the desktop would use it (the schema must be this program's); throws what went wrong. */
    @FunctionalInterface
    public interface Check {
        void check(ServerAddress address, ServerLogin login);
    }

    /** Where to connect, and as whom: what the start-up opens once the form is done. */
    public record Connection(ServerAddress address, ServerLogin login) {
    }

    private final Check server;
    private final RememberedServer remembered;
    private final TaskRunner runner;
    private final Messages messages;
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty(String.valueOf(ServerAddress.DEFAULT_PORT));
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty(ServerRoleNames.EVERYDAY);
    private final StringProperty caFile = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final BooleanProperty remember = new SimpleBooleanProperty(true);
    private final StringProperty result = new SimpleStringProperty("");
    private final BooleanProperty failed = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public ServerFormViewModel(Check server, RememberedServer remembered, TaskRunner runner, Messages messages) {
        this.server = server;
        this.remembered = remembered;
        this.runner = runner;
        this.messages = messages;
    }

    /** Fills the form with a server already known (given by --db, or remembered), and says why it shows. */
    public void fill(ServerAddress address, String role, Path ca, String why) {
        host.set(address.host());
        port.set(String.valueOf(address.port()));
        database.set(address.name());
        user.set(role == null || role.isBlank() ? ServerRoleNames.EVERYDAY : role);
        caFile.set(ca == null ? "" : ca.toString());
        showFailure(why);
    }

    public BooleanBinding complete() {
        return Bindings.createBooleanBinding(() -> !busy.get() && !host.get().isBlank() && !port.get().isBlank()
                && !database.get().isBlank() && !user.get().isBlank() && !password.get().isEmpty(),
                busy, host, port, database, user, password);
    }

    /** Connects once and says how it went; nothing is remembered or opened. */
    public void testConnection() {
        Connection connection = validated();
        if (connection == null) {
            return;
        }
        begin("server.form.testing");
        runner.run(() -> {
            server.check(connection.address(), connection.login());
            return connection;
        }, ok -> {
            busy.set(false);
            failed.set(false);
            result.set(messages.get("server.form.testOk", ok.address()));
        }, this::failedWith);
    }

    /** Checks the server, remembers it when asked, then hands the connection to {@code onConnected}. */
    public void connect(Consumer<Connection> onConnected) {
        Connection connection = validated();
        if (connection == null) {
            return;
        }
        boolean keep = remember.get();
        char[] secret = password.get().toCharArray();
        Path ca = connection.login().caFile();
        begin("server.form.connecting");
        runner.run(() -> {
            server.check(connection.address(), connection.login());
            if (keep) {
                try {
                    remembered.remember(connection.address(), connection.login().user(), ca, secret);
                } catch (java.io.IOException e) {
                    throw new PressDeskException(e, "server.form.rememberFailed", e.getMessage());
                }
            }
            Arrays.fill(secret, '\0');
            return connection;
        }, ok -> {
            busy.set(false);
            result.set("");
            password.set("");
            onConnected.accept(ok);
        }, failure -> {
            Arrays.fill(secret, '\0');
            failedWith(failure);
        });
    }

    private Connection validated() {
        if (!complete().get()) {
            showFailure(messages.get("server.form.missing"));
            return null;
        }
        int number;
        try {
            number = Integer.parseInt(port.get().trim());
        } catch (NumberFormatException e) {
            number = -1;
        }
        if (number < 1 || number > 65_535) {
            showFailure(messages.get("server.form.badPort", port.get()));
            return null;
        }
        ServerAddress address;
        try {
            address = ServerAddress.parse(ServerAddress.SCHEME + host.get().trim() + ":" + number + "/"
                    + database.get().trim());
        } catch (PressDeskException e) {
            showFailure(messages.describe(e));
            return null;
        }
        Path ca = caFile.get().isBlank() ? null : Path.of(caFile.get().trim());
        return new Connection(address, new ServerLogin(user.get().trim(), password.get().toCharArray(), ca));
    }

    private void begin(String key) {
        busy.set(true);
        failed.set(false);
        result.set(messages.get(key));
    }

    private void failedWith(Throwable failure) {
        busy.set(false);
        showFailure(Failures.describe(failure, messages, "server.form.failed"));
    }

    private void showFailure(String text) {
        failed.set(text != null && !text.isEmpty());
        result.set(text == null ? "" : text);
    }

    public StringProperty host() {
        return host;
    }

    public StringProperty port() {
        return port;
    }

    public StringProperty database() {
        return database;
    }

    public StringProperty user() {
        return user;
    }

    public StringProperty caFile() {
        return caFile;
    }

    public StringProperty password() {
        return password;
    }

    public BooleanProperty remember() {
        return remember;
    }

    /** What the last test or connection said (a success, or the fault in the user's words). */
    public StringProperty result() {
        return result;
    }

    /** True when {@link #result} tells a failure. */
    public BooleanProperty failed() {
        return failed;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
