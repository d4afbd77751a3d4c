package org.pressdesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.Genre;
import org.pressdesk.ui.UiTestData;
import org.pressdesk.ui.task.ManualScheduler;
import org.pressdesk.ui.task.TaskRunner;

/** The preview shows the reference its export has, and zooms in fixed steps, sharp at the scale shown. */
class PreviewReferenceAndZoomTest {
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

    private static CommuniqueContent content() {
        return new CommuniqueContent("Audience du Ministre", "Le Ministre a reçu l’Ambassadeur.",
                Genre.AUDIENCE_REPORT, data.office.id(), "Bamako", LocalDate.of(2026, 2, 3), "fr");
    }

    @Test
    void anApprovedCommuniquesPreviewCarriesTheReferenceLineOfItsExport() throws IOException {
        Communique saved = data.services.communiques().create(data.editor, content());
        data.services.reviews().submit(data.editor, saved.id());
        Communique approved = data.services.reviews().approve(data.admin, saved.id(), "Bon pour diffusion.");
        assertThat(approved.reference()).isNotBlank();

        EditorViewModel editor = new EditorViewModel(data.editorServices(), data.editor, data.messages,
                TaskRunner.sameThread(), TaskRunner.sameThread(), new ManualScheduler());
        editor.start();
        editor.open(saved.id());
        assertThat(editor.preview().reference()).isEqualTo(approved.reference());

        byte[] pdf = data.services.pdfExport().preview(content(), approved.reference(), false);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document).replace('\u00A0', ' ').replace('\u202F', ' '))
                    .contains("N° " + approved.reference());
        }
    }

    @Test
    void aNewDraftHasNoReferenceYet() {
        EditorViewModel editor = new EditorViewModel(data.editorServices(), data.editor, data.messages,
                TaskRunner.sameThread(), TaskRunner.sameThread(), new ManualScheduler());
        editor.start();
        assertThat(editor.preview().reference()).isEmpty();
    }

    @Test
    void zoomWalksFixedStepsFromWhatFittingTheWidthShows() {
        PreviewZoom fit = PreviewZoom.fit();
        assertThat(fit.in(0.8)).isEqualTo(new PreviewZoom(false, 0.9));
        assertThat(fit.out(0.8)).isEqualTo(new PreviewZoom(false, 0.75));
        assertThat(PreviewZoom.actualSize().in(1).in(1)).isEqualTo(new PreviewZoom(false, 1.5));
        assertThat(new PreviewZoom(false, 3.0).in(1)).isEqualTo(new PreviewZoom(false, 3.0));
        assertThat(new PreviewZoom(false, 0.5).out(1)).isEqualTo(new PreviewZoom(false, 0.5));
    }

    @Test
    void oneHundredPercentIsThePagesRealSizeOnAScreenAndTheRenderStaysSharpUpToTwice() {
        double a4 = 595.3;
        assertThat(PreviewZoom.actualSize().width(a4, 400)).isCloseTo(793.7, org.assertj.core.data.Offset.offset(0.1));
        assertThat(PreviewZoom.fit().width(a4, 400)).isEqualTo(400);
        assertThat(PreviewZoom.fit().percent(a4, 397)).isEqualTo(50);
        assertThat(PreviewZoom.actualSize().renderDpi()).isEqualTo(96f);
        assertThat(new PreviewZoom(false, 1.5).renderDpi()).isEqualTo(144f);
        assertThat(new PreviewZoom(false, 3.0).renderDpi()).isEqualTo(192f);
    }
}
