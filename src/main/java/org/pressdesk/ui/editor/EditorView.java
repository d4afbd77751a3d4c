package org.pressdesk.ui.editor;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.Genre;
import org.pressdesk.domain.Office;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.common.Converters;
import org.pressdesk.ui.common.DateEntry;

/** The form of the communiqué being edited: its fields, body, counts and state. */
public final class EditorView extends VBox {
    private final TextField titleField = new TextField();
    private final ComboBox<Genre> genreBox = new ComboBox<>();
    private final ComboBox<Office> officeBox = new ComboBox<>();
    private final TextField placeField = new TextField();
    private final DatePicker datePicker = new DatePicker();
    private final ComboBox<String> languageBox = new ComboBox<>();
    private final BodyArea bodyArea = new BodyArea(CommuniqueContent.MAX_BODY_LENGTH);
    private final VirtualizedScrollPane<BodyArea> bodyPane = new VirtualizedScrollPane<>(bodyArea);
    private final ValidationSupport validation = new ValidationSupport();
    private final GridPane form;

    public EditorView(EditorViewModel model, Messages messages) {
        getStyleClass().add("editor");
        getStylesheets().add(EditorView.class.getResource("editor.css").toExternalForm());
        setId("editor");
        configureFields(model, messages);
        form = form(messages);
        Label stats = label("statsLabel", "editor-stats");
        stats.textProperty().bind(model.stats());
        Label state = label("stateLabel", "editor-state");
        state.textProperty().bind(model.state());
        // a narrow editor puts the counts under the state line rather than cutting either
        FlowPane footer = new FlowPane(16, 2, state, stats);
        footer.getStyleClass().add("editor-footer");
        bodyPane.getStyleClass().add("body-pane");
        VBox.setVgrow(bodyPane, Priority.ALWAYS);
        getChildren().addAll(form, bodyPane, footer);
        bindValidation(model, messages);
        model.frozen().addListener((o, was, now) -> setFrozen(now));
    }

    private void configureFields(EditorViewModel model, Messages messages) {
        setup(titleField, "titleField", messages.get("editor.title.accessible"));
        titleField.setPromptText(messages.get("editor.title.prompt"));
        titleField.textProperty().bindBidirectional(model.title());
        setup(genreBox, "genreBox", messages.get("editor.genre.accessible"));
        genreBox.getItems().setAll(Genre.values());
        genreBox.setConverter(Converters.of(g -> messages.get("genre." + g.name())));
        genreBox.valueProperty().bindBidirectional(model.genre());
        setup(officeBox, "officeBox", messages.get("editor.office.accessible"));
        officeBox.setItems(model.offices());
        officeBox.setConverter(Converters.of(o -> o.code() + " – " + o.name()));
        officeBox.valueProperty().bindBidirectional(model.office());
        setup(placeField, "placeField", messages.get("editor.place.accessible"));
        placeField.textProperty().bindBidirectional(model.place());
        setup(datePicker, "eventDatePicker", messages.get("editor.date.accessible"));
        DateEntry.attach(datePicker, messages);
        datePicker.valueProperty().bindBidirectional(model.eventDate());
        setup(languageBox, "languageBox", messages.get("editor.language.accessible"));
        languageBox.getItems().setAll("fr", "en");
        languageBox.setConverter(Converters.of(code -> messages.get("language." + code)));
        languageBox.valueProperty().bindBidirectional(model.language());
        setup(bodyArea, "bodyArea", messages.get("editor.body.accessible"));
        bodyArea.setWrapText(true);
        bodyArea.setPromptText(messages.get("editor.body.prompt"));
        bodyArea.bindBidirectional(model.body());
        bodyArea.onRefused(model::refuseLongBody);
        bodyArea.setContextMenu(BodyMenu.of(bodyArea, messages::get));
    }

    private GridPane form(Messages messages) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("editor-form");
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(0, 0, 6, 0));
        grid.getColumnConstraints().addAll(captionColumn(), fieldColumn(), captionColumn(), fieldColumn());
        row(grid, 0, messages.get("editor.title"), titleField, 3);
        // genre and office get a whole row each: their names are long ("Communiqué de presse", an office's name)
        row(grid, 1, messages.get("editor.genre"), genreBox, 3);
        row(grid, 2, messages.get("editor.office"), officeBox, 3);
        row(grid, 3, messages.get("editor.place"), placeField, 3);
        // date and language share a flow: each keeps its width, the language goes under the date if need be
        Label languageCaption = caption(messages.get("editor.language"), languageBox);
        FlowPane dateAndLanguage = new FlowPane(8, 6, datePicker, languageCaption, languageBox);
        dateAndLanguage.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        row(grid, 4, messages.get("editor.date"), dateAndLanguage, 3);
        datePicker.getEditor().setPrefColumnCount(9);
        for (Region field : new Region[] {genreBox, officeBox, placeField}) {
            field.setMaxWidth(Double.MAX_VALUE);
        }
        return grid;
    }

    private static ColumnConstraints captionColumn() {
        ColumnConstraints column = new ColumnConstraints();
        column.setMinWidth(Region.USE_PREF_SIZE);
        return column;
    }

    private static ColumnConstraints fieldColumn() {
        ColumnConstraints column = new ColumnConstraints(Region.USE_COMPUTED_SIZE, 200, Double.MAX_VALUE);
        column.setHgrow(Priority.ALWAYS);
        column.setFillWidth(true);
        return column;
    }

    private void bindValidation(EditorViewModel model, Messages messages) {
        validation.setErrorDecorationEnabled(false);
        validation.registerValidator(titleField, false, (javafx.scene.control.Control field, String text) -> {
            String problem = model.checkTitle(text);
            return ValidationResult.fromErrorIf(field, problem, !problem.isEmpty());
        });
        model.titleProblem().addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                validation.setErrorDecorationEnabled(true);
                titleField.requestFocus();
            }
        });
        model.stored().addListener((o, was, now) -> validation.setErrorDecorationEnabled(false));
    }

    private void setFrozen(boolean frozen) {
        titleField.setEditable(!frozen);
        placeField.setEditable(!frozen);
        bodyArea.setEditable(!frozen);
        for (Node control : new Node[] {genreBox, officeBox, datePicker, languageBox}) {
            control.setDisable(frozen);
        }
    }

    /** Shows a panel between the form and the body (the tag bar). */
    public void showBelowForm(Node panel) {
        getChildren().add(getChildren().indexOf(form) + 1, panel);
    }

    public TextField titleField() {
        return titleField;
    }

    public BodyArea bodyArea() {
        return bodyArea;
    }

    /** Shows a bar just above the body (the formatting bar). */
    void showAboveBody(Node bar) {
        getChildren().add(getChildren().indexOf(bodyPane), bar);
    }

    private static void row(GridPane grid, int row, String caption, Node field, int span) {
        grid.add(caption(caption, field), 0, row);
        grid.add(field, 1, row, span, 1);
    }

    private static Label caption(String text, Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        label.getStyleClass().add("field-caption");
        return label;
    }

    private static void setup(Node control, String id, String accessible) {
        control.setId(id);
        control.setAccessibleText(accessible);
    }

    private static Label label(String id, String styleClass) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(styleClass);
        return label;
    }
}
