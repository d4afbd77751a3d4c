package org.pressdesk.ui.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.pressdesk.i18n.Messages;
import org.pressdesk.domain.ServerAddress;
import org.pressdesk.ui.task.TaskRunner;

/** The status bar's word on the server: silent while it answers, plain when it goes, and when it comes back. */
class ServerStatusViewModelTest {
    private final Messages messages = Messages.forLocale(Locale.FRENCH);
    private final AtomicBoolean answering = new AtomicBoolean(true);
    private final AtomicInteger asked = new AtomicInteger();

    private ServerStatusViewModel model(Optional<ServerAddress> server) {
        return new ServerStatusViewModel(server, () -> {
            asked.incrementAndGet();
            return answering.get();
        }, TaskRunner.sameThread(), messages);
    }

    @Test
    void saysWhenTheServerGoesAndWhenItIsBack() {
        ServerStatusViewModel model = model(Optional.of(ServerAddress.parse("postgresql://siege/presse")));
        model.check();
        assertThat(model.notice().get()).isEmpty();

        answering.set(false);
        model.check();
        assertThat(model.notice().get()).contains("postgresql://siege/presse").contains("ne répond plus")
                .contains("gardé");

        answering.set(true);
        model.check();
        assertThat(model.notice().get()).contains("rétablie");
        model.check();
        assertThat(model.notice().get()).isEmpty();
    }

    @Test
    void theEmbeddedDatabaseIsNeverAsked() {
        ServerStatusViewModel model = model(Optional.empty());
        model.check();
        assertThat(model.watching()).isFalse();
        assertThat(asked.get()).isZero();
        assertThat(model.notice().get()).isEmpty();
    }
}
