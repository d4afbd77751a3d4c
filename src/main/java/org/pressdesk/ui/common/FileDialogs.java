package org.pressdesk.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The file dialogs a window opens; tests answer them without a native dialog. */
public interface FileDialogs {

    /** Asks where to write a PDF; empty when the user cancels. */
    Optional<Path> choosePdfTarget(Window owner, String title, String filterName, Path directory, String name);

    /** Asks for a file to open among {@code patterns} ("*.png"); empty when the user cancels. */
    default Optional<Path> chooseFileToOpen(Window owner, String title, String filterName, String... patterns) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, patterns));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    /** Asks where to write a file matching {@code pattern} ("*.pdx"), proposing {@code name}; empty on cancel. */
    default Optional<Path> chooseFileToSave(Window owner, String title, String filterName, String pattern,
            String name) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, pattern));
        chooser.setInitialFileName(name);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    /** Asks for a folder; empty when the user cancels. */
    default Optional<Path> chooseDirectory(Window owner, String title, Path start) {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(title);
        if (start != null && start.toFile().isDirectory()) {
            chooser.setInitialDirectory(start.toFile());
        }
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    /**
     * Asks which archive files to import (text or Word); empty when the user cancels. The operating system's
     * dialog unless a test answers it.
     */
    default List<Path> chooseArchives(Window owner, String title, String filterName, Path directory) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, "*.txt", "*.docx", "*.text"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("*", "*"));
        if (directory != null) {
            chooser.setInitialDirectory(directory.toFile());
        }
        List<File> chosen = chooser.showOpenMultipleDialog(owner);
        return chosen == null ? List.of() : chosen.stream().map(File::toPath).toList();
    }

    /** The operating system's own dialogs. */
    static FileDialogs system() {
        return (owner, title, filterName, directory, name) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, "*.pdf"));
            chooser.setInitialDirectory(directory.toFile());
            chooser.setInitialFileName(name);
            File chosen = chooser.showSaveDialog(owner);
            return Optional.ofNullable(chosen).map(File::toPath);
        };
    }
}
