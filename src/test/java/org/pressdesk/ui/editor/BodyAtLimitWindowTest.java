package org.pressdesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.CommuniqueSummary;
import org.pressdesk.ui.SharedDataWindowTest;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A body of the largest length a communiqué may have takes keys typed at its end and in its middle, and saves whole.
 * How fast each key goes is measured by bench.PasteBenchmark, not here.
 */
class BodyAtLimitWindowTest extends SharedDataWindowTest {
    private static final String TYPED_AT_END = " Fin du rapport.";
    private static final String TYPED_IN_MIDDLE = "Ajout ";

    @Test
    void keysTypedIntoABodyAtTheLimitGoInAndTheWholeTextIsSaved(FxRobot robot) throws Exception {
        showMainWindow(robot, data.messages);
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
