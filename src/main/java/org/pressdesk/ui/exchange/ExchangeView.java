package org.pressdesk.ui.exchange;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.pressdesk.exchange.ConflictService;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.exchange.ExchangeViewModel.PeerRow;

/** The Échanges window's content: identity, peers, a received file's preview, conflicts, and what just happened. */
final class ExchangeView extends BorderPane {

    /** What the buttons ask of the window (choosing files and typing passwords happen there). */
    record Actions(Runnable exportCertificate, Runnable addPeer, Runnable renamePeer, Runnable revokePeer,
            Runnable send, Runnable receive, Consumer<Long> resolve) {
    }

    private final ExchangeViewModel model;
    private final Messages messages;

    ExchangeView(ExchangeViewModel model, Messages messages, Actions actions) {
        this.model = model;
        this.messages = messages;
        setId("exchangeWindow");
        getStyleClass().add("exchange");
        getStylesheets().add(ExchangeView.class.getResource("exchange.css").toExternalForm());
        setTop(identity(actions));
        VBox middle = new VBox(8, heading("exchange.window.peers"), peerTable(), peerButtons(actions),
                new PreviewPane(model, messages), conflicts(actions));
        middle.getStyleClass().add("exchange-middle");
        setCenter(middle);
        setBottom(status());
    }

    private VBox identity(Actions actions) {
        Label name = new Label();
        name.setId("identityName");
        name.getStyleClass().add("exchange-heading");
        name.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("exchange.window.identity", model.identityName().get()), model.identityName()));
        Label fingerprint = new Label();
        fingerprint.setId("identityFingerprint");
        fingerprint.setMinWidth(Region.USE_PREF_SIZE);
        fingerprint.getStyleClass().add("fingerprint");
        fingerprint.setAccessibleText(messages.get("exchange.window.fingerprint.accessible"));
        fingerprint.textProperty().bind(model.fingerprint());
        Button export = button("exportCertificateButton", "exchange.window.exportCertificate",
                actions.exportCertificate());
        export.disableProperty().bind(model.hasIdentity().not().or(model.busy()));
        export.setMinWidth(Region.USE_PREF_SIZE);
        Label label = new Label(messages.get("exchange.window.fingerprint"));
        label.setLabelFor(fingerprint);
        HBox row = new HBox(8, label, fingerprint, export);
        row.getStyleClass().add("exchange-row");
        VBox box = new VBox(6, name, row);
        box.getStyleClass().add("exchange-identity");
        return box;
    }

    private TableView<PeerRow> peerTable() {
        TableView<PeerRow> table = new TableView<>(model.peers());
        table.setId("peerTable");
        table.setAccessibleText(messages.get("exchange.window.peers"));
        table.setPlaceholder(new Label(messages.get("exchange.peers.none")));
        table.setPrefHeight(140);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("exchange.window.column.name", 110, r -> r.peer().name()));
        table.getColumns().add(column("exchange.window.column.installation", 200, r -> messages.get(
                r.peer().headquarters() ? "exchange.window.headquarters" : "exchange.window.field",
                r.peer().displayName())));
        table.getColumns().add(column("exchange.window.column.fingerprint", 120, ExchangeViewModel::shortPrint));
        table.getColumns().add(column("exchange.window.column.waiting", 260, model::waiting));
        table.getColumns().add(column("exchange.window.column.unacknowledged", 170, model::unacknowledged));
        table.getColumns().add(column("exchange.window.column.lastSent", 150, r -> model.when(r.peer().lastSentAt())));
        table.getColumns().add(column("exchange.window.column.lastReceived", 170,
                r -> model.when(r.peer().lastReceivedAt())));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.selected().set(now));
        model.selected().addListener((o, was, now) -> {
            if (table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
        return table;
    }

    private HBox peerButtons(Actions actions) {
        var none = model.selected().isNull();
        var revoked = Bindings.createBooleanBinding(
                () -> model.selected().get() != null && model.selected().get().peer().revoked(), model.selected());
        boolean admin = model.administrator();
        Button add = button("addPeerButton", "exchange.window.addPeer", actions.addPeer());
        add.disableProperty().bind(model.hasIdentity().not().or(model.busy()));
        Button rename = button("renamePeerButton", "exchange.window.renamePeer", actions.renamePeer());
        rename.disableProperty().bind(none.or(model.busy()));
        Button revoke = button("revokePeerButton", "exchange.window.revokePeer", actions.revokePeer());
        revoke.disableProperty().bind(none.or(revoked).or(model.busy()));
        for (Button adminOnly : new Button[] {add, rename, revoke}) {
            adminOnly.setVisible(admin);
            adminOnly.setManaged(admin);
        }
        Button send = button("sendButton", "exchange.window.send", actions.send());
        send.getStyleClass().add("accent");
        send.disableProperty().bind(none.or(revoked).or(model.busy()));
        Button receive = button("receiveButton", "exchange.window.receive", actions.receive());
        receive.disableProperty().bind(model.hasIdentity().not().or(model.busy()));
        HBox row = new HBox(8, add, rename, revoke, new Label(" "), send, receive);
        row.getStyleClass().add("exchange-row");
        return row;
    }

    private VBox conflicts(Actions actions) {
        Label title = new Label();
        title.getStyleClass().add("exchange-heading");
        title.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("exchange.window.conflicts", model.conflicts().size()), model.conflicts()));
        ListView<ConflictService.Open> list = new ListView<>(model.conflicts());
        list.setId("conflictList");
        list.setAccessibleText(messages.get("exchange.window.conflicts.accessible"));
        list.setPlaceholder(new Label(messages.get("exchange.window.conflicts.none")));
        list.setPrefHeight(80);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(ConflictService.Open item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.get("exchange.window.conflictLine",
                        item.communique().content().title(), model.when(item.detectedAt())));
            }
        });
        Button resolve = button("resolveConflictButton", "exchange.window.resolve", () -> {
            ConflictService.Open chosen = list.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                actions.resolve().accept(chosen.communique().id());
            }
        });
        resolve.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                resolve.fire();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = new VBox(6, title, list, resolve);
        VBox.setVgrow(box, Priority.ALWAYS);
        return box;
    }

    private HBox status() {
        Label said = new Label();
        said.setId("exchangeMessage");
        said.setWrapText(true);
        said.textProperty().bind(model.message());
        said.getStyleClass().add("exchange-message");
        ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        progress.setId("exchangeProgress");
        progress.visibleProperty().bind(model.busy());
        progress.setPrefWidth(120);
        HBox.setHgrow(said, Priority.ALWAYS);
        said.setMaxWidth(Double.MAX_VALUE);
        HBox row = new HBox(8, said, progress);
        row.getStyleClass().add("exchange-status");
        return row;
    }

    private Label heading(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("exchange-heading");
        return label;
    }

    private Button button(String id, String key, Runnable action) {
        return button(messages, id, key, action);
    }

    /** A button that says what it does, to the eye and to a screen reader, and never shrinks below its text. */
    static Button button(Messages messages, String id, String key, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setAccessibleText(messages.get(key));
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> action.run());
        return button;
    }

    private TableColumn<PeerRow, String> column(String key, double width, Function<PeerRow, String> value) {
        TableColumn<PeerRow, String> column = new TableColumn<>(messages.get(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }
}
