package org.pressdesk.ui.archive;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/** Files dropped on a window go to the importer; the window shows that it takes them while they hover. */
public final class ArchiveDrop {
    private static final String TARGET = "drop-target";

    private ArchiveDrop() {
    }

    public static void install(Scene scene, Consumer<List<Path>> onFiles) {
        scene.addEventHandler(DragEvent.DRAG_OVER, event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
                if (!scene.getRoot().getStyleClass().contains(TARGET)) {
                    scene.getRoot().getStyleClass().add(TARGET);
                }
                event.consume();
            }
        });
        scene.addEventHandler(DragEvent.DRAG_EXITED, event -> scene.getRoot().getStyleClass().remove(TARGET));
        scene.addEventHandler(DragEvent.DRAG_DROPPED, event -> {
            scene.getRoot().getStyleClass().remove(TARGET);
            if (event.getDragboard().hasFiles()) {
                List<Path> files = event.getDragboard().getFiles().stream().map(File::toPath).toList();
                event.setDropCompleted(true);
                event.consume();
                onFiles.accept(files);
            }
        });
    }
}
