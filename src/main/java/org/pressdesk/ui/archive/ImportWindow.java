package org.pressdesk.ui.archive;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.pressdesk.archive.ArchiveImportService;
import org.pressdesk.office.OfficeService;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.common.UiContext;

/** The import dialog in a window of its own; files may be dropped on it or chosen. */
public final class ImportWindow {
    private final UiContext context;
    private final Stage stage = new Stage();
    private final ImportViewModel model;

    public ImportWindow(UiContext context, ArchiveImportService archiveImport, OfficeService offices, Window owner,
            Runnable onImported) {
        this.context = context;
        Messages messages = context.messages();
        this.model = new ImportViewModel(archiveImport, offices, context.persistence(), context.user(), messages);
        model.setOnImported(onImported);
        ImportView view = new ImportView(model, messages, this::choose, stage::close);
        stage.initOwner(owner);
        stage.setTitle(messages.get("import.windowTitle"));
        stage.setScene(new Scene(view, 1180, 620));
        ArchiveDrop.install(stage.getScene(), model::add);
    }

    /** Shows the window and reads {@code files} (may be empty: the user then chooses or drops some). */
    public void show(List<Path> files) {
        stage.show();
        model.add(files);
    }

    private void choose() {
        Path home = Path.of(System.getProperty("user.home"));
        List<Path> chosen = context.dialogs().chooseArchives(stage, context.messages().get("import.chooseTitle"),
                context.messages().get("import.archiveFiles"), Files.isDirectory(home) ? home : null);
        model.add(chosen);
    }
}
