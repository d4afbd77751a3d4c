package org.pressdesk.ui.server;

import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.pressdesk.i18n.Messages;
import org.pressdesk.domain.ServerAddress;
import org.pressdesk.ui.task.TaskRunner;

/**
 * The main window's word on the shared server: nothing while it answers; when it stops answering (restarted, the
 * network dropped), that the work under way is kept and the program reconnects by itself; then that it is back.
 * Asked again every few seconds by the status bar; nothing at all on the embedded database.
 */
public final class ServerStatusViewModel {
    private final Optional<ServerAddress> server;
    private final BooleanSupplier answers;
    private final TaskRunner runner;
    private final Messages messages;
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private boolean away;
    private boolean checking;

    public ServerStatusViewModel(Optional<ServerAddress> server, BooleanSupplier answers, TaskRunner runner,
            Messages messages) {
        this.server = server;
        this.answers = answers;
        this.runner = runner;
        this.messages = messages;
    }

    /** True when there is a server to watch. */
    public boolean watching() {
        return server.isPresent();
    }

    /** Asks the server (in the background) whether it answers, unless a question is already out. */
    public void check() {
        if (server.isEmpty() || checking) {
            return;
        }
        checking = true;
        runner.run(answers::getAsBoolean, this::answered, failure -> answered(false));
    }

    private void answered(boolean answering) {
        checking = false;
        if (!answering) {
            away = true;
            notice.set(messages.get("server.status.away", server.get()));
        } else if (away) {
            away = false;
            notice.set(messages.get("server.status.back", server.get()));
        } else {
            notice.set("");
        }
    }

    /** What the status bar says; empty while all is well. */
    public ReadOnlyStringProperty notice() {
        return notice.getReadOnlyProperty();
    }
}
