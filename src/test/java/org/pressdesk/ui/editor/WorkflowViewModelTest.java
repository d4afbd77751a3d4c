package org.pressdesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.domain.Genre;
import org.pressdesk.domain.Status;
import org.pressdesk.ui.UiTestData;
import org.pressdesk.ui.task.ManualScheduler;
import org.pressdesk.ui.task.TaskRunner;

/** The review moves offered beside the editor, without a toolkit, over a real database. */
class WorkflowViewModelTest {
    @TempDir
    static Path directory;
    private static UiTestData data;
    private EditorViewModel editor;
    private WorkflowViewModel workflow;
    private final AtomicInteger changes = new AtomicInteger();

    @BeforeAll
    static void openData() {
        data = new UiTestData(directory.resolve("data"));
    }

    @BeforeEach
    void open() {
        editor = new EditorViewModel(data.editorServices(), data.editor, data.messages, TaskRunner.sameThread(),
                TaskRunner.sameThread(), new ManualScheduler());
        editor.start();
        workflow = new WorkflowViewModel(data.services.reviews(), data.editor, data.messages,
                TaskRunner.sameThread(), editor);
        workflow.setOnChanged(changes::incrementAndGet);
    }

    @AfterAll
    static void close() {
        data.close();
    }

    private void fill() {
        editor.title().set("Audience du Ministre");
        editor.body().set("Le Ministre a reçu l’Ambassadeur.");
        editor.genre().set(Genre.AUDIENCE_REPORT);
        editor.eventDate().set(LocalDate.of(2026, 2, 3));
    }

    @Test
    void aNewDraftMayOnlyBeSubmitted() {
        assertThat(workflow.canSubmit().get()).isTrue();
        assertThat(workflow.canWithdraw().get()).isFalse();
        assertThat(workflow.canPublish().get()).isFalse();
        assertThat(workflow.status().get()).isEqualTo("Brouillon");
    }

    @Test
    void submittingSavesTheTextFirstThenMovesItToReview() {
        fill();
        workflow.submit();

        assertThat(editor.stored().get().status()).isEqualTo(Status.IN_REVIEW);
        assertThat(editor.dirty().get()).isFalse();
        assertThat(editor.message().get()).contains("Audience du Ministre").contains("En relecture");
        assertThat(workflow.canSubmit().get()).isFalse();
        assertThat(workflow.canWithdraw().get()).isTrue();
        assertThat(changes).hasValue(1);
    }

    @Test
    void withdrawingBringsTheTextBackToDraft() {
        fill();
        workflow.submit();
        workflow.withdraw();

        assertThat(editor.stored().get().status()).isEqualTo(Status.DRAFT);
        assertThat(workflow.canSubmit().get()).isTrue();
        assertThat(changes).hasValue(2);
    }

    @Test
    void aRefusedMoveIsShownAndChangesNothing() {
        fill();
        editor.save();
        workflow.publish();

        assertThat(editor.stored().get().status()).isEqualTo(Status.DRAFT);
        assertThat(editor.message().get()).isNotBlank().doesNotContain("Exception");
        assertThat(changes).hasValue(0);
    }
}
