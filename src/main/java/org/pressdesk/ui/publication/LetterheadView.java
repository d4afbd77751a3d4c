package org.pressdesk.ui.publication;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.beans.property.StringProperty;
import org.pressdesk.domain.HeaderLayout;
import org.pressdesk.domain.Office;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.common.Converters;
import org.pressdesk.ui.common.FxImages;

/** The letterhead form on the left, the first page of a sample communiqué on that paper on the right. */
public final class LetterheadView extends BorderPane {
    private final ImageView page = new ImageView();

    public LetterheadView(LetterheadViewModel model, Messages messages, Runnable chooseLogo) {
        setId("letterheadEditor");
        getStylesheets().add(LetterheadView.class.getResource("publication.css").toExternalForm());
        page.setId("letterheadPreview");
        page.setPreserveRatio(true);
        page.setAccessibleText(messages.get("letterhead.preview.accessible"));
        ScrollPane scroller = new ScrollPane(new StackPane(page));
        scroller.setFitToWidth(true);
        scroller.getStyleClass().add("letterhead-preview");
        page.fitWidthProperty().bind(scroller.widthProperty().subtract(24));
        model.preview().addListener((o, was, now) -> page.setImage(now == null ? null : FxImages.of(now.image())));
        ScrollPane formScroller = new ScrollPane(form(model, messages, chooseLogo));
        formScroller.setFitToWidth(true);
        SplitPane split = new SplitPane(formScroller, scroller);
        split.setDividerPositions(0.5);
        setCenter(split);
        Label message = new Label();
        message.setId("letterheadMessage");
        message.getStyleClass().add("letterhead-message");
        message.textProperty().bind(model.message());
        message.setWrapText(true);
        setBottom(message);
        BorderPane.setMargin(message, new Insets(6, 10, 8, 10));
    }

    private GridPane form(LetterheadViewModel model, Messages messages, Runnable chooseLogo) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("letterhead-form");
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(10));
        ColumnConstraints field = new ColumnConstraints(120, 320, Double.MAX_VALUE);
        field.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), field);
        ComboBox<Office> officeBox = new ComboBox<>(model.offices());
        officeBox.setConverter(Converters.of(o -> o.code() + " – " + o.name()));
        OfficeSwitch.between(officeBox, model, messages);
        officeBox.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        LetterheadFields f = model.fields();
        int row = 0;
        row(grid, row++, messages.get("letterhead.office"), setup(officeBox, "letterheadOffice", messages));
        row(grid, row++, messages.get("letterhead.layout"), layoutBox(f, messages));
        row(grid, row++, messages.get("letterhead.country"), text("countryField", f.country(), messages));
        row(grid, row++, messages.get("letterhead.motto"), text("mottoField", f.motto(), messages));
        row(grid, row++, messages.get("letterhead.ministry"), text("ministryField", f.ministry(), messages));
        row(grid, row++, messages.get("letterhead.name"), text("officeNameField", f.name(), messages));
        row(grid, row++, messages.get("letterhead.logo"), logoRow(model, messages, chooseLogo));
        row(grid, row++, messages.get("letterhead.city"), text("cityField", f.city(), messages));
        row(grid, row++, messages.get("letterhead.address"), area("addressField", f.address(), messages));
        row(grid, row++, messages.get("letterhead.contact"), area("contactField", f.contact(), messages));
        row(grid, row++, messages.get("letterhead.footer"), text("footerField", f.footer(), messages));
        row(grid, row++, messages.get("letterhead.endMark"), endMarkBox(f, messages));
        Button save = new Button(messages.get("letterhead.save"));
        save.setId("letterheadSave");
        save.setDefaultButton(true);
        save.disableProperty().bind(model.busy().or(new javafx.beans.property.SimpleBooleanProperty(
                !model.canSave())));
        save.setOnAction(e -> model.save());
        grid.add(save, 1, row);
        return grid;
    }

    private static ComboBox<HeaderLayout> layoutBox(LetterheadFields f, Messages messages) {
        ComboBox<HeaderLayout> box = new ComboBox<>();
        box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        box.getItems().setAll(LetterheadViewModel.layouts());
        box.setConverter(Converters.of(l -> messages.get("letterhead.layout." + l.name())));
        box.valueProperty().bindBidirectional(f.layout());
        return setup(box, "layoutBox", messages);
    }

    private static ComboBox<String> endMarkBox(LetterheadFields f, Messages messages) {
        ComboBox<String> box = new ComboBox<>();
        box.setEditable(true);
        box.getItems().setAll(LetterheadViewModel.endMarks());
        box.valueProperty().bindBidirectional(f.endMark());
        return setup(box, "endMarkBox", messages);
    }

    private static HBox logoRow(LetterheadViewModel model, Messages messages, Runnable chooseLogo) {
        return LogoRow.of(model.fields().logo(), messages, chooseLogo);
    }

    private static TextField text(String id, StringProperty property, Messages messages) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(property);
        return setup(field, id, messages);
    }

    private static TextArea area(String id, StringProperty property, Messages messages) {
        TextArea area = new TextArea();
        area.setPrefRowCount(2);
        area.setWrapText(true);
        area.textProperty().bindBidirectional(property);
        return setup(area, id, messages);
    }

    private static <T extends javafx.scene.control.Control> T setup(T control, String id, Messages messages) {
        control.setId(id);
        control.setMaxWidth(Double.MAX_VALUE);
        return control;
    }

    private static void row(GridPane grid, int row, String caption, Node field) {
        Label label = new Label(caption);
        label.setLabelFor(field);
        label.getStyleClass().add("field-caption");
        field.setAccessibleText(caption);
        grid.add(label, 0, row);
        grid.add(field, 1, row);
    }
}
