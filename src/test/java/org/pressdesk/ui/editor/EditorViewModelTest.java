package org.pressdesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.domain.AutosavedDraft;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.Genre;
import org.pressdesk.domain.ListQuery;
import org.pressdesk.domain.Revision;
import org.pressdesk.ui.UiTestData;
import org.pressdesk.ui.task.ManualScheduler;
import org.pressdesk.ui.task.TaskRunner;

class EditorViewModelTest {
    @TempDir
    Path directory;

    private UiTestData data;
    private ManualScheduler scheduler;
    private EditorViewModel editor;

    @BeforeEach
    void open() {
        data = new UiTestData(directory.resolve("data"));
        scheduler = new ManualScheduler();
        editor = newEditor();
    }

    private EditorViewModel newEditor() {
        EditorViewModel model = new EditorViewModel(data.editorServices(), data.editor, data.messages,
                TaskRunner.sameThread(), TaskRunner.sameThread(), scheduler);
        model.start();
        return model;
    }

    @AfterEach
    void close() {
        data.close();
    }

    @Test
    void startsAnEmptyDraftForTheDefaultOfficeDatedToday() {
        assertThat(editor.office().get()).isEqualTo(data.office);
        assertThat(editor.place().get()).isEqualTo("Bamako");
        assertThat(editor.eventDate().get()).isNotNull();
        assertThat(editor.dirty().get()).isFalse();
    }

    @Test
    void typingAutosavesWithinThreeSecondsOfTheLastKeystroke() {
        editor.title().set("Audience");
        editor.body().set("Le Ministre a reçu en audience…");
        scheduler.advance(Duration.ofMillis(2900));

        List<AutosavedDraft> pending = data.services.autosaves().pending(data.editor);
        assertThat(pending).hasSize(1);
        assertThat(pending.get(0).content().body()).isEqualTo("Le Ministre a reçu en audience…");
        assertThat(editor.state().get()).startsWith("Nouveau communiqué, pas encore enregistré")
                .contains("copie de secours automatique");
        assertThat(editor.message().get()).as("one status line, nothing beside it to contradict").isEmpty();
    }

    @Test
    void theStateLineFollowsSavesEditsAndAutosavesOfAStoredCommunique() {
        fill("Audience de l’Ambassadeur", "Premier paragraphe.");
        editor.save();
        assertThat(editor.state().get())
                .isEqualTo("Brouillon · révision 1 · dernière modification par Moussa Coulibaly");

        editor.body().set("Premier paragraphe modifié.");
        assertThat(editor.state().get()).isEqualTo("Brouillon · révision 1 · modifications non enregistrées");
        assertThat(editor.message().get()).as("the save is no longer the news").isEmpty();
        scheduler.advance(Duration.ofSeconds(3));
        assertThat(editor.state().get()).startsWith("Brouillon · révision 1 · modifications non enregistrées, "
                + "copie de secours automatique à ");
    }

    @Test
    void theTitleRequiredMessageGoesAsSoonAsATitleIsTyped() {
        editor.body().set("Un texte précieux");
        editor.save();
        assertThat(editor.message().get()).contains("titre est obligatoire");

        editor.title().set("A");

        assertThat(editor.titleProblem().get()).isEmpty();
        assertThat(editor.message().get()).isEmpty();
    }

