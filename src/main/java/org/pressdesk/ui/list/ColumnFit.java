package org.pressdesk.ui.list;

import java.util.List;

/**
 * Which of the list's columns fit beside the title: the columns, taken in their order of importance, are shown at the
 * width their header and values need as long as the title keeps at least {@link #TITLE_MIN} px; the rest are folded
 * into a second line under each title. No toolkit needed, so the rule is tested without a window.
 */
public final class ColumnFit {
    /**
     * The narrowest the title column gets before a column gives up its place to the title's second line: narrow
     * enough for the status column to stay beside it in a laptop's list (1366 px wide, dividers as they come).
     */
    public static final double TITLE_MIN = 140;

    private ColumnFit() {
    }

    /**
     * How many of {@code widths} (in order of importance) are shown in {@code available} px, when columns of
     * {@code fixed} px (the marks) are always shown. A column that does not fit hides the less important ones too,
     * so that the columns never change order.
     */
    public static int shown(double available, double fixed, List<Double> widths) {
        double used = fixed + TITLE_MIN;
        int shown = 0;
        for (double width : widths) {
            if (used + width > available) {
                break;
            }
            used += width;
            shown++;
        }
        return shown;
    }
}
