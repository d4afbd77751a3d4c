package org.pressdesk.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.HeaderLayout;
import org.pressdesk.domain.Office;
import org.pressdesk.i18n.Messages;
import org.pressdesk.office.SetupService;
import org.pressdesk.pdf.PagePreview;
import org.pressdesk.publication.LetterheadProof;
import org.pressdesk.publication.PublicationFixture;
import org.pressdesk.ui.task.ManualScheduler;
import org.pressdesk.ui.task.TaskRunner;

/** The first-start letterhead: the default when left blank, a live sample page, a logo checked before it is taken. */
class LetterheadStepModelTest {
    private final Messages messages = Messages.forLocale(Locale.FRENCH);
    private final ManualScheduler scheduler = new ManualScheduler();
    private final StringProperty code = new SimpleStringProperty("BIP/MAECI");
    private final StringProperty name = new SimpleStringProperty("Bureau de la Presse");
    private final List<Office> drawn = new ArrayList<>();
    private final LetterheadProof proof = AppServices.letterheadProof();
    private final LetterheadStepModel model = new LetterheadStepModel((content, office) -> {
        drawn.add(office);
        return proof.draw(content, office, false);
    }, new PagePreview(), messages, TaskRunner.sameThread(), scheduler, code, name, SetupViewModel.ZONE);

    @TempDir
    Path directory;

    @Test
    void leftBlankTheOfficeGetsTheDefaultLetterhead() {
        assertThat(model.letterhead()).isEqualTo(SetupService.defaultLetterhead(SetupViewModel.ZONE));
    }

    @Test
    void aChangeRedrawsTheSamplePageOnTheLetterheadAsTyped() {
        model.fields().country().set("RÉPUBLIQUE DU MALI");
        model.fields().ministry().set("Ministère de la Communication");
        assertThat(drawn).as("not drawn at each keystroke").isEmpty();

        scheduler.advance(LetterheadStepModel.PREVIEW_DELAY);

        assertThat(drawn).singleElement().satisfies(office -> {
            assertThat(office.code()).isEqualTo("BIP/MAECI");
            assertThat(office.letterhead().countryName()).isEqualTo("RÉPUBLIQUE DU MALI");
            assertThat(office.letterhead().layout()).isEqualTo(HeaderLayout.TWO_COLUMN);
        });
        assertThat(model.preview().get().image().getWidth()).isGreaterThan(500);
    }

    @Test
    void aLogoIsCheckedBeforeItIsTaken() throws Exception {
        Path notImage = directory.resolve("logo.png");
        Files.writeString(notImage, "pas une image");
        model.useLogo(notImage);
        assertThat(model.fields().logo().get()).isNull();
        assertThat(model.message().get()).contains("logo.png");

        Path logo = directory.resolve("armoiries.png");
        Files.write(logo, PublicationFixture.logo().bytes());
        model.useLogo(logo);
        assertThat(model.fields().logo().get()).isNotNull();
        assertThat(model.letterhead().logo()).isNotNull();
        assertThat(model.message().get()).isEmpty();
    }
}
