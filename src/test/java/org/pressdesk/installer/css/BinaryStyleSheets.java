package org.pressdesk.installer.css;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.Stylesheet;

/**
 * Build step (process-test-classes, so before the tests and the jar): writes beside each of PressDesk's style sheets
 * in the compiled classes its binary form, {@code .bss}, which JavaFX loads instead of the {@code .css} of the same
 * name. A binary sheet is read without JavaFX's CSS parser and lexer, a hundred classes loaded and checked on the way
 * to the first window otherwise (issue 14). The {@code .css} stays, and is what a missing or unreadable {@code .bss}
 * falls back to. Argument: the folder of compiled classes.
 */
public final class BinaryStyleSheets {
    private BinaryStyleSheets() {
    }

    public static void main(String[] args) throws IOException {
        List<Path> written = convertAll(Path.of(args[0]));
        System.out.println("binary style sheets: " + written.size() + " written");
    }

    /** Converts every {@code .css} under {@code classes}; returns the {@code .bss} files written. */
    static List<Path> convertAll(Path classes) throws IOException {
        List<Path> sheets;
        try (Stream<Path> files = Files.walk(classes)) {
            sheets = files.filter(file -> file.getFileName().toString().endsWith(".css")).sorted().toList();
        }
        for (Path sheet : sheets) {
            Stylesheet.convertToBinary(sheet.toFile(), binary(sheet).toFile());
        }
        return sheets.stream().map(BinaryStyleSheets::binary).toList();
    }

    static Path binary(Path sheet) {
        String name = sheet.getFileName().toString();
        return sheet.resolveSibling(name.substring(0, name.length() - ".css".length()) + ".bss");
    }
}
