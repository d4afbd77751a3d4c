package org.pressdesk.ui.signin;

import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.common.FxImages;
import org.pressdesk.ui.publication.LogoRow;

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
        Label logo = new Label(messages.get("letterhead.logo"));
        logo.setMinWidth(Region.USE_PREF_SIZE);
        // across both columns: its buttons would otherwise widen every field above them
        HBox logoRow = new HBox(8, logo, LogoRow.of(model.fields().logo(), messages, chooseLogo));
        logoRow.setAlignment(Pos.CENTER_LEFT);
        form.add(logoRow, 0, rows++, 2, 1);
        Label message = new Label();
        message.setId("setupLetterheadMessage");
        message.getStyleClass().add("sign-in-error");
        message.setWrapText(true);
        message.setMaxWidth(360);
        message.setMinHeight(Region.USE_PREF_SIZE);
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
        control.setPrefColumnCount(SetupView.FIELD_COLUMNS);
        Label label = new Label(caption);
        label.setLabelFor(control);
        label.setMinWidth(Region.USE_PREF_SIZE);
        form.addRow(rows++, label, control);
    }
}
