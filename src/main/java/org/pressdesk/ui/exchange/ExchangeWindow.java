package org.pressdesk.ui.exchange;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.common.Alerts;
import org.pressdesk.ui.common.UiContext;
import org.pressdesk.ui.task.FxTaskRunner;

/**
 * Fichier → Échanges in its own window, with its own background thread (a large file must not hold up saving in
 * the main window). This class asks for files, names and passwords; the view model does the rest.
 */
public final class ExchangeWindow {
    private final UiContext context;
    private final Messages messages;
    private final Stage stage = new Stage();
    private final FxTaskRunner runner = new FxTaskRunner("exchange");
    private final ExchangeViewModel model;
    private final Runnable onChanged;
    private final ExchangeViewModel.Services services;

    /** @param onChanged called when a received file or a resolved conflict changed communiqués */
    public ExchangeWindow(UiContext context, ExchangeViewModel.Services services, Window owner, Runnable onChanged) {
        this.context = context;
        this.messages = context.messages();
        this.onChanged = onChanged;
        this.services = services;
        this.model = new ExchangeViewModel(services, context.user(), messages, runner, onChanged);
        ExchangeView view = new ExchangeView(model, messages, new ExchangeView.Actions(this::exportCertificate,
                this::addPeer, this::renamePeer, this::revokePeer, this::send, this::receive, this::resolve));
        stage.initOwner(owner);
        stage.setTitle(messages.get("exchange.window.title"));
        stage.setScene(new Scene(view, 1320, 700));
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> runner.close());
    }

    public void show() {
        stage.show();
        stage.toFront();
        model.load();
    }

    private void exportCertificate() {
        context.dialogs().chooseFileToSave(stage, messages.get("exchange.window.exportCertificate"),
                messages.get("exchange.window.certificateFiles"), "*.pem", "pressdesk-installation.pem")
                .ifPresent(model::exportCertificate);
    }

    private void addPeer() {
        context.dialogs().chooseFileToOpen(stage, messages.get("exchange.window.addPeer"),
                messages.get("exchange.window.certificateFiles"), "*.pem", "*.crt", "*.cer")
                .ifPresent(file -> model.inspectPeer(file, candidate -> new PeerConfirmation(stage, messages)
                        .ask(candidate).ifPresent(name -> model.addPeer(file, name))));
    }

    private void renamePeer() {
        var row = model.selected().get();
        if (row == null) {
            return;
        }
        TextInputDialog dialog = new TextInputDialog(row.peer().name());
        dialog.initOwner(stage);
        dialog.setTitle(messages.get("app.dialogTitle"));
        dialog.setHeaderText(messages.get("exchange.window.renameHeader", row.peer().name()));
        dialog.getEditor().setId("peerNewName");
        dialog.showAndWait().map(String::strip).filter(name -> !name.isEmpty()).ifPresent(model::renamePeer);
    }

    private void revokePeer() {
        var row = model.selected().get();
        if (row == null) {
            return;
        }
        Alert alert = Alerts.create(stage, Alert.AlertType.WARNING, messages,
                messages.get("exchange.window.revokeHeader", row.peer().name()),
                messages.get("exchange.window.revokeText"));
        ButtonType revoke = new ButtonType(messages.get("exchange.window.revokePeer"), ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(revoke, new ButtonType(messages.get("exchange.window.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        if (alert.showAndWait().filter(revoke::equals).isPresent()) {
            model.revokePeer();
        }
    }

    private void send() {
        var row = model.selected().get();
        if (row == null) {
            return;
        }
        Optional<Path> out = context.dialogs().chooseFileToSave(stage, messages.get("exchange.window.send"),
                messages.get("exchange.window.exchangeFiles"), "*.pdx", "envoi-" + row.peer().name() + ".pdx");
        out.ifPresent(file -> new PasswordPrompt(stage, messages).ask(row.peer().name())
                .ifPresent(password -> model.send(file, password)));
    }

    private void receive() {
        context.dialogs().chooseFileToOpen(stage, messages.get("exchange.window.receive"),
                messages.get("exchange.window.exchangeFiles"), "*.pdx", "*.zip").ifPresent(model::receive);
    }

    private void resolve(long communiqueId) {
        new ConflictWindow(context, services.conflicts(), stage, () -> {
            onChanged.run();
            model.load();
        }).show(communiqueId);
    }
}
