package org.pressdesk.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pressdesk.domain.TagKind;

/**
 * The targets of issue 4 on the labelled communiqués: countries and persons found with few mistakes, themes
 * useful. {@code org.pressdesk.bench.TaggingBenchmark} prints the same figures with timings.
 */
class SuggestionQualityTest {
    private static QualityReport report;

    @BeforeAll
    static void measure() {
        List<LabelledSet.Item> items = LabelledSet.load();
        assertThat(items).hasSizeGreaterThanOrEqualTo(40);
        report = QualityReport.of(TagSuggester.builtIn("ML"), items, item -> true);
    }

    @Test
    void countriesReachPrecisionAndRecallOf95Percent() {
        assertThat(report.precision(TagKind.COUNTRY)).as(report.table()).isGreaterThanOrEqualTo(0.95);
        assertThat(report.recall(TagKind.COUNTRY)).as(report.table()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void personsReachPrecisionAndRecallOf85Percent() {
        assertThat(report.precision(TagKind.PERSON)).as(report.table()).isGreaterThanOrEqualTo(0.85);
        assertThat(report.recall(TagKind.PERSON)).as(report.table()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void themesReachPrecisionAndRecallOf70Percent() {
        assertThat(report.precision(TagKind.THEME)).as(report.table()).isGreaterThanOrEqualTo(0.7);
        assertThat(report.recall(TagKind.THEME)).as(report.table()).isGreaterThanOrEqualTo(0.7);
    }
}
