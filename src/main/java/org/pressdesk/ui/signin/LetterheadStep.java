package org.pressdesk.ui.signin;

import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.common.FxImages;

/** The first office's letterhead fields beside a sample page drawn on that paper. */
final class LetterheadStep extends HBox {
    static final double PREVIEW_WIDTH = 300;
    private final GridPane form = new GridPane();
    private int rows;

    LetterheadStep(LetterheadStepModel model, Messages messages, Runnable chooseLogo) {
        super(16);
        setId("setupLetterhead");
        form.setHgap(8);
        form.setVgap(6);
        Label heading = new Label(messages.get("setup.letterhead.heading"));
        heading.getStyleClass().add("title-4");
        form.add(heading, 0, rows++, 2, 1);
        field("setupCountry", messages.get("letterhead.country"), model.fields().country());
        field("setupMinistry", messages.get("letterhead.ministry"), model.fields().ministry());
        field("setupMotto", messages.get("letterhead.motto"), model.fields().motto());
        field("setupCity", messages.get("letterhead.city"), model.fields().city());
        field("setupAddress", messages.get("letterhead.address"), model.fields().address());
        field("setupContact", messages.get("letterhead.contact"), model.fields().contact());
        form.addRow(rows++, new Label(messages.get("letterhead.logo")), logoRow(model, messages, chooseLogo));
        Label message = new Label();
        message.setId("setupLetterheadMessage");
        message.getStyleClass().add("sign-in-error");
        message.setWrapText(true);
        message.setMaxWidth(360);
        message.textProperty().bind(model.message());
        form.add(message, 0, rows++, 2, 1);
        ImageView page = new ImageView();
        page.setId("setupLetterheadPreview");
        page.setPreserveRatio(true);
        page.setFitWidth(PREVIEW_WIDTH);
        page.setAccessibleText(messages.get("letterhead.preview.accessible"));
        page.getStyleClass().add("setup-preview");
        model.preview().addListener((o, was, now) -> page.setImage(now == null ? null : FxImages.of(now.image())));
        VBox preview = new VBox(page);
        preview.getStyleClass().add("setup-preview");
        getChildren().addAll(form, preview);
        setAlignment(Pos.TOP_CENTER);
    }

    private void field(String id, String caption, StringProperty value) {
        TextField control = new TextField();
        control.setId(id);
        control.setAccessibleText(caption);
        control.textProperty().bindBidirectional(value);
        Label label = new Label(caption);
        label.setLabelFor(control);
        form.addRow(rows++, label, control);
    }

    private static HBox logoRow(LetterheadStepModel model, Messages messages, Runnable chooseLogo) {
        Label state = new Label();
        state.setId("setupLogoState");
        state.textProperty().bind(Bindings.createStringBinding(() -> model.fields().logo().get() == null
                ? messages.get("letterhead.logo.none")
                : messages.get("letterhead.logo.some", model.fields().logo().get().size() / 1024 + 1),
                model.fields().logo()));
        Button choose = new Button(messages.get("letterhead.logo.choose"));
        choose.setId("setupLogoChoose");
        choose.setOnAction(e -> chooseLogo.run());
        Button remove = new Button(messages.get("letterhead.logo.remove"));
        remove.setId("setupLogoRemove");
        remove.setOnAction(e -> model.removeLogo());
        remove.disableProperty().bind(model.fields().logo().isNull());
        HBox row = new HBox(6, choose, remove, state);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
