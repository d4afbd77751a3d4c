package org.pressdesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.ui.UiTestData;
import org.pressdesk.ui.task.ManualScheduler;
import org.pressdesk.ui.task.TaskRunner;

/** The title check the editor's decoration shows is the save's own rule, too-long titles included. */
class EditorTitleCheckTest {
    @TempDir
    static Path directory;
    private static UiTestData data;
    private EditorViewModel editor;

    @BeforeAll
    static void openData() {
        data = new UiTestData(directory.resolve("data"));
    }

    @BeforeEach
    void open() {
        editor = new EditorViewModel(data.editorServices(), data.editor, data.messages, TaskRunner.sameThread(),
                TaskRunner.sameThread(), new ManualScheduler());
    }

    @AfterAll
    static void close() {
        data.close();
    }

    @Test
    void aBlankTitleIsMissing() {
        assertThat(editor.checkTitle("  ")).contains("titre est obligatoire");
        assertThat(editor.checkTitle(null)).contains("titre est obligatoire");
    }

    @Test
    void aTitleOnlyOfInvisibleControlsIsMissingAsTheSaveWouldFindIt() {
        assertThat(editor.checkTitle("\u202E\u200F")).contains("titre est obligatoire");
    }

    @Test
    void aTitleOverTheLimitIsTooLong() {
        String tooLong = "a".repeat(CommuniqueContent.MAX_TITLE_LENGTH + 1);
        assertThat(editor.checkTitle(tooLong)).contains("trop long").contains("500");
        assertThat(editor.checkTitle("a".repeat(CommuniqueContent.MAX_TITLE_LENGTH))).isEmpty();
    }

    @Test
    void theSaveRefusesWhatTheCheckShows() {
        String tooLong = "a".repeat(CommuniqueContent.MAX_TITLE_LENGTH + 1);
        editor.title().set(tooLong);
        editor.save();

        assertThat(editor.titleProblem().get()).isEqualTo(editor.checkTitle(tooLong));
        assertThat(editor.stored().get()).isNull();
    }
}