    @Test
    void steadyTypingIsAutosavedEvenWithoutAPause() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            text.append("mot ");
            editor.body().set(text.toString());
            scheduler.advance(Duration.ofMillis(400));
        }
        assertThat(data.services.autosaves().pending(data.editor)).singleElement()
                .satisfies(d -> assertThat(d.content().body().length()).isGreaterThan(40));
    }

    @Test
    void explicitSaveWritesARevisionAndClearsTheAutosave() {
        fill("Audience de l’Ambassadeur", "Premier paragraphe.\n\nSecond paragraphe.");
        scheduler.advance(Duration.ofSeconds(3));
        editor.save();

        Communique saved = editor.stored().get();
        assertThat(saved).isNotNull();
        assertThat(saved.revision()).isEqualTo(1);
        assertThat(editor.dirty().get()).isFalse();
        assertThat(editor.message().get()).isEqualTo("Enregistré\u00a0: révision 1.");
        assertThat(data.services.autosaves().pending(data.editor)).isEmpty();

        editor.body().set("Premier paragraphe modifié.");
        editor.save();
        List<Revision> revisions = data.services.communiques().revisions(saved.id());
        assertThat(revisions).extracting(Revision::number).containsExactly(1, 2);
        assertThat(revisions.get(0).content().body()).isEqualTo("Premier paragraphe.\n\nSecond paragraphe.");
    }

    @Test
    void saveWithoutTitleSaysWhatIsMissingAndKeepsTheText() {
        editor.body().set("Un texte précieux");
        editor.save();

        assertThat(editor.titleProblem().get()).contains("titre est obligatoire");
        assertThat(editor.message().get()).contains("titre est obligatoire");
        assertThat(editor.body().get()).isEqualTo("Un texte précieux");
        assertThat(editor.dirty().get()).isTrue();
        assertThat(data.services.communiques().count("")).isZero();
    }

    @Test
    void anAutosaveDoesNotHideWhyTheLastSaveFailed() {
        editor.body().set("Un texte précieux");
        editor.save();
        scheduler.advance(Duration.ofSeconds(3));
        assertThat(data.services.autosaves().pending(data.editor)).hasSize(1);
        assertThat(editor.message().get()).contains("titre est obligatoire");
    }

    @Test
    void wordAndCharacterCountsFollowTheBodyOnceTypingPauses() {
        String before = editor.stats().get();
        editor.body().set("Le Ministre a reçu l’Ambassadeur.");
        assertThat(editor.stats().get()).as("not counted again at each key").isEqualTo(before);
        scheduler.advance(EditorViewModel.COUNT_DELAY);
        assertThat(editor.stats().get()).isEqualTo("5 mots · 33 caractères");
    }

    @Test
    void aSecondWindowSavingTheSameCommuniqueGetsAChoiceNotAnOverwrite() {
        fill("Communiqué conjoint", "Texte initial.");
        editor.save();
        long id = editor.stored().get().id();
        EditorViewModel other = newEditor();
        other.open(id);

        editor.body().set("Version de la première fenêtre.");
        editor.save();
        other.body().set("Version de la seconde fenêtre.");
        other.save();

        assertThat(other.conflict().get()).isNotNull();
        assertThat(other.conflict().get().current().content().body()).isEqualTo("Version de la première fenêtre.");
        assertThat(data.services.communiques().get(id).content().body()).isEqualTo("Version de la première fenêtre.");
        assertThat(other.body().get()).isEqualTo("Version de la seconde fenêtre.");

        other.resolve(ConflictChoice.KEEP_MINE);
        assertThat(data.services.communiques().get(id).content().body()).isEqualTo("Version de la seconde fenêtre.");
        assertThat(data.services.communiques().revisions(id)).extracting(r -> r.content().body())
                .contains("Version de la première fenêtre.", "Version de la seconde fenêtre.");
    }

    @Test
    void conflictCanBeSettledBySavingAsANewCommunique() {
        fill("Note", "Texte initial.");
        editor.save();
        long id = editor.stored().get().id();
        EditorViewModel other = newEditor();
        other.open(id);
        editor.body().set("A");
        editor.save();
        other.body().set("B");
        other.save();

        other.resolve(ConflictChoice.SAVE_AS_NEW);
        assertThat(data.services.communiques().get(id).content().body()).isEqualTo("A");
        assertThat(other.stored().get().id()).isNotEqualTo(id);
        assertThat(other.stored().get().content().body()).isEqualTo("B");
    }

    @Test
    void reopeningAfterACrashRestoresTheAutosavedText() {
        fill("Déclaration", "Texte enregistré.");
        editor.save();
        long id = editor.stored().get().id();
        editor.body().set("Texte tapé juste avant la panne.");
        scheduler.advance(Duration.ofSeconds(3));

        EditorViewModel afterCrash = newEditor();
        afterCrash.open(id);
        assertThat(afterCrash.body().get()).isEqualTo("Texte tapé juste avant la panne.");
        assertThat(afterCrash.dirty().get()).isTrue();
        assertThat(afterCrash.message().get()).startsWith("Texte non enregistré récupéré");
    }

    @Test
    void exportSavesFirstThenWritesThePdf() throws Exception {
        fill("Communiqué à exporter", "Texte.");
        Path file = directory.resolve("sortie").resolve("communique.pdf");
        editor.exportTo(file, exported -> { });

        assertThat(Files.size(file)).isPositive();
        assertThat(editor.stored().get()).isNotNull();
        assertThat(editor.message().get()).startsWith("PDF exporté");
    }

    @Test
    void discardingChangesRestoresTheSavedText() {
        fill("Titre", "Texte enregistré.");
        editor.save();
        editor.body().set("Brouillon à jeter");
        scheduler.advance(Duration.ofSeconds(3));
        editor.discardChanges();
        assertThat(editor.body().get()).isEqualTo("Texte enregistré.");
        assertThat(data.services.autosaves().pending(data.editor)).isEmpty();
    }

    private void fill(String title, String body) {
        editor.title().set(title);
        editor.body().set(body);
        editor.genre().set(Genre.AUDIENCE_REPORT);
        editor.eventDate().set(LocalDate.of(2026, 2, 3));
    }

    @Test
    void listQueryFindsWhatWasSaved() {
        fill("Cérémonie de présentation des lettres de créance", "Texte.");
        editor.save();
        assertThat(data.services.communiques().list(new ListQuery("ceremonie", 0, 10))).singleElement()
                .satisfies(s -> assertThat(s.title()).startsWith("Cérémonie"));
        CommuniqueContent content = editor.content();
        assertThat(content.officeId()).isEqualTo(data.office.id());
    }
}
