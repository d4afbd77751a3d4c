package org.pressdesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.domain.Cancellation;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.Genre;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.ui.UiTestData;
import org.pressdesk.ui.editor.EditorViewModel;
import org.pressdesk.ui.list.CommuniqueListViewModel;
import org.pressdesk.ui.task.BackgroundTask;
import org.pressdesk.ui.task.ManualScheduler;
import org.pressdesk.ui.task.TaskListener;
import org.pressdesk.ui.task.TaskRunner;

/** The main window's state without a toolkit: crash recovery, the status line and the manager-only actions. */
class MainViewModelTest {
    @TempDir
    static Path directory;
    private static UiTestData data;

    @BeforeAll
    static void open() {
        data = new UiTestData(directory.resolve("data"));
    }

    @AfterAll
    static void close() {
        data.close();
    }

    private MainViewModel model(UserAccount user, TaskRunner persistence) {
        ManualScheduler scheduler = new ManualScheduler();
        CommuniqueListViewModel list = new CommuniqueListViewModel(data.services.communiques(),
                TaskRunner.sameThread(), scheduler, data.messages);
        EditorViewModel editor = new EditorViewModel(data.editorServices(), user, data.messages,
                TaskRunner.sameThread(), TaskRunner.sameThread(), scheduler);
        return new MainViewModel(list, editor, data.services.autosaves(), data.services.reviews(), user, persistence,
                data.messages);
    }

    @Test
    void startingAfterACrashBringsBackTheUnsavedText() {
        CommuniqueContent lost = new CommuniqueContent("Texte perdu", "Tapé avant la panne.", Genre.AUDIENCE_REPORT,
                data.office.id(), "Bamako", LocalDate.of(2026, 2, 3), "fr");
        data.services.autosaves().store(data.admin, UUID.randomUUID(), null, null, lost);
        MainViewModel model = model(data.admin, TaskRunner.sameThread());

        model.start(true);

        assertThat(model.editor().title().get()).isEqualTo("Texte perdu");
        assertThat(model.editor().dirty().get()).isTrue();
    }

    @Test
    void aRecoveryThatFailsIsToldRatherThanSwallowed() {
        MainViewModel model = model(data.editor, new FailingRunner());

        model.start(true);

        assertThat(model.status().get()).contains("brouillons non enregistrés").contains("disque illisible");
    }

    @Test
    void onlyAManagerOpensManagersScreensAndOthersAreToldWhy() {
        MainViewModel asEditor = model(data.editor, TaskRunner.sameThread());
        assertThat(asEditor.requireManager()).isFalse();
        assertThat(asEditor.status().get()).contains("responsable");

        MainViewModel asAdmin = model(data.admin, TaskRunner.sameThread());
        assertThat(asAdmin.requireManager()).isTrue();
        assertThat(asAdmin.status().get()).isEmpty();
    }

    /** Persistence whose every piece of work fails as an unreadable disk would. */
    private static final class FailingRunner implements TaskRunner {
        @Override
        public <T> Cancellation submit(BackgroundTask<T> task, TaskListener<T> listener) {
            return TaskRunner.sameThread().submit((progress, cancellation) -> {
                throw new IllegalStateException("disque illisible");
            }, listener);
        }
    }
}
