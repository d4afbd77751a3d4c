package org.pressdesk.ui.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnFitTest {
    private static final List<Double> WIDTHS = List.of(100.0, 110.0, 90.0, 150.0);

    @ParameterizedTest(name = "the title's minimum and {0} px, with {1} px of marks, shows {2} columns beside it")
    @CsvSource({
        "58, 0, 0",     // a laptop's list: the title keeps its room, the rest goes under it
        "100, 0, 1",
        "130, 34, 0",
        "134, 34, 1",
        "244, 34, 2",
        "483, 34, 3",
        "484, 34, 4",
        "-70, 34, 0",   // narrower than the title's minimum: nothing beside it
    })
    void showsTheColumnsInOrderWhileTheTitleKeepsItsMinimum(double beyondTitle, double marks, int shown) {
        assertThat(ColumnFit.shown(ColumnFit.TITLE_MIN + beyondTitle, marks, WIDTHS)).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource({"209, 1", "210, 2"})
    void aColumnThatDoesNotFitHidesTheLessImportantOnesToo(double beyondTitle, int shown) {
        // the narrow third column would fit where the second does not: it stays hidden, the order never changes
        assertThat(ColumnFit.shown(ColumnFit.TITLE_MIN + beyondTitle, 0, List.of(100.0, 110.0, 10.0)))
                .isEqualTo(shown);
    }
}
