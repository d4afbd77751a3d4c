package org.pressdesk.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.Genre;
import org.pressdesk.ui.UiTestData;
import org.pressdesk.ui.editor.ConflictChoice;
import org.pressdesk.ui.editor.EditorViewModel;
import org.pressdesk.ui.task.ManualScheduler;
import org.pressdesk.ui.task.TaskRunner;

/** The open editor and a colleague's save of the same communiqué, without a toolkit. */
class ColleagueEditsViewModelTest {
    @TempDir
    Path directory;

    private UiTestData data;
    private EditorViewModel editor;
    private ColleagueEditsViewModel colleagues;
    private Communique opened;

    @BeforeEach
    void open() {
        data = new UiTestData(directory.resolve("data"));
        editor = new EditorViewModel(data.editorServices(), data.editor, data.messages, TaskRunner.sameThread(),
                TaskRunner.sameThread(), new ManualScheduler());
        editor.start();
        colleagues = new ColleagueEditsViewModel(editor, data.services.communiques(), TaskRunner.sameThread(),
                data.messages, ZoneOffset.UTC);
        opened = data.services.communiques().create(data.editor, content("Audience", "Premier texte."));
        editor.open(opened.id());
    }

    @AfterEach
    void close() {
        data.close();
    }

    private CommuniqueContent content(String title, String body) {
        return new CommuniqueContent(title, body, Genre.PRESS_RELEASE, data.office.id(), "Bamako",
                LocalDate.of(2026, 12, 3), "fr");
    }

    /** The administrator, at another desk, saves the communiqué open here. */
    private Communique colleagueSaves(String title) {
        Communique stored = data.services.communiques().get(opened.id());
        return data.services.communiques().save(data.admin, stored.id(), stored.version(), content(title, "Relu."));
    }

    @Test
    void anEditorWithoutUnsavedChangesShowsTheColleaguesRevisionAndSaysWho() {
        Communique theirs = colleagueSaves("Audience du Ministre");
        colleagues.othersChanged();

        assertThat(editor.title().get()).isEqualTo("Audience du Ministre");
        assertThat(editor.stored().get().version()).isEqualTo(theirs.version());
        assertThat(editor.dirty().get()).isFalse();
        assertThat(editor.message().get()).contains("Révision 2").contains("Awa Sangaré");
        assertThat(colleagues.theirs().get()).isNull();
    }

    @Test
    void unsavedChangesAreKeptAndTheNoticeOffersTheConflictChoiceNow() {
        editor.body().set("Mon texte en cours.");
        colleagueSaves("Audience du Ministre");
        colleagues.othersChanged();

        assertThat(editor.body().get()).isEqualTo("Mon texte en cours.");
        assertThat(editor.title().get()).isEqualTo("Audience");
        assertThat(colleagues.noticeText()).startsWith("Modifié par Awa Sangaré à ").contains("révision 2");
        assertThat(editor.conflict().get()).isNull();

        colleagues.chooseNow();
        assertThat(editor.conflict().get()).isNotNull();
        assertThat(editor.conflict().get().current().revision()).isEqualTo(2);
        editor.resolve(ConflictChoice.KEEP_MINE);

        assertThat(editor.stored().get().revision()).as("mine saved after theirs, theirs kept").isEqualTo(3);
        assertThat(data.services.communiques().revisions(opened.id())).hasSize(3);
        assertThat(colleagues.theirs().get()).as("the notice goes once saved").isNull();
    }

    @Test
    void aSaveFromTheOlderVersionStillMeetsTheConflictChoice() {
        editor.body().set("Mon texte en cours.");
        colleagueSaves("Audience du Ministre");
        colleagues.othersChanged();
        editor.save();

        assertThat(editor.conflict().get()).as("never a silent overwrite").isNotNull();
        assertThat(data.services.communiques().get(opened.id()).title()).isEqualTo("Audience du Ministre");
    }

    @Test
    void ownSavesAndOtherCommuniquesChangeNothing() {
        data.services.communiques().create(data.admin, content("Autre", "Autre texte."));
        editor.title().set("Audience modifiée");
        editor.save();
        colleagues.othersChanged();

        assertThat(colleagues.theirs().get()).isNull();
        assertThat(editor.title().get()).isEqualTo("Audience modifiée");
    }
}
