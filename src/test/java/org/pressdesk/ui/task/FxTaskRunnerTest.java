package org.pressdesk.ui.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class FxTaskRunnerTest {
    @Test
    void workAskedForAfterCloseIsDroppedWithoutFailingTheCaller() {
        FxTaskRunner runner = new FxTaskRunner("closed");
        runner.close();
        AtomicBoolean ran = new AtomicBoolean();
        assertThatCode(() -> runner.run(() -> ran.getAndSet(true), done -> { }, failed -> { }))
                .doesNotThrowAnyException();
        assertThat(ran).isFalse();
    }
}
