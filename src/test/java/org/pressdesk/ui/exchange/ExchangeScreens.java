package org.pressdesk.ui.exchange;

import static org.pressdesk.ui.ScreenShots.fx;
import static org.pressdesk.ui.ScreenShots.shoot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.pressdesk.domain.Communique;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.MainAssembly;
import org.pressdesk.ui.WindowRunners;
import org.pressdesk.ui.common.FileDialogs;
import org.pressdesk.ui.common.Theme;
import org.pressdesk.ui.common.UiContext;
import org.pressdesk.ui.main.MainWindow;

/**
 * Photographs the exchange windows in a real X server, on two real installations, into docs/screenshots (not a
 * test: run by hand after {@code mvn test-compile} and the class path of docs/benchmarks.md):
 * {@code xvfb-run -n 93 -s "-screen 0 1366x768x24" java -cp "$CP" org.pressdesk.ui.exchange.ExchangeScreens
 * docs/screenshots fr}.
 */
public final class ExchangeScreens {
    private static final long PAUSE = 4_000;

    private ExchangeScreens() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        String language = args.length > 1 ? args[1] : "fr";
        Path root = Files.createTempDirectory("pressdesk-screens");
        Side hq = new Side(root, "siege", true);
        Side field = new Side(root, "kayes", false);
        Side third = new Side(root, "dakar", false);
        hq.trust(field);
        field.trust(hq);
        Side.conflictBetween(hq, field, root);
        for (String title : new String[] {"Campagne de vaccination dans la région de Kayes",
            "Audience du gouverneur avec les chefs de village", "Ouverture de la foire régionale"}) {
            Communique made = field.write(title, "Le gouverneur de la région de Kayes a présidé ce jour " + title
                    .toLowerCase(Locale.FRENCH) + ".");
            if (title.startsWith("Audience")) {
                field.services.reviews().submit(field.admin, made.id());
            }
        }
        Path waiting = field.sendTo(hq, root);
        hq.services.search();
        hq.services.pdfExport();

        Platform.startup(() -> { });
        fx(Theme::apply);
        Messages messages = Messages.forLocale(Locale.forLanguageTag(language));
        WindowRunners runners = new WindowRunners();
        UiContext context = runners.context(hq.admin, messages, answering(waiting));
        MainWindow[] window = new MainWindow[1];
        Stage main = fx(() -> {
            Stage stage = new Stage();
            window[0] = new MainAssembly(hq.services, context).mainWindow(stage);
            window[0].show(false);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1366);
            stage.setHeight(768);
            return stage;
        });
        Thread.sleep(PAUSE * 2);

        fx(() -> {
            new ExchangeWindow(context, new ExchangeViewModel.Services(hq.services.installation(),
                    hq.services.exchangeExport(), hq.services.exchangeImport(), hq.services.conflicts()), main,
                    window[0].model()::changed).show();
            return null;
        });
        Thread.sleep(PAUSE);
        fx(() -> fire("#receiveButton"));
        Thread.sleep(PAUSE);
        shoot(out.resolve("exchange-window-" + language + ".png"));

        fx(() -> {
            ListView<?> conflicts = (ListView<?>) find("#conflictList");
            conflicts.getSelectionModel().select(0);
            return fire("#resolveConflictButton");
        });
        Thread.sleep(PAUSE);
        shoot(out.resolve("exchange-conflict-" + language + ".png"));
        fx(() -> {
            find("#conflictWindow").getScene().getWindow().hide();
            return null;
        });

        var candidate = hq.services.installation().inspect(third.services.installation().certificateFile());
        Platform.runLater(() -> new PeerConfirmation(main, messages).ask(candidate));
        Thread.sleep(PAUSE);
        shoot(out.resolve("exchange-add-peer-" + language + ".png"));

        fx(() -> {
            find("#candidateName").getScene().getWindow().hide();
            return fire("#applyButton");
        });
        Thread.sleep(PAUSE);
        fx(() -> {
            find("#exchangeWindow").getScene().getWindow().hide();
            @SuppressWarnings("unchecked")
            TableView<org.pressdesk.domain.CommuniqueSummary> list =
                    (TableView<org.pressdesk.domain.CommuniqueSummary>) find("#communiqueTable");
            list.getItems().stream().filter(c -> c.title().startsWith("Visite")).findFirst()
                    .ifPresent(list.getSelectionModel()::select);
            list.getContextMenu().show(list, 160, 420);
            return null;
        });
        Thread.sleep(PAUSE);
        shoot(out.resolve("exchange-list-" + language + ".png"));
        System.exit(0);
    }

    /** File dialogs that answer with the file waiting to be received. */
    private static FileDialogs answering(Path waiting) {
        return new FileDialogs() {
            @Override
            public Optional<Path> choosePdfTarget(Window owner, String title, String filter, Path dir, String name) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> chooseFileToOpen(Window owner, String title, String filter, String... patterns) {
                return Optional.of(waiting);
            }
        };
    }

    private static Object fire(String id) {
        ((Button) find(id)).fire();
        return null;
    }

    private static Node find(String id) {
        for (Window window : Window.getWindows()) {
            Node found = window.getScene() == null ? null : window.getScene().getRoot().lookup(id);
            if (found != null) {
                return found;
            }
        }
        throw new IllegalStateException("No " + id + " on screen");
    }
}
