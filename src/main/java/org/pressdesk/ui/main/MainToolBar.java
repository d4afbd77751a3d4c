package org.pressdesk.ui.main;

import javafx.scene.control.Button;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.pressdesk.i18n.Messages;

/** The main window's toolbar: the everyday commands of its menus, as buttons with icons. */
final class MainToolBar {
    private MainToolBar() {
    }

    /** What the toolbar's buttons do. */
    record Actions(Runnable newCommunique, Runnable save, Runnable export, Runnable focusFilter) {
    }

    static ToolBar of(Messages messages, Actions actions, Button reviewQueue) {
        ToolBar bar = new ToolBar(
                button("newButton", messages.get("toolbar.new"), messages.get("toolbar.new.tip"),
                        new FontIcon(MaterialDesignF.FILE_DOCUMENT_OUTLINE), actions.newCommunique()),
                button("saveButton", messages.get("toolbar.save"), messages.get("toolbar.save.tip"),
                        new FontIcon(MaterialDesignC.CONTENT_SAVE_OUTLINE), actions.save()),
                button("exportButton", messages.get("toolbar.export"), messages.get("toolbar.export.tip"),
                        new FontIcon(MaterialDesignF.FILE_PDF_BOX), actions.export()),
                button("filterButton", messages.get("toolbar.filter"), messages.get("toolbar.filter.tip"),
                        new FontIcon(MaterialDesignM.MAGNIFY), actions.focusFilter()),
                reviewQueue);
        bar.setId("toolBar");
        return bar;
    }

    /** The toolbar button that opens the review queue and shows how many communiqués wait. */
    static Button reviewQueueButton(Messages messages, Runnable openReview) {
        return button("reviewQueueButton", messages.get("toolbar.reviewQueue"), messages.get("toolbar.reviewQueue.tip"),
                new FontIcon(MaterialDesignC.CLIPBOARD_CHECK_OUTLINE), openReview);
    }

    private static Button button(String id, String text, String tip, FontIcon icon, Runnable action) {
        Button button = new Button(text, icon);
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setAccessibleText(tip);
        button.setOnAction(e -> action.run());
        return button;
    }
}
