package org.pressdesk.ui.publication;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.pressdesk.ui.common.UiContext;

/** The progress of a batch export, with a button that cancels it (and closes the window once it is over). */
public final class BatchExportDialog {
    private final UiContext context;
    private final PublicationServices services;
    private final Window owner;

    public BatchExportDialog(UiContext context, PublicationServices services, Window owner) {
        this.context = context;
        this.services = services;
        this.owner = owner;
    }

    public BatchExportViewModel start(List<Long> ids, Path directory, Runnable whenDone) {
        BatchExportViewModel model = new BatchExportViewModel(services.pdfExport(), context.user(),
                context.persistence(), context.messages());
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(context.messages().get("batch.windowTitle", ids.size()));
        ProgressBar bar = new ProgressBar();
        bar.setId("batchProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.progress());
        Label status = new Label();
        status.setId("batchStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.status());
        Button button = new Button(context.messages().get("batch.cancel"));
        button.setId("batchCancel");
        button.setOnAction(e -> {
            if (model.running().get()) {
                model.cancel();
            } else {
                stage.close();
            }
        });
        model.running().addListener((o, was, now) -> {
            button.setText(context.messages().get(now ? "batch.cancel" : "batch.close"));
            if (!now) {
                whenDone.run();
            }
        });
        SigningPrompt prompt = new SigningPrompt(context, services, stage);
        model.locked().addListener((o, was, now) -> {
            if (now != null) {
                prompt.ensureUnlocked(now.officeId(), model::resume, model::cancel);
            }
        });
        VBox root = new VBox(10, status, bar, button);
        root.setPadding(new Insets(14));
        stage.setScene(new Scene(root, 520, 150));
        stage.show();
        model.start(ids, directory);
        return model;
    }
}
