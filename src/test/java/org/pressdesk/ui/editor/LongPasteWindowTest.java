package org.pressdesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.ui.SharedDataWindowTest;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A paste beyond the largest body a communiqué may have is refused whole and said; nothing is cut. */
class LongPasteWindowTest extends SharedDataWindowTest {
    private static void paste(FxRobot robot, BodyArea body, String text) {
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
            body.requestFocus();
            body.moveTo(body.getLength());
            body.paste();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String french(int number) {
        return java.text.NumberFormat.getIntegerInstance(java.util.Locale.FRENCH).format(number)
                .replace('\u202F', ' ').replace('\u00A0', ' ');
    }

    @Test
    void aPastePastTheLimitIsRefusedWholeWithTheLimitSaid(FxRobot robot) throws Exception {
        // built in the test rather than in the toolkit's start, whose time is limited on a busy machine
        showMainWindow(robot, data.messages);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> robot.lookup("#officeBox").queryComboBox().getValue() != null);
        BodyArea body = robot.lookup("#bodyArea").queryAs(BodyArea.class);
        paste(robot, body, "Le Ministre a reçu l’Ambassadeur. ");
        int before = body.getLength();

        paste(robot, body, "x".repeat(CommuniqueContent.MAX_BODY_LENGTH));

        assertThat(body.getLength()).as("nothing pasted, nothing cut").isEqualTo(before);
        assertThat(robot.lookup("#statusBar").queryAs(StatusBar.class).getText().replace('\u202F', ' ').replace('\u00A0', ' '))
                .contains("Collage refusé")
                .contains(french(before + CommuniqueContent.MAX_BODY_LENGTH))
                .contains(french(CommuniqueContent.MAX_BODY_LENGTH));

        paste(robot, body, "y".repeat(1_000));
        assertThat(body.getLength()).as("a paste within the limit goes in").isEqualTo(before + 1_000);
    }
}
