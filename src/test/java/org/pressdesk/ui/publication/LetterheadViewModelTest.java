package org.pressdesk.ui.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.domain.HeaderLayout;
import org.pressdesk.pdf.PagePreview;
import org.pressdesk.publication.PublicationFixture;
import org.pressdesk.ui.task.ManualScheduler;
import org.pressdesk.ui.task.TaskRunner;

class LetterheadViewModelTest {
    @TempDir
    Path directory;
    private PublicationFixture fixture;
    private final ManualScheduler scheduler = new ManualScheduler();
    private LetterheadViewModel model;

    @BeforeEach
    void open() {
        fixture = new PublicationFixture(directory.resolve("data"));
        model = new LetterheadViewModel(fixture.services.offices(), fixture.services.pdfExport(), new PagePreview(),
                fixture.admin, fixture.messages, TaskRunner.sameThread(), TaskRunner.sameThread(), scheduler);
        model.start("BIP/MAECI");
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void showsTheOfficesPaperAndRedrawsThePreviewAMomentAfterAChange() {
        assertThat(model.fields().country().get()).isEqualTo("RÉPUBLIQUE DU MALI");
        var first = model.preview().get();
        assertThat(first).isNotNull();
        model.fields().layout().set(HeaderLayout.CENTERED);
        assertThat(model.preview().get()).isSameAs(first);
        scheduler.advance(Duration.ofSeconds(1));
        assertThat(model.preview().get()).isNotSameAs(first);
    }

    @Test
    void savesTheLetterheadForEveryLaterExport() {
        model.fields().motto().set("Un Peuple – Un But – Une Foi !");
        model.fields().layout().set(HeaderLayout.CENTERED);
        model.fields().endMark().set("###");
        model.removeLogo();
        model.save();
        var stored = fixture.services.offices().find(fixture.office.id()).orElseThrow().letterhead();
        assertThat(stored.layout()).isEqualTo(HeaderLayout.CENTERED);
        assertThat(stored.endMark()).isEqualTo("###");
        assertThat(stored.logo()).isNull();
        assertThat(model.message().get()).isEqualTo("Papier à en-tête de BIP/MAECI enregistré.");
    }

    @Test
    void refusesAFileThatIsNotAnImageAndKeepsTheLogo() throws Exception {
        Path text = Files.writeString(directory.resolve("logo.png"), "pas une image");
        model.useLogo(text);
        assertThat(model.message().get()).isEqualTo("logo.png n’est pas une image PNG ou JPEG.");
        assertThat(model.fields().logo().get()).isEqualTo(fixture.office.letterhead().logo());
    }

    @Test
    void refusesA50MegabyteLogoWithoutReadingIt() throws Exception {
        Path huge = directory.resolve("armoiries.png");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024);
        }
        model.useLogo(huge);
        assertThat(model.message().get())
                .isEqualTo("Le logo armoiries.png pèse 50 Mo\u202f: 5 Mo au plus. Enregistrez-le en plus petit "
                        + "(PNG ou JPEG).");
    }

    @Test
    void onlyAnAdministratorSaves() {
        LetterheadViewModel editor = new LetterheadViewModel(fixture.services.offices(),
                fixture.services.pdfExport(), new PagePreview(), fixture.editor, fixture.messages,
                TaskRunner.sameThread(), TaskRunner.sameThread(), scheduler);
        editor.start(null);
        assertThat(editor.canSave()).isFalse();
        editor.save();
        assertThat(editor.message().get()).contains("administrat");
    }

    @Test
    void theSamplePageIsInTheOfficesLanguageEvenInTheEnglishInterface() {
        LetterheadViewModel english = new LetterheadViewModel(fixture.services.offices(),
                fixture.services.pdfExport(), new PagePreview(), fixture.admin,
                org.pressdesk.i18n.Messages.forLocale(java.util.Locale.ENGLISH), TaskRunner.sameThread(),
                TaskRunner.sameThread(), scheduler);
        english.start("BIP/MAECI");

        var sample = LetterheadViewModel.sample(english.office().get());

        assertThat(sample.language()).isEqualTo("fr");
        assertThat(sample.title()).isEqualTo(org.pressdesk.i18n.Messages.french().get("letterhead.sample.title"));
        assertThat(sample.body()).contains("Le Ministre a reçu");
    }

    @Test
    void aChangedFieldIsAnUnsavedChangeUntilSaved() {
        assertThat(model.hasUnsavedChanges()).isFalse();
        model.fields().motto().set("Un Peuple – Un But – Une Foi !");
        assertThat(model.hasUnsavedChanges()).isTrue();

        model.save();

        assertThat(model.hasUnsavedChanges()).isFalse();
    }
}
