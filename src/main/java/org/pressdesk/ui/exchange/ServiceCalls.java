package org.pressdesk.ui.exchange;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.task.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the exchange view models call services: on the runner, busy meanwhile, and a failure said in the user's words
 * (an unexpected one also reaches the log at WARN).
 */
final class ServiceCalls {
    private static final Logger LOG = LoggerFactory.getLogger(ServiceCalls.class);

    private final TaskRunner runner;
    private final Messages messages;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    ServiceCalls(TaskRunner runner, Messages messages) {
        this.runner = runner;
        this.messages = messages;
    }

    <T> void run(Callable<T> task, Consumer<T> then) {
        busy.set(true);
        runner.run(task, result -> {
            busy.set(false);
            then.accept(result);
        }, this::failed);
    }

    private void failed(Throwable failure) {
        busy.set(false);
        if (failure instanceof PressDeskException known) {
            message.set(messages.describe(known));
        } else {
            LOG.warn("Exchange work failed", failure);
            message.set(messages.get("exchange.window.failed", String.valueOf(failure.getMessage())));
        }
    }

    ReadOnlyBooleanWrapper busy() {
        return busy;
    }

    ReadOnlyStringWrapper message() {
        return message;
    }
}
