package org.pressdesk.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pressdesk.domain.TagKind;

/**
 * The targets of issue 17 on the development part of the set in the style of real archives; the held-out part is
 * scored only by {@code org.pressdesk.bench.RealisticBenchmark --held-out}, at the end of a piece of work.
 */
class RealisticSetTest {
    private static List<RealisticSet.Item> items;
    private static UnderstandingScore development;

    @BeforeAll
    static void measure() {
        items = RealisticSet.load();
        development = UnderstandingScore.of(items, item -> !item.heldOut());
    }

    @Test
    void theSetHasSixtyItemsAndAHeldOutPartOfAThird() {
        assertThat(items).hasSizeGreaterThanOrEqualTo(60);
        assertThat(items.stream().filter(RealisticSet.Item::heldOut).count()).isGreaterThanOrEqualTo(20);
    }

    @Test
    void segmentationSignaturesAndDatesMeetTheTargets() {
        assertThat(development.segmentation()).as(development.table()).isEqualTo(1.0);
        assertThat(development.signatures()).as(development.table()).isGreaterThanOrEqualTo(0.9);
        assertThat(development.dates()).as(development.table()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void tagsMeetTheTargets() {
        assertThat(development.precision(TagKind.PERSON)).as(development.table()).isGreaterThanOrEqualTo(0.9);
        assertThat(development.recall(TagKind.PERSON)).as(development.table()).isGreaterThanOrEqualTo(0.9);
        assertThat(development.precision(TagKind.ORGANIZATION)).as(development.table()).isGreaterThanOrEqualTo(0.9);
        assertThat(development.recall(TagKind.ORGANIZATION)).as(development.table()).isGreaterThanOrEqualTo(0.85);
        assertThat(development.precision(TagKind.COUNTRY)).as(development.table()).isGreaterThanOrEqualTo(0.95);
        assertThat(development.recall(TagKind.COUNTRY)).as(development.table()).isGreaterThanOrEqualTo(0.95);
    }
}
