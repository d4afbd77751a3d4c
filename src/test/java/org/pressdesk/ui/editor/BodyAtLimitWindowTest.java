package org.pressdesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.CommuniqueSummary;
import org.pressdesk.ui.MainAssembly;
import org.pressdesk.ui.UiTestData;
import org.pressdesk.ui.WindowRunners;
import org.pressdesk.ui.common.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A body of the largest length a communiqué may have takes keys typed at its end and in its middle, and saves whole.
 * How fast each key goes is measured by bench.PasteBenchmark, not here.
 */
@ExtendWith(ApplicationExtension.class)
class BodyAtLimitWindowTest {
    private static final String TYPED_AT_END = " Fin du rapport.";
    private static final String TYPED_IN_MIDDLE = "Ajout ";

    @TempDir
    static Path directory;

    private static UiTestData data;
    private final WindowRunners runners = new WindowRunners();

    @BeforeAll
    static void open() throws Exception {
        data = new UiTestData(Files.createTempDirectory(directory, "run").resolve("data"));
    }

    @AfterAll
    static void closeData() {
        data.close();
    }

    @Start
    void start(Stage stage) {
        Theme.apply();
    }

    @AfterEach
    void close() {
        runners.close();
    }

    @Test
    void keysTypedIntoABodyAtTheLimitGoInAndTheWholeTextIsSaved(FxRobot robot) throws Exception {
        robot.interact(() -> new MainAssembly(data.services, runners.context(data.editor, data.messages,
                (owner, title, filter, dir, name) -> Optional.empty())).mainWindow(new Stage()).show(false));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> robot.lookup("#officeBox").queryComboBox().getValue() != null);
        robot.clickOn("#titleField").write("Rapport annuel");
        BodyArea body = robot.lookup("#bodyArea").queryAs(BodyArea.class);
        String pasted = report(CommuniqueContent.MAX_BODY_LENGTH - TYPED_AT_END.length() - TYPED_IN_MIDDLE.length());
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(pasted);
            Clipboard.getSystemClipboard().setContent(content);
            body.requestFocus();
            body.paste();
        });

        robot.interact(() -> body.moveTo(body.getLength()));
        robot.write(TYPED_AT_END);
        int middle = pasted.indexOf('\n', pasted.length() / 2) + 1;
        robot.interact(() -> body.moveTo(middle));
        robot.write(TYPED_IN_MIDDLE);

        String expected = pasted.substring(0, middle) + TYPED_IN_MIDDLE + pasted.substring(middle) + TYPED_AT_END;
        assertThat(body.getLength()).isEqualTo(CommuniqueContent.MAX_BODY_LENGTH);
        assertThat(body.getText()).isEqualTo(expected);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        TableView<CommuniqueSummary> table = robot.lookup("#communiqueTable").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        long id = table.getItems().get(0).id();
        assertThat(data.services.communiques().get(id).content().body()).isEqualTo(expected);
    }

    /** A long report: paragraphs of four sentences, {@code length} characters in all. */
    private static String report(int length) {
        String sentence = "Le Ministre a reçu en audience l’Ambassadeur, avec qui il a évoqué la coopération. ";
        StringBuilder text = new StringBuilder(length);
        for (int n = 1; text.length() < length; n++) {
            text.append(sentence);
            if (n % 4 == 0) {
                text.append('\n');
            }
        }
        text.setLength(length);
        return text.toString();
    }
}
