package org.pressdesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.domain.Genre;
import org.pressdesk.ui.UiTestData;
import org.pressdesk.ui.task.ManualScheduler;
import org.pressdesk.ui.task.TaskRunner;

/** The live preview without a toolkit: the real PDF page, and renders asked for twice drawn once. */
class PreviewViewModelTest {
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

    private EditorViewModel editor(TaskRunner rendering) {
        EditorViewModel editor = new EditorViewModel(data.editorServices(), data.editor, data.messages,
                TaskRunner.sameThread(), rendering, new ManualScheduler());
        editor.start();
        editor.title().set("Audience du Ministre");
        editor.body().set("Le Ministre a reçu l’Ambassadeur.");
        editor.genre().set(Genre.AUDIENCE_REPORT);
        editor.eventDate().set(LocalDate.of(2026, 2, 3));
        return editor;
    }

    @Test
    void rendersThePageOfTheTextBeingEdited() {
        PreviewViewModel preview = editor(TaskRunner.sameThread()).preview();
        preview.render();

        assertThat(preview.image().get()).isNotNull();
        assertThat(preview.image().get().pageCount()).isEqualTo(1);
        assertThat(preview.page().get()).isZero();
        assertThat(preview.problem().get()).isEmpty();
    }

    @Test
    void aRenderOvertakenByANewerOneIsSkippedAndTheNewerIsShown() {
        HeldRunner rendering = new HeldRunner();
        EditorViewModel editor = editor(rendering);
        PreviewViewModel preview = editor.preview();
        preview.render();
        editor.title().set("Audience du Premier ministre");
        preview.render();
        assertThat(preview.problem().get()).isNotEmpty();

        rendering.runAll();

        assertThat(preview.image().get()).isNotNull();
        assertThat(preview.problem().get()).isEmpty();
    }
}
