package org.pressdesk.publication;

import java.nio.file.Files;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.pressdesk.ui.common.Theme;
import org.pressdesk.ui.common.UiContext;
import org.pressdesk.ui.publication.PublicationServices;
import org.pressdesk.ui.publication.LetterheadWindow;
import org.pressdesk.ui.task.FxScheduler;
import org.pressdesk.ui.task.FxTaskRunner;

/**
 * Opens the letterhead editor on the sample office, for a screenshot under Xvfb (docs/screenshots). Not a test:
 * {@code xvfb-run -a -s "-screen 0 1400x900x24" java -cp ... org.pressdesk.publication.ShowLetterheadEditor}.
 */
public final class ShowLetterheadEditor {
    private ShowLetterheadEditor() {
    }

    public static void main(String[] args) {
        Application.launch(Editor.class, args);
    }

    /** The JavaFX application; started through {@link #main}, as a class-path launch requires. */
    public static final class Editor extends Application {
    private PublicationFixture fixture;

    @Override
    public void start(Stage ignored) throws Exception {
        Theme.apply();
        fixture = new PublicationFixture(Files.createTempDirectory("pressdesk-letterhead"));
        UiContext context = new UiContext(fixture.admin, fixture.messages,
                new FxTaskRunner("persistence"), new FxTaskRunner("rendering"), new FxTaskRunner("listing"),
                new FxScheduler(), (owner, title, filter, dir, name) -> Optional.empty(),
                new UiContext.Windows() {
                    @Override
                    public void openMainWindow() {
                    }

                    @Override
                    public void languageChanged() {
                    }
                });
        new LetterheadWindow(context, new PublicationServices(fixture.services.offices(),
                fixture.services.pdfExport(), fixture.services.certificates(), fixture.services.pdfVerifier(),
                fixture.services.preferences()), null, () -> { }).show("BIP/MAECI");
        Platform.setImplicitExit(true);
    }

    @Override
    public void stop() {
        fixture.close();
    }
}
}
