package org.pressdesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of a main window's place, without a window: first size, fitting onto today's screens, storage. */
class WindowPlacementTest {
    private static final WindowPlacement.Area LAPTOP = new WindowPlacement.Area(0, 0, 1366, 728);
    private static final WindowPlacement.Area LARGE = new WindowPlacement.Area(0, 0, 1920, 1040);

    @Test
    void aLaptopScreenIsUsedWholeTheFirstTime() {
        WindowPlacement first = WindowPlacement.firstTime(LAPTOP);

        assertThat(first.maximized()).isTrue();
        assertThat(first.width()).isEqualTo(1366);
        assertThat(first.height()).isEqualTo(728);
    }

    @Test
    void aLargeScreenGetsMostOfItCentredTheFirstTime() {
        WindowPlacement first = WindowPlacement.firstTime(LARGE);

        assertThat(first.maximized()).isFalse();
        assertThat(first.width()).isEqualTo(1632);
        assertThat(first.height()).isEqualTo(936);
        assertThat(first.x()).isEqualTo(144);
        assertThat(first.y()).isEqualTo(52);
    }

    @Test
    void thePreviewGetsTheLargestShareByDefault() {
        double[] dividers = WindowPlacement.firstTime(LARGE).dividers();

        assertThat(1 - dividers[1]).isGreaterThan(dividers[1] - dividers[0]).isGreaterThan(dividers[0]);
    }

    @Test
    void aRememberedPlaceComesBackAsItWas() {
        WindowPlacement kept = new WindowPlacement(100, 80, 1200, 700, true, new double[] {0.2, 0.55});

        WindowPlacement read = WindowPlacement.decode(kept.encode()).orElseThrow();

        assertThat(read).isEqualTo(kept);
        assertThat(read.fitInto(LARGE, List.of(LARGE))).isEqualTo(kept);
    }

    @Test
    void aPlaceOnAScreenThatIsGoneComesBackCentredOnThePrimaryScreen() {
        WindowPlacement onSecondScreen = new WindowPlacement(2100, 100, 1200, 700, false, new double[] {0.2, 0.55});

        WindowPlacement fitted = onSecondScreen.fitInto(LAPTOP, List.of(LAPTOP));

        assertThat(fitted.x()).isEqualTo(83);
        assertThat(fitted.y()).isEqualTo(14);
        assertThat(fitted.width()).isEqualTo(1200);
    }

    @Test
    void aWindowLargerThanItsScreenShrinksToIt() {
        WindowPlacement large = new WindowPlacement(0, 0, 1900, 1000, false, new double[] {0.2, 0.55});

        WindowPlacement fitted = large.fitInto(LAPTOP, List.of(LAPTOP));

        assertThat(fitted.width()).isEqualTo(1366);
        assertThat(fitted.height()).isEqualTo(728);
    }

    @Test
    void damagedLinesOrDividersReadAsDefaults() {
        assertThat(WindowPlacement.decode("")).isEmpty();
        assertThat(WindowPlacement.decode("a,b,c,d,true")).isEmpty();
        assertThat(WindowPlacement.decode("0,0,10,10,false")).isEmpty();
        WindowPlacement odd = WindowPlacement.decode("10,10,1200,700,false,0.9,0.1").orElseThrow();
        assertThat(odd.fitInto(LARGE, List.of(LARGE)).dividers()).containsExactly(WindowPlacement.DEFAULT_DIVIDERS);
    }

    @Test
    void eachUserHasTheirOwnPlace() {
        assertThat(WindowPlacement.preferenceName("Awa")).isNotEqualTo(WindowPlacement.preferenceName("moussa"));
    }
}
