package org.pressdesk.ui.audit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import org.pressdesk.domain.AuditEvent;
import org.pressdesk.domain.AuditKind;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.common.Converters;
import org.pressdesk.ui.common.DateEntry;

/** The audit trail: filters above, entries in a table, the chain check below. */
public final class AuditView extends BorderPane {

    public AuditView(AuditViewModel model, Messages messages) {
        setId("auditView");
        setPadding(new Insets(8));
        setTop(filters(model, messages));
        setCenter(table(model, messages));
        Button verify = new Button(messages.get("audit.view.verify"));
        verify.setId("auditVerifyButton");
        verify.setOnAction(e -> model.verify());
        Label message = new Label();
        message.setId("auditMessage");
        message.textProperty().bind(model.message());
        FlowPane bottom = new FlowPane(8, 4, verify, message);
        bottom.setPadding(new Insets(6, 0, 0, 0));
        setBottom(bottom);
    }

    private static FlowPane filters(AuditViewModel model, Messages messages) {
        TextField user = field("auditUser", messages.get("audit.view.user"));
        user.textProperty().bindBidirectional(model.user());
        TextField communique = field("auditCommunique", messages.get("audit.view.communique"));
        communique.textProperty().bindBidirectional(model.communique());
        ComboBox<AuditKind> kind = new ComboBox<>();
        kind.setId("auditKind");
        kind.setPromptText(messages.get("audit.view.kind"));
        kind.setAccessibleText(messages.get("audit.view.kind"));
        List<AuditKind> kinds = new ArrayList<>();
        kinds.add(null);
        kinds.addAll(List.of(AuditKind.values()));
        kind.getItems().setAll(kinds);
        kind.setConverter(Converters.of(k -> messages.get("audit.kind." + k.name())));
        kind.valueProperty().bindBidirectional(model.kind());
        DatePicker from = date("auditFrom", messages.get("audit.view.from"), messages);
        from.valueProperty().bindBidirectional(model.from());
        DatePicker to = date("auditTo", messages.get("audit.view.to"), messages);
        to.valueProperty().bindBidirectional(model.to());
        Button search = new Button(messages.get("audit.view.search"));
        search.setId("auditSearchButton");
        search.setDefaultButton(true);
        search.setOnAction(e -> model.search());
        FlowPane bar = new FlowPane(8, 6, user, communique, kind, from, to, search);
        bar.setPadding(new Insets(0, 0, 8, 0));
        return bar;
    }

    private static TableView<AuditEvent> table(AuditViewModel model, Messages messages) {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(messages.locale()).withZone(ZoneId.systemDefault());
        TableView<AuditEvent> table = new TableView<>(model.events());
        table.setId("auditTable");
        table.setPlaceholder(new Label(messages.get("audit.view.empty")));
        table.getColumns().add(column(messages.get("audit.view.column.id"), 60, e -> Long.toString(e.id())));
        table.getColumns().add(column(messages.get("audit.view.column.when"), 160, e -> when.format(e.occurredAt())));
        table.getColumns().add(column(messages.get("audit.view.column.user"), 110, e -> nullable(e.actorName())));
        table.getColumns().add(column(messages.get("audit.view.column.kind"), 170,
                e -> messages.get("audit.kind." + e.kind().name())));
        table.getColumns().add(column(messages.get("audit.view.column.communique"), 130,
                e -> e.communiqueId() == null ? "" : e.communiqueId().toString()));
        table.getColumns().add(column(messages.get("audit.view.column.detail"), 320, e -> nullable(e.detail())));
        return table;
    }

    private static String nullable(String text) {
        return text == null ? "" : text;
    }

    private static TableColumn<AuditEvent, String> column(String name, double width,
            Function<AuditEvent, String> value) {
        TableColumn<AuditEvent, String> column = new TableColumn<>(name);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    private static TextField field(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setAccessibleText(prompt);
        return field;
    }

    private static DatePicker date(String id, String prompt, Messages messages) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPromptText(prompt);
        picker.setAccessibleText(prompt);
        DateEntry.attach(picker, messages);
        picker.setPrefWidth(140);
        return picker;
    }
}
