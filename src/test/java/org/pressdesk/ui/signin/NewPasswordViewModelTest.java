package org.pressdesk.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.ui.UiTestData;
import org.pressdesk.ui.task.TaskRunner;

/** The password chosen after a reset, without a window: the service's rules in the person's words, then on. */
class NewPasswordViewModelTest {
    @TempDir
    Path directory;

    private UiTestData data;
    private NewPasswordViewModel model;
    private String handedOver;
    private final AtomicInteger chosen = new AtomicInteger();

    @BeforeEach
    void open() {
        data = new UiTestData(directory.resolve("data"));
        handedOver = new String(data.services.accounts().resetPassword(data.admin, data.editor, true));
        model = new NewPasswordViewModel(data.services.accounts(), data.editor, TaskRunner.sameThread(),
                data.messages);
    }

    @AfterEach
    void close() {
        data.close();
    }

    @Test
    void nothingIsTriedUntilBothFieldsAreFilled() {
        model.password().set("nouveau-secret-2026");
        assertThat(model.canChoose().get()).isFalse();
        model.choose(chosen::incrementAndGet);
        assertThat(chosen).hasValue(0);
        assertThat(data.services.accounts().mustChangePassword(data.editor)).isTrue();
    }

    @Test
    void twoDifferentEntriesAndTheHandedOverPasswordAreRefusedInTheUsersWords() {
        model.password().set("nouveau-secret-2026");
        model.repeated().set("nouveau-secret-2025");
        model.choose(chosen::incrementAndGet);
        assertThat(model.error().get()).isEqualTo("Les deux mots de passe saisis ne sont pas identiques.");
        assertThat(model.repeated().get()).as("the repetition is typed again").isEmpty();

        model.password().set(handedOver);
        model.repeated().set(handedOver);
        model.choose(chosen::incrementAndGet);
        assertThat(model.error().get()).isEqualTo("Choisissez un autre mot de passe que celui qui vous a été remis.");
        assertThat(chosen).hasValue(0);
        assertThat(model.busy().get()).isFalse();
        assertThat(data.services.accounts().mustChangePassword(data.editor)).isTrue();
    }

    @Test
    void aGoodPasswordIsStoredAndTheFlagCleared() {
        model.password().set("nouveau-secret-2026");
        model.repeated().set("nouveau-secret-2026");
        model.choose(chosen::incrementAndGet);

        assertThat(chosen).hasValue(1);
        assertThat(model.error().get()).isEmpty();
        assertThat(model.password().get()).isEmpty();
        assertThat(data.services.accounts().mustChangePassword(data.editor)).isFalse();
        assertThat(data.services.accounts().signIn(data.editor.username(), "nouveau-secret-2026".toCharArray())
                .id()).isEqualTo(data.editor.id());
        assertThatThrownBy(() -> data.services.accounts().signIn(data.editor.username(), handedOver.toCharArray()))
                .as("the handed-over password served once").isNotNull();
    }
}
