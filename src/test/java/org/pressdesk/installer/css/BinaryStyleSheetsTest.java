package org.pressdesk.installer.css;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.CssParser;
import javafx.css.ParsedValue;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every style sheet's binary form holds the same rules as the sheet, and sits where JavaFX looks for it. */
class BinaryStyleSheetsTest {
    @TempDir
    Path tempDir;

    @Test
    void eachSheetOfTheProgramGetsABinaryFormWithTheSameRules() throws IOException {
        Path sources = Path.of("src/main/resources");
        List<Path> sheets;
        try (Stream<Path> files = Files.walk(sources)) {
            sheets = files.filter(file -> file.toString().endsWith(".css")).toList();
        }
        for (Path sheet : sheets) {
            Path copy = tempDir.resolve(sources.relativize(sheet).toString());
            Files.createDirectories(copy.getParent());
            Files.copy(sheet, copy);
        }

        List<Path> written = BinaryStyleSheets.convertAll(tempDir);

        assertThat(written).hasSize(sheets.size()).isNotEmpty();
        for (Path binary : written) {
            Path sheet = binary.resolveSibling(binary.getFileName().toString().replace(".bss", ".css"));
            Stylesheet parsed = new CssParser().parse(sheet.toUri().toURL());
            Stylesheet loaded = Stylesheet.loadBinary(binary.toUri().toURL());
            assertThat(rules(loaded)).as(binary.toString()).isEqualTo(rules(parsed)).isNotEmpty();
        }
    }

    @Test
    void theBinaryFormIsNamedAsJavaFxLooksForIt() {
        assertThat(BinaryStyleSheets.binary(Path.of("org/pressdesk/ui/signin/signin.css")))
                .isEqualTo(Path.of("org/pressdesk/ui/signin/signin.bss"));
    }

    /** Each rule's selectors and declarations, every value described down to its leaves. */
    private static List<String> rules(Stylesheet sheet) {
        return sheet.getRules().stream().map(rule -> rule.getSelectors() + " " + rule.getDeclarations().stream()
                .map(d -> d.getProperty() + (d.isImportant() ? "!" : "") + "=" + describe(d.getParsedValue()))
                .toList()).toList();
    }

    /** A value as text, arrays and nested values included (their own toString prints an array as its address). */
    private static String describe(Object value) {
        if (value instanceof ParsedValue<?, ?> parsed) {
            String converter = parsed.getConverter() == null ? "" : parsed.getConverter().getClass().getName();
            return "(" + describe(parsed.getValue()) + (parsed.isContainsLookups() ? " lookup" : "") + " "
                    + converter + ")";
        }
        if (value instanceof Object[] array) {
            return Arrays.stream(array).map(BinaryStyleSheetsTest::describe).toList().toString();
        }
        return String.valueOf(value);
    }
}
