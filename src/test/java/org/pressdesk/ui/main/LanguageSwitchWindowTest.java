package org.pressdesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.CommuniqueSummary;
import org.pressdesk.domain.Genre;
import org.pressdesk.i18n.Messages;
import org.pressdesk.i18n.UiLanguage;
import org.pressdesk.ui.MainAssembly;
import org.pressdesk.ui.SharedDataWindowTest;
import org.pressdesk.ui.UnsavedQuestion;
import org.pressdesk.ui.common.UiContext;
import org.pressdesk.ui.common.UiPreferences;
import org.pressdesk.ui.editor.BodyArea;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Switching the interface language through Outils → Préférences builds the window again in English, as the program
 * does (through {@link LanguageSwitch}), and drops nothing: the text typed into a new communiqué, the changes typed
 * into a stored one, the list's chosen row; a colleague's save before the switch still meets the choice of what to
 * keep.
 */
class LanguageSwitchWindowTest extends SharedDataWindowTest {
    private static final Messages ENGLISH = Messages.forLocale(Locale.ENGLISH);

    private volatile MainWindow window;

    /** The application's side of a language change, as DesktopApp does it, for this test's one window. */
    private final UiContext.Windows windows = new UiContext.Windows() {
        @Override
        public void openMainWindow() {
        }

        @Override
        public void languageChanged() {
            Messages chosen = LanguageSwitch.chosen(data.services.preferences(), Locale.FRENCH);
            new LanguageSwitch(runners.context(data.editor, chosen, null).persistence()).rebuild(List.of(window),
                    () -> assembly(chosen).mainWindow(new Stage()), next -> window = next);
        }
    };

    private MainAssembly assembly(Messages messages) {
        UiContext base = runners.context(data.editor, messages, (owner, title, filter, dir, name) -> Optional.empty());
        return new MainAssembly(data.services, new UiContext(base.user(), base.messages(), base.persistence(),
                base.rendering(), base.listing(), base.scheduler(), base.dialogs(), windows));
    }

    private MainWindow openInFrench(FxRobot robot) throws Exception {
        data.services.preferences().put(UiPreferences.LANGUAGE, UiLanguage.FRENCH.name());
        robot.interact(() -> {
            window = assembly(data.messages).mainWindow(new Stage());
            window.show(false);
        });
        MainWindow french = window;
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> french.model().editor().offices().size() > 0
                && !french.model().list().loading().get());
        WaitForAsyncUtils.waitForFxEvents();
        return french;
    }

    /** Outils → Préférences…, English, Appliquer: waits for the window built in English. */
    private MainWindow switchToEnglish(FxRobot robot, MainWindow french) throws Exception {
        robot.clickOn("#menuTools").clickOn("#menuPreferences");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#languageChoice").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#languageChoice").<UiLanguage>queryComboBox().setValue(UiLanguage.ENGLISH));
        robot.clickOn(UnsavedQuestion.button(robot, "preferencesDialog", data.messages.get("preferences.apply")));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> window != french && window.stage().isShowing()
                && window.model().editor().offices().size() > 0 && !window.model().list().loading().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(french.stage().isShowing()).as("the French window is gone").isFalse();
        assertThat(this.<Label>in(window, "#signedInLabel").getText())
                .isEqualTo(SignedInText.of(data.editor, ENGLISH));
        return window;
    }

    @SuppressWarnings("unchecked")
    private <T extends Node> T in(MainWindow shown, String selector) {
        return (T) shown.stage().getScene().lookup(selector);
    }

    @Test
    void textTypedIntoANewCommuniqueIsStillThereInTheEnglishWindow(FxRobot robot) throws Exception {
        MainWindow french = openInFrench(robot);
        robot.clickOn("#titleField").write("Visite à Kayes");
        robot.clickOn("#bodyArea").write("Arrivée ce matin.");

        MainWindow english = switchToEnglish(robot, french);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Visite à Kayes".equals(
                this.<TextInputControl>in(english, "#titleField").getText()));
        assertThat(this.<BodyArea>in(english, "#bodyArea").getText()).isEqualTo(
                "Arrivée ce matin.");
        assertThat(english.model().editor().dirty().get()).as("still unsaved, as typed").isTrue();
        assertThat(english.model().editor().stored().get()).isNull();

        robot.interact(english::save);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> english.model().editor().stored().get() != null
                && !english.model().editor().dirty().get());
        assertThat(english.model().editor().stored().get().content().body())
                .isEqualTo("Arrivée ce matin.");
        assertThat(data.services.autosaves().pending(data.editor)).as("the one autosave slot, spent by the save")
                .noneMatch(draft -> draft.content().title().equals("Visite à Kayes"));
        robot.interact(() -> english.stage().close());
    }

    @Test
    void anEditedCommuniqueComesBackEditedAndChosenAndAColleaguesSaveStillAsks(FxRobot robot) throws Exception {
        Communique audience = data.services.communiques().create(data.editor, new CommuniqueContent("Audience",
                "Le Ministre a reçu l’Ambassadeur.", Genre.PRESS_RELEASE, data.office.id(), "Bamako",
                LocalDate.of(2026, 12, 3), "fr"));
        MainWindow french = openInFrench(robot);
        TableView<CommuniqueSummary> frenchList = in(french, "#communiqueTable");
        robot.interact(() -> frenchList.getItems().stream().filter(row -> row.id() == audience.id()).findFirst()
                .ifPresent(frenchList.getSelectionModel()::select));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Audience".equals(
                this.<TextInputControl>in(french, "#titleField").getText()));
        robot.clickOn("#titleField").press(KeyCode.END).release(KeyCode.END).write(" du Ministre");
        robot.clickOn("#bodyArea").write(" Ajout en cours.");
        String typed = this.<BodyArea>in(french, "#bodyArea").getText();
        assertThat(typed).contains("Ajout en cours.");
        Communique stored = data.services.communiques().get(audience.id());
        data.services.communiques().save(data.admin, audience.id(), stored.version(), new CommuniqueContent(
                "Audience (siège)", stored.content().body(), Genre.PRESS_RELEASE, data.office.id(), "Bamako",
                LocalDate.of(2026, 12, 3), "fr"));

        MainWindow english = switchToEnglish(robot, french);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Audience du Ministre".equals(
                this.<TextInputControl>in(english, "#titleField").getText()));
        assertThat(this.<BodyArea>in(english, "#bodyArea").getText()).isEqualTo(typed);
        assertThat(english.model().editor().dirty().get()).isTrue();
        assertThat(english.model().editor().stored().get().id()).isEqualTo(audience.id());
        TableView<CommuniqueSummary> list = in(english, "#communiqueTable");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getSelectionModel().getSelectedItem() != null);
        assertThat(list.getSelectionModel().getSelectedItem().id()).as("the row chosen in French").isEqualTo(
                audience.id());

        // the colleague's save before the switch is not overwritten by the text carried over: saving asks first
        robot.interact(english::save);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#conflictDialog").tryQuery()
                .isPresent());
        assertThat(robot.lookup("#conflictDialog").queryAs(DialogPane.class).getContentText())
                .startsWith("Awa Sangaré saved revision");
        robot.clickOn(UnsavedQuestion.button(robot, "conflictDialog", ENGLISH.get("conflict.cancel")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(this.<TextInputControl>in(english, "#titleField").getText()).isEqualTo("Audience du Ministre");
        robot.interact(() -> {
            english.model().editor().discardChanges();
            english.stage().close();
        });
    }
}
