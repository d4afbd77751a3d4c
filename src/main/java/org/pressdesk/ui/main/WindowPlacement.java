package org.pressdesk.ui.main;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where and how large a main window stands: its normal bounds, whether it is maximised, and where the dividers between
 * list, editor and preview sit. Kept per user in the machine's preferences as one line; no toolkit needed, so the
 * rules (first size, fitting a remembered place onto today's screen) are tested without a window.
 */
public record WindowPlacement(double x, double y, double width, double height, boolean maximized,
        double[] dividers) {
    /** Below this, a window is too small to show list, editor and preview side by side. */
    static final double MIN_WIDTH = 960;
    static final double MIN_HEIGHT = 600;
    /** A laptop screen up to this width is best used whole: the window opens maximised. */
    static final double LAPTOP_WIDTH = 1600;
    /** On a large screen the first window takes most of it, but no more than a comfortable reading width. */
    static final double LARGE_WIDTH = 1680;
    static final double LARGE_HEIGHT = 1050;
    /** List about a quarter, editor a third, the preview the rest: the page must be readable at its size. */
    static final double[] DEFAULT_DIVIDERS = {0.25, 0.57};
    private static final String PREFIX = "window.main.";

    /** A screen's usable area (without task bars), in the toolkit's coordinates. */
    public record Area(double x, double y, double width, double height) {
        boolean overlapsEnough(WindowPlacement placement) {
            double w = Math.min(x + width, placement.x + placement.width) - Math.max(x, placement.x);
            double h = Math.min(y + height, placement.y + placement.height) - Math.max(y, placement.y);
            return w >= 200 && h >= 100 && placement.y >= y - 1;
        }
    }

    public WindowPlacement {
        dividers = dividers.clone();
    }

    @Override
    public double[] dividers() {
        return dividers.clone();
    }

    /** The first window on this screen: a laptop is used whole, a large screen mostly, centred. */
    public static WindowPlacement firstTime(Area screen) {
        if (screen.width() <= LAPTOP_WIDTH) {
            return new WindowPlacement(screen.x(), screen.y(), screen.width(), screen.height(), true,
                    DEFAULT_DIVIDERS);
        }
        double width = Math.min(LARGE_WIDTH, Math.round(screen.width() * 0.85));
        double height = Math.min(LARGE_HEIGHT, Math.round(screen.height() * 0.9));
        return new WindowPlacement(screen.x() + Math.round((screen.width() - width) / 2),
                screen.y() + Math.round((screen.height() - height) / 2), width, height, false, DEFAULT_DIVIDERS);
    }

    /**
     * This placement made to fit today's screens: a window remembered on a screen that is gone (or mostly off every
     * screen) comes back centred on {@code primary}; one larger than its screen shrinks to it.
     */
    public WindowPlacement fitInto(Area primary, java.util.List<Area> screens) {
        Area home = screens.stream().filter(area -> area.overlapsEnough(this)).findFirst().orElse(null);
        boolean recentre = home == null;
        Area area = recentre ? primary : home;
        double w = Math.max(Math.min(width, area.width()), Math.min(MIN_WIDTH, area.width()));
        double h = Math.max(Math.min(height, area.height()), Math.min(MIN_HEIGHT, area.height()));
        double left = recentre ? area.x() + (area.width() - w) / 2 : clamp(x, area.x(), area.x() + area.width() - w);
        double top = recentre ? area.y() + (area.height() - h) / 2 : clamp(y, area.y(), area.y() + area.height() - h);
        return new WindowPlacement(Math.round(left), Math.round(top), w, h, maximized, validDividers(dividers));
    }

    private static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(value, high));
    }

    private static double[] validDividers(double[] positions) {
        boolean valid = positions.length == 2 && positions[0] > 0.05 && positions[1] < 0.95
                && positions[1] - positions[0] > 0.1;
        return valid ? positions : DEFAULT_DIVIDERS;
    }

    /** The preference under which this user's main window is remembered. */
    public static String preferenceName(String username) {
        return PREFIX + username.toLowerCase(Locale.ROOT);
    }

    /** One line: x, y, width, height, maximised, then the divider positions. */
    public String encode() {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%.0f,%.0f,%.0f,%.0f,%b", x, y, width,
                height, maximized));
        for (double divider : dividers) {
            line.append(String.format(Locale.ROOT, ",%.4f", divider));
        }
        return line.toString();
    }

    /** Reads what {@link #encode()} wrote; a damaged or foreign line reads as nothing remembered. */
    public static Optional<WindowPlacement> decode(String line) {
        String[] parts = line.split(",");
        if (parts.length < 5) {
            return Optional.empty();
        }
        try {
            double[] numbers = Arrays.stream(parts, 0, 4).mapToDouble(Double::parseDouble).toArray();
            double[] dividers = Arrays.stream(parts, 5, parts.length).mapToDouble(Double::parseDouble).toArray();
            if (numbers[2] < 100 || numbers[3] < 100 || Arrays.stream(numbers).anyMatch(n -> !Double.isFinite(n))) {
                return Optional.empty();
            }
            return Optional.of(new WindowPlacement(numbers[0], numbers[1], numbers[2], numbers[3],
                    Boolean.parseBoolean(parts[4]), dividers));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WindowPlacement that && x == that.x && y == that.y && width == that.width
                && height == that.height && maximized == that.maximized && Arrays.equals(dividers, that.dividers);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(new double[] {x, y, width, height, maximized ? 1 : 0}) * 31 + Arrays.hashCode(dividers);
    }

    @Override
    public String toString() {
        return "WindowPlacement[" + encode() + "]";
    }
}
