package org.pressdesk.ui.publication;

import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.pressdesk.pdf.PagePreview;
import org.pressdesk.ui.common.UiContext;

/** "Papier à en-tête…": the letterhead editor in its own window. */
public final class LetterheadWindow {
    private final UiContext context;
    private final PublicationServices services;
    private final Window owner;
    private final Runnable onSaved;

    public LetterheadWindow(UiContext context, PublicationServices services, Window owner, Runnable onSaved) {
        this.context = context;
        this.services = services;
        this.owner = owner;
        this.onSaved = onSaved;
    }

    public LetterheadViewModel show(String officeCode) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(context.messages().get("letterhead.windowTitle"));
        LetterheadViewModel model = new LetterheadViewModel(services.offices(), services.pdfExport(),
                new PagePreview(), context.user(), context.messages(),
                context.persistence(), context.rendering(), context.scheduler());
        model.setOnSaved(onSaved);
        LetterheadView view = new LetterheadView(model, context.messages(), () -> context.dialogs()
                .chooseFileToOpen(stage, context.messages().get("letterhead.logo.choose"),
                        context.messages().get("letterhead.logo.files"), "*.png", "*.jpg", "*.jpeg")
                .ifPresent(model::useLogo));
        stage.setScene(new Scene(view, 1200, 820));
        stage.setOnCloseRequest(event -> {
            if (model.hasUnsavedChanges()) {
                event.consume();
                LetterheadUnsaved.ask(model, context.messages(), stage, stage::close);
            }
        });
        stage.show();
        model.start(officeCode);
        return model;
    }
}
