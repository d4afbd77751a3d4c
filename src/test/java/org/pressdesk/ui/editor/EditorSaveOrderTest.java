package org.pressdesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.domain.AutosavedDraft;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.ListQuery;
import org.pressdesk.ui.UiTestData;
import org.pressdesk.ui.task.ManualScheduler;
import org.pressdesk.ui.task.TaskRunner;

/**
 * The window's saves and autosaves when the persistence queue is slower than the user: what was saved never comes
 * back as an unsaved new communiqué, a late save does not take over the draft opened since, and a second Ctrl+S
 * during a save does not create the communiqué twice. These are the orders that lost text after a kill.
 */
class EditorSaveOrderTest {
    @TempDir
    Path directory;

    private UiTestData data;
    private final ManualScheduler scheduler = new ManualScheduler();
    private final HeldRunner persistence = new HeldRunner();
    private EditorViewModel editor;

    @BeforeEach
    void open() {
        data = new UiTestData(directory.resolve("data"));
        editor = new EditorViewModel(data.editorServices(), data.editor, data.messages, persistence,
                TaskRunner.sameThread(), scheduler);
        editor.start();
        persistence.runAll();
    }

    @AfterEach
    void close() {
        data.close();
    }

    @Test
    void anAutosaveDueWhileTheSaveRunsDoesNotLeaveTheSavedTextBehindAsANewDraft() {
        editor.title().set("Audience du Ministre");
        editor.save();
        scheduler.advance(Duration.ofSeconds(4));
        persistence.runAll();

        assertThat(editor.stored().get()).isNotNull();
        assertThat(data.services.autosaves().pending(data.editor)).isEmpty();
    }

    @Test
    void textTypedDuringTheSaveIsAutosavedForTheSavedCommunique() {
        editor.title().set("Audience du Ministre");
        editor.save();
        editor.body().set("Texte tapé pendant l’enregistrement.");
        scheduler.advance(Duration.ofSeconds(4));
        persistence.runAll();
        scheduler.advance(Duration.ofSeconds(4));
        persistence.runAll();

        Communique saved = editor.stored().get();
        assertThat(data.services.autosaves().pending(data.editor)).singleElement().satisfies(draft -> {
            assertThat(draft.communiqueId()).isEqualTo(saved.id());
            assertThat(draft.content().body()).isEqualTo("Texte tapé pendant l’enregistrement.");
        });
        assertThat(editor.dirty().get()).isTrue();
    }

    @Test
    void aSaveThatEndsAfterANewDraftWasStartedLeavesTheNewDraftNew() {
        editor.title().set("Premier communiqué");
        editor.save();
        editor.newDraft();
        editor.title().set("Second communiqué");
        persistence.runAll();
        scheduler.advance(Duration.ofSeconds(4));
        persistence.runAll();

        assertThat(editor.stored().get()).isNull();
        assertThat(editor.title().get()).isEqualTo("Second communiqué");
        assertThat(editor.dirty().get()).isTrue();
        assertThat(data.services.autosaves().pending(data.editor)).singleElement()
                .extracting(AutosavedDraft::communiqueId).isNull();
    }

    @Test
    void aSecondSaveDuringTheFirstCreatesTheCommuniqueOnce() {
        editor.title().set("Audience du Ministre");
        editor.save();
        editor.body().set("Deuxième version.");
        editor.save();
        persistence.runAll();
        persistence.runAll();

        assertThat(data.services.communiques().list(ListQuery.all())).hasSize(1);
        assertThat(editor.stored().get().content().body()).isEqualTo("Deuxième version.");
        assertThat(editor.dirty().get()).isFalse();
        assertThat(data.services.autosaves().pending(data.editor)).isEmpty();
    }
}
