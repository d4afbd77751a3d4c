package org.pressdesk.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextCleanerTest {

    @ParameterizedTest(name = "[{index}] {2}")
    @CsvSource(delimiter = '|', value = {
        "a\\r\\nb        | a\\nb    | Windows line ends",
        "a\\rb           | a\\nb    | old Mac line ends",
        "a\\u2028b       | a\\nb    | Unicode line separator",
        "a\\tb           | a b      | tab",
        "a\\u0007b\\u0000c | abc    | control characters dropped",
        "co\\u00ADopé\\u200Bra | coopéra | soft hyphen and zero-width space dropped",
        "a\\u2003b       | a b      | em space is a breaking space",
        "a\\u00A0b\\u202Fc | a\\u00A0b\\u202Fc | no-break spaces kept",
        "e\\u0301té      | été      | decomposed accents composed",
    })
    void cleans(String input, String expected, String why) {
        assertThat(TextCleaner.clean(unescape(input.strip()))).isEqualTo(unescape(expected.strip()));
    }

    @Test
    void turnsNullIntoEmptyText() {
        assertThat(TextCleaner.clean(null)).isEmpty();
    }

    @Test
    void splitsLinesDroppingBlankOnesAndOrdinarySpacesAtTheEdges() {
        String text = TextCleaner.clean("  Premier  \r\n\r\n \t \nSecond\u00A0\n\n");
        assertThat(TextCleaner.lines(text)).containsExactly("Premier", "Second\u00A0");
    }

    @Test
    void findsNoLinesInBlankText() {
        assertThat(TextCleaner.lines(TextCleaner.clean(" \n \r\n"))).isEqualTo(List.of());
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && text.charAt(i + 1) == 'u') {
                out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                i += 5;
            } else if (c == '\\') {
                char next = text.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next == 't' ? '\t' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
