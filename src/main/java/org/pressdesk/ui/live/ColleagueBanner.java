package org.pressdesk.ui.live;

import java.time.ZoneId;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.pressdesk.drafting.CommuniqueService;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.common.Buttons;
import org.pressdesk.ui.common.UiContext;
import org.pressdesk.ui.editor.EditorViewModel;
import org.pressdesk.ui.main.MainServices;

/**
 * The notice under the editor's form that a colleague changed the communiqué being edited, with the button that
 * offers the conflict choice now. Hidden while there is nothing to say. It follows colleagues' commits for as long
 * as its window is open.
 */
public final class ColleagueBanner {
    private static final String STYLE_CLASS = "colleague-banner";

    private final ColleagueEditsViewModel model;
    private final HBox banner;

    private ColleagueBanner(ColleagueEditsViewModel model, Messages messages) {
        this.model = model;
        Label text = new Label();
        text.setId("colleagueNotice");
        text.setWrapText(true);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button choose = Buttons.of("colleagueChoose", messages.get("editor.live.chooseNow"), model::chooseNow);
        this.banner = new HBox(8, text, choose);
        banner.setId("colleagueBanner");
        banner.getStyleClass().add(STYLE_CLASS);
        banner.getStylesheets().add(ColleagueBanner.class.getResource("live.css").toExternalForm());
        model.theirs().addListener((o, was, now) -> {
            text.setText(model.noticeText());
            text.setAccessibleText(model.noticeText());
            banner.setVisible(now != null);
            banner.setManaged(now != null);
        });
        banner.setVisible(false);
        banner.setManaged(false);
    }

    /**
     * The banner of {@code editor} in the window on {@code stage}, following what colleagues commit (on the shared
     * server, or another process on the same data folder) until the window closes.
     */
    public static Node follow(UiContext context, CommuniqueService communiques, EditorViewModel editor,
            MainServices.OthersChanges others, Stage stage) {
        ColleagueEditsViewModel model = new ColleagueEditsViewModel(editor, communiques, context.persistence(),
                context.messages(), ZoneId.systemDefault());
        Runnable stop = others.whenOthersChange(() -> Platform.runLater(model::othersChanged));
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> stop.run());
        return new ColleagueBanner(model, context.messages()).banner;
    }
}
