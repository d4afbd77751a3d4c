package org.pressdesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.input.ContextMenuEvent;
import org.junit.jupiter.api.Test;
import org.pressdesk.ui.SharedDataWindowTest;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The body's right-click menu: in French, select all, cut, undo, paste, each entry clicked as a person does. */
class BodyMenuWindowTest extends SharedDataWindowTest {
    @Test
    void theBodysMenuCutsUndoesSelectsAllAndPastes(FxRobot robot) throws Exception {
        showMainWindow(robot, data.messages);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> robot.lookup("#officeBox").queryComboBox().getValue() != null);
        BodyArea body = robot.lookup("#bodyArea").queryAs(BodyArea.class);
        robot.clickOn("#bodyArea").write("Le Ministre a reçu l’Ambassadeur.");

        openMenu(robot, body);
        assertThat(body.getContextMenu().getItems()).extracting(javafx.scene.control.MenuItem::getText)
                .contains("Annuler", "Rétablir", "Couper", "Copier", "Coller", "Tout sélectionner");
        robot.clickOn("#bodyMenuSelectAll");
        assertThat(body.getSelectedText()).isEqualTo("Le Ministre a reçu l’Ambassadeur.");
        openMenu(robot, body).clickOn("#bodyMenuCut");
        assertThat(body.getText()).isEmpty();
        openMenu(robot, body).clickOn("#bodyMenuUndo");
        assertThat(body.getText()).isEqualTo("Le Ministre a reçu l’Ambassadeur.");
        robot.interact(() -> body.moveTo(body.getLength()));
        openMenu(robot, body).clickOn("#bodyMenuPaste");
        assertThat(body.getText()).isEqualTo("Le Ministre a reçu l’Ambassadeur.Le Ministre a reçu l’Ambassadeur.");
    }

    /**
     * Asks for the body's menu as the platform does on a right click or the menu key (Monocle, the headless
     * toolkit, sends no context-menu request for a right click), then waits for it.
     */
    private static FxRobot openMenu(FxRobot robot, BodyArea body) throws Exception {
        robot.interact(() -> {
            Bounds at = body.localToScreen(body.getBoundsInLocal());
            body.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 20, 20,
                    at.getMinX() + 20, at.getMinY() + 20, false, null));
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> body.getContextMenu().isShowing());
        return robot;
    }
}
