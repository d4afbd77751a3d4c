package org.pressdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A start-up window's place on a screen's usable area, without a toolkit. */
class ScreenFitTest {

    @ParameterizedTest(name = "{0}×{1} on a {2}×{3} area")
    @CsvSource({
        // the first-start screen on a laptop with a 40 px task bar: the whole usable area, nothing off-screen
        "1280, 860, 1366, 728, 1280, 728",
        "1280, 860, 1920, 1040, 1280, 860",
        // a small window keeps its size
        "560, 380, 1366, 728, 560, 380",
        // a tiny screen: never larger than it, however large the wish
        "1280, 860, 1024, 600, 1024, 600",
    })
    void aWindowIsNeverLargerThanTheUsableAreaAndStandsCentredInIt(double width, double height, double areaWidth,
            double areaHeight, double expectedWidth, double expectedHeight) {
        Rectangle2D area = new Rectangle2D(0, 40, areaWidth, areaHeight);

        ScreenFit fit = ScreenFit.of(width, height, 720, 480, area);

        assertThat(fit.width()).isEqualTo(expectedWidth);
        assertThat(fit.height()).isEqualTo(expectedHeight);
        assertThat(fit.x()).isGreaterThanOrEqualTo(area.getMinX());
        assertThat(fit.y()).isGreaterThanOrEqualTo(area.getMinY());
        assertThat(fit.x() + fit.width()).isLessThanOrEqualTo(area.getMaxX());
        assertThat(fit.y() + fit.height()).isLessThanOrEqualTo(area.getMaxY());
        assertThat(Math.abs((fit.x() - area.getMinX()) - (area.getMaxX() - fit.x() - fit.width()))).isLessThan(2);
        assertThat(fit.minWidth()).isLessThanOrEqualTo(fit.width());
        assertThat(fit.minHeight()).isLessThanOrEqualTo(fit.height());
    }
}
