package org.pressdesk.ui.main;

import static org.pressdesk.ui.ScreenShots.fx;
import static org.pressdesk.ui.ScreenShots.shoot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.application.Platform;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.pressdesk.app.AppServices;
import org.pressdesk.archive.ArchiveFixture;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.CommuniqueSummary;
import org.pressdesk.domain.Genre;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.i18n.Messages;
import org.pressdesk.local.DataDirectory;
import org.pressdesk.ui.MainAssembly;
import org.pressdesk.ui.UiTestData;
import org.pressdesk.ui.WindowRunners;
import org.pressdesk.ui.common.Theme;
import org.pressdesk.ui.review.ReviewWindow;

/**
 * Photographs, in a real X server, the main window on the demonstration's communiqués, the import window with a file
 * read, the review of a text moved to another office, and the conflict dialog, as a manager, into docs/screenshots
 * (not a test: run by hand after {@code mvn test-compile} with the class path of docs/benchmarks.md):
 * {@code xvfb-run -n 94 -s "-screen 0 1366x768x24" java -cp "$CP" org.pressdesk.ui.main.WindowScreens
 * docs/screenshots fr 1366 768}.
 */
public final class WindowScreens {
    private static final long PAUSE = 4_000;

    private WindowScreens() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        String language = args[1];
        double width = Double.parseDouble(args[2]);
        double height = Double.parseDouble(args[3]);
        String suffix = "-" + language + "-" + args[2] + "x" + args[3] + ".png";
        AppServices services = AppServices.open(DataDirectory.prepare(Files.createTempDirectory("pressdesk-screens")
                .resolve("data")), UiTestData.settings());
        services.demo().seed();
        UserAccount manager = services.accounts().find("direction").orElseThrow();
        UserAccount admin = services.accounts().find("admin").orElseThrow();
        Communique draft = services.communiques().create(manager, new CommuniqueContent(
                "Audience du Ministre avec l’Ambassadeur du Japon", "Le Ministre a reçu l’Ambassadeur du Japon.",
                Genre.PRESS_RELEASE, services.offices().list().get(0).id(), "Bamako", LocalDate.of(2026, 12, 3),
                "fr"));
        services.search();
        services.pdfExport();

        Messages messages = Messages.forLocale(Locale.forLanguageTag(language));
        Platform.startup(() -> { });
        fx(Theme::apply);
        WindowRunners runners = new WindowRunners();
        MainWindow window = fx(() -> {
            Stage stage = new Stage();
            MainWindow made = new MainAssembly(services, runners.context(manager, messages,
                    (owner, title, filter, dir, name) -> Optional.empty())).mainWindow(stage);
            made.show(false);
            stage.setMaximized(false);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
            return made;
        });
        Thread.sleep(PAUSE * 2);
        fx(() -> {
            @SuppressWarnings("unchecked")
            TableView<CommuniqueSummary> list = (TableView<CommuniqueSummary>) window.stage().getScene()
                    .lookup("#communiqueTable");
            list.getItems().stream().filter(s -> s.id() == draft.id()).findFirst()
                    .ifPresent(list.getSelectionModel()::select);
        });
        Thread.sleep(PAUSE);
        shoot(out.resolve("main-window" + suffix));

        Set<Window> before = Set.copyOf(Window.getWindows());
        fx(() -> window.openImport(List.of(ArchiveFixture.sample("bip-maeci-2026.txt"))));
        Thread.sleep(PAUSE * 2);
        shoot(out.resolve("import" + suffix));
        fx(() -> List.copyOf(Window.getWindows()).stream().filter(w -> !before.contains(w)).forEach(Window::hide));

        // a text moved to the other office before its review: the comparison names both offices
        UserAccount editor = services.accounts().find("redaction").orElseThrow();
        List<Office> offices = services.offices().list();
        CommuniqueContent visit = new CommuniqueContent("Visite du Président de la République à Kayes",
                "Le Président de la République se rendra à Kayes.", Genre.PRESS_RELEASE, offices.get(0).id(),
                "Bamako", LocalDate.of(2026, 12, 4), "fr");
        Communique moved = services.communiques().create(editor, visit);
        moved = services.communiques().save(editor, moved.id(), moved.version(), new CommuniqueContent(visit.title(),
                visit.body(), visit.genre(), offices.get(1).id(), "Kayes", visit.eventDate(), "fr"));
        services.reviews().submit(editor, moved.id());
        long reviewed = moved.id();
        Set<Window> beforeReview = Set.copyOf(Window.getWindows());
        fx(() -> new ReviewWindow(runners.context(manager, messages, (owner, title, filter, dir, name) ->
                Optional.empty()), services.reviews(), services.communiques(), services.offices(), window.stage(),
                () -> { }).show(reviewed));
        Thread.sleep(PAUSE);
        shoot(out.resolve("review" + suffix));
        fx(() -> List.copyOf(Window.getWindows()).stream().filter(w -> !beforeReview.contains(w))
                .forEach(Window::hide));

        Communique stored = services.communiques().get(draft.id());
        services.communiques().save(admin, draft.id(), stored.version(), new CommuniqueContent(
                "Audience du Ministre (siège)", "Le Ministre a reçu l’Ambassadeur.", Genre.PRESS_RELEASE,
                stored.content().officeId(), "Bamako", LocalDate.of(2026, 12, 3), "fr"));
        fx(() -> ((TextField) window.stage().getScene().lookup("#titleField")).appendText(" (bureau)"));
        Platform.runLater(window::save);
        Thread.sleep(PAUSE);
        shoot(out.resolve("conflict" + suffix));
        System.exit(0);
    }
}
