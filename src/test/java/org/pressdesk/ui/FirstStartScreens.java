package org.pressdesk.ui;

import java.nio.file.Path;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.pressdesk.app.AppServices;
import org.pressdesk.app.RememberedServer;
import org.pressdesk.demo.DemoSeeder;
import org.pressdesk.i18n.Messages;
import org.pressdesk.local.LocalPreferences;
import org.pressdesk.pdf.PagePreview;
import org.pressdesk.ui.common.FileDialogs;
import org.pressdesk.ui.common.ScreenFit;
import org.pressdesk.ui.server.ServerFormView;
import org.pressdesk.ui.server.ServerFormViewModel;
import org.pressdesk.ui.signin.FirstStart;
import org.pressdesk.ui.signin.LetterheadStepModel;
import org.pressdesk.ui.signin.RecoveryKeyModel;
import org.pressdesk.ui.signin.RecoveryKeyStep;
import org.pressdesk.ui.signin.SetupView;
import org.pressdesk.ui.signin.SetupViewModel;
import org.pressdesk.ui.task.FxScheduler;
import org.pressdesk.ui.task.FxTaskRunner;

/**
 * The screens shown before anyone has signed in, each in a window as {@link DesktopApp} shows it (in a scroll pane,
 * at the size it asks for within the screen): the first-start form, its recovery-key step and the server form. For
 * the tests that look at every window; nothing here creates a database.
 */
public final class FirstStartScreens implements AutoCloseable {
    /** A recovery key of the real form's length, for the step that shows one. */
    public static final String SAMPLE_KEY = "K7QF-2M9X-TR4D-8WZC-H3JN-5PLV-Y6BE-Q2SA";
    private static final FirstStart NEVER = new FirstStart() {
        @Override
        public Created create(Request request) {
            throw new UnsupportedOperationException("looked at only");
        }

        @Override
        public DemoSeeder.Seeded demo() {
            throw new UnsupportedOperationException("looked at only");
        }
    };

    private final FxTaskRunner persistence = new FxTaskRunner("first-start-test");
    private final FxTaskRunner rendering = new FxTaskRunner("first-start-render");
    private final FxScheduler scheduler = new FxScheduler();
    private final Messages messages;
    private final Path folder;

    /** {@code folder}: where the server form's remembered server would be kept (nothing is written there). */
    public FirstStartScreens(Messages messages, Path folder) {
        this.messages = messages;
        this.folder = folder;
    }

    /** The first-start form, letterhead preview included; {@code plain}: the encryption box unticked. */
    public Stage setup(boolean plain) {
        SetupViewModel model = new SetupViewModel(NEVER, persistence, messages);
        model.encrypted().set(!plain);
        org.pressdesk.publication.LetterheadProof proof = AppServices.letterheadProof();
        LetterheadStepModel letterhead = new LetterheadStepModel((content, office) -> proof.draw(content, office,
                false), new PagePreview(), messages, rendering, scheduler, model.officeCode(), model.officeName(),
                SetupViewModel.ZONE);
        SetupView view = new SetupView(model, letterhead, FileDialogs.system(), messages, account -> { },
                seeded -> { });
        view.offerServer(messages.get("setup.server"), () -> { });
        return shown(view, DesktopApp.SETUP_WIDTH, DesktopApp.SETUP_HEIGHT, messages.get("setup.windowTitle"));
    }

    /** The recovery key shown once after an encrypted database is made. */
    public Stage recoveryKey() {
        return shown(new RecoveryKeyStep(new RecoveryKeyModel(SAMPLE_KEY, () -> { }), messages),
                DesktopApp.SETUP_WIDTH, DesktopApp.SETUP_HEIGHT, messages.get("setup.windowTitle"));
    }

    /** *Se connecter à un serveur…*, empty as reached from the first-start screen. */
    public Stage serverForm() {
        ServerFormViewModel.Check never = (address, login) -> {
            throw new UnsupportedOperationException("looked at only");
        };
        ServerFormViewModel model = new ServerFormViewModel(never, RememberedServer.forThisUser(LocalPreferences.load(folder)), persistence, messages);
        return shown(new ServerFormView(model, messages, connection -> { }, () -> { }), DesktopApp.SERVER_WIDTH,
                DesktopApp.SERVER_HEIGHT, messages.get("server.form.windowTitle"));
    }

    /** The sign-in of a folder that has a database, as the demonstration shows it (its passwords listed). */
    public Stage signIn() {
        org.pressdesk.ui.signin.SignInViewModel.Check never = (name, password) -> {
            throw new UnsupportedOperationException("looked at only");
        };
        org.pressdesk.ui.signin.SignInViewModel model = new org.pressdesk.ui.signin.SignInViewModel(never,
                persistence, messages);
        model.username().set("redaction");
        java.util.Map<String, String> demo = new java.util.LinkedHashMap<>();
        demo.put("admin", "ab12-cd34-ef56");
        demo.put(messages.get("signIn.demoSigning"), "gh78-ij90-kl12");
        return shown(new org.pressdesk.ui.signin.SignInView(model, messages, folder.toString(), demo, account -> { }),
                560, 520, messages.get("signIn.windowTitle"));
    }

    private static Stage shown(Parent view, double width, double height, String title) {
        Stage stage = new Stage();
        stage.setTitle(title);
        stage.setScene(new Scene(ScreenFit.scrolling(view)));
        ScreenFit.apply(stage, width, height, DesktopApp.SETUP_MIN_WIDTH, DesktopApp.SETUP_MIN_HEIGHT);
        stage.show();
        return stage;
    }

    @Override
    public void close() {
        persistence.close();
        rendering.close();
        scheduler.close();
    }
}
