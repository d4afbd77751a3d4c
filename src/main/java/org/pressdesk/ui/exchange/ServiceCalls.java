package org.pressdesk.ui.exchange;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.pressdesk.i18n.Failures;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.task.TaskRunner;

/**
 * How the exchange view models call services: on the runner, busy meanwhile, and a failure said in the user's words
 * (an unexpected one also reaches the log at WARN).
 */
final class ServiceCalls {

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
        message.set(Failures.describe(failure, messages, "exchange.window.failed"));
    }

    ReadOnlyBooleanWrapper busy() {
        return busy;
    }

    ReadOnlyStringWrapper message() {
        return message;
    }
}
