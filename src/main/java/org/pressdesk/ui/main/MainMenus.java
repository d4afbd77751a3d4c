package org.pressdesk.ui.main;

import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.pressdesk.i18n.Messages;

/** The main window's menu bar and toolbar, with their keyboard shortcuts. */
final class MainMenus {
    private MainMenus() {
    }

    static MenuBar menuBar(MainActions actions, Messages messages) {
        Menu file = menu("menuFile", messages.get("menu.file"),
                item("menuNew", messages.get("menu.file.new"), "Shortcut+N", actions.newCommunique()),
                item("menuNewWindow", messages.get("menu.file.newWindow"), "Shortcut+Shift+N", actions.newWindow()),
                new SeparatorMenuItem(),
                item("menuSave", messages.get("menu.file.save"), "Shortcut+S", actions.save()),
                item("menuExport", messages.get("menu.file.export"), "Shortcut+E", actions.export()),
                new SeparatorMenuItem(),
                item("menuClose", messages.get("menu.file.close"), "Shortcut+W", actions.closeWindow()),
                item("menuQuit", messages.get("menu.file.quit"), "Shortcut+Q", actions.quit()));
        Menu edit = menu("menuEdit", messages.get("menu.edit"),
                item("menuFilter", messages.get("menu.edit.filter"), "Shortcut+F", actions.focusFilter()),
                item("menuDiscard", messages.get("menu.edit.discard"), null, actions.discardChanges()));
        CheckMenuItem preview = new CheckMenuItem(messages.get("menu.view.preview"));
        preview.setId("menuPreview");
        preview.setSelected(true);
        preview.setAccelerator(KeyCombination.keyCombination("Shortcut+P"));
        preview.selectedProperty().addListener((o, was, now) -> actions.showPreview().accept(now));
        Menu view = menu("menuView", messages.get("menu.view"), preview,
                item("menuRefresh", messages.get("menu.view.refresh"), "F5", actions.refresh()));
        Menu review = menu("menuReview", messages.get("menu.review"),
                item("menuSubmit", messages.get("menu.review.submit"), "Shortcut+Shift+S", actions.submit()),
                item("menuReviewQueue", messages.get("menu.review.queue"), "Shortcut+R", actions.reviewQueue()),
                item("menuHistory", messages.get("menu.review.history"), "Shortcut+H", actions.history()),
                new SeparatorMenuItem(),
                item("menuAuditLog", messages.get("menu.review.auditLog"), null, actions.auditLog()));
        Menu tools = menu("menuTools", messages.get("menu.tools"),
                item("menuPreferences", messages.get("menu.tools.preferences"), "Shortcut+Comma",
                        actions.preferences()),
                item("menuVerifyAudit", messages.get("menu.tools.verifyAudit"), null, actions.verifyAudit()));
        Menu help = menu("menuHelp", messages.get("menu.help"),
                item("menuAbout", messages.get("menu.help.about"), null, actions.about()));
        MenuBar bar = new MenuBar(file, edit, view, review, tools, help);
        bar.setId("menuBar");
        return bar;
    }

    static ToolBar toolBar(MainActions actions, Messages messages, Button reviewQueue) {
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

    private static Menu menu(String id, String text, MenuItem... items) {
        Menu menu = new Menu(text, null, items);
        menu.setId(id);
        return menu;
    }

    private static MenuItem item(String id, String text, String shortcut, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (shortcut != null) {
            item.setAccelerator(KeyCombination.keyCombination(shortcut));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    /** The toolbar button that opens the review queue and shows how many communiqués wait. */
    static Button reviewQueueButton(MainActions actions, Messages messages) {
        return button("reviewQueueButton", messages.get("toolbar.reviewQueue"), messages.get("toolbar.reviewQueue.tip"),
                new FontIcon(MaterialDesignC.CLIPBOARD_CHECK_OUTLINE), actions.reviewQueue());
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
