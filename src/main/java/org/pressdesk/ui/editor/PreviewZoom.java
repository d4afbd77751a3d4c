package org.pressdesk.ui.editor;

/**
 * How large the preview shows the page: the width of its pane ({@link #fit()}), or a scale where 100 % is the
 * page's real size on a usual screen (96 pixels an inch). Zooming in and out walks fixed steps from either.
 */
public record PreviewZoom(boolean fitWidth, double scale) {
    static final double[] STEPS = {0.5, 0.67, 0.75, 0.9, 1.0, 1.25, 1.5, 2.0, 3.0};
    /** Screen pixels per inch at 100 %. */
    static final double SCREEN_DPI = 96;
    private static final double MAX_RENDER_DPI = 192;

    public static PreviewZoom fit() {
        return new PreviewZoom(true, 1.0);
    }

    public static PreviewZoom actualSize() {
        return new PreviewZoom(false, 1.0);
    }

    /** The next step up from what is shown now ({@code shownScale}: the scale fit-width amounts to). */
    public PreviewZoom in(double shownScale) {
        double from = fitWidth ? shownScale : scale;
        for (double step : STEPS) {
            if (step > from + 0.001) {
                return new PreviewZoom(false, step);
            }
        }
        return new PreviewZoom(false, STEPS[STEPS.length - 1]);
    }

    public PreviewZoom out(double shownScale) {
        double from = fitWidth ? shownScale : scale;
        for (int i = STEPS.length - 1; i >= 0; i--) {
            if (STEPS[i] < from - 0.001) {
                return new PreviewZoom(false, STEPS[i]);
            }
        }
        return new PreviewZoom(false, STEPS[0]);
    }

    /** The resolution to render at: sharp at the scale shown, without drawing more than twice the real size. */
    public float renderDpi() {
        return (float) Math.min(MAX_RENDER_DPI, SCREEN_DPI * Math.max(1.0, fitWidth ? 1.0 : scale));
    }

    /** The page's width on screen, for a page {@code pointsWide} points wide in a pane {@code available} wide. */
    public double width(double pointsWide, double available) {
        return fitWidth ? available : pointsWide / 72 * SCREEN_DPI * scale;
    }

    /** The percentage shown, for the zoom label. */
    public int percent(double pointsWide, double available) {
        return (int) Math.round(width(pointsWide, available) / (pointsWide / 72 * SCREEN_DPI) * 100);
    }
}
