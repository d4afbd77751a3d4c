package org.pressdesk.installer.icons;

import java.awt.geom.Path2D;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The path data of an SVG {@code d} attribute, for the commands PressDesk's icon uses: M, L, H, V, C, Q and Z, in
 * absolute (upper case) or relative (lower case) form. Any other command is refused rather than drawn wrongly.
 */
final class SvgPath {
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z]|[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?");

    private final String data;
    private final Matcher tokens;
    private String pending;
    private final Path2D.Double path = new Path2D.Double();
    private double x;
    private double y;
    private double startX;
    private double startY;

    private SvgPath(String data) {
        this.data = data;
        this.tokens = TOKEN.matcher(data);
    }

    static Path2D.Double parse(String data) {
        SvgPath parser = new SvgPath(data);
        parser.run();
        return parser.path;
    }

    private void run() {
        char command = 0;
        for (String token = next(); token != null; token = next()) {
            if (Character.isLetter(token.charAt(0))) {
                command = token.charAt(0);
            } else if (command == 0) {
                throw new IllegalArgumentException("path data starts with a number: " + data);
            } else {
                pending = token;
            }
            command = segment(command);
        }
    }

    /** Draws one segment; returns the command that repeats when more numbers follow (M repeats as L). */
    private char segment(char command) {
        boolean relative = Character.isLowerCase(command);
        double baseX = relative ? x : 0;
        double baseY = relative ? y : 0;
        switch (Character.toUpperCase(command)) {
            case 'M' -> {
                moveTo(baseX + number(), baseY + number());
                return relative ? 'l' : 'L';
            }
            case 'L' -> lineTo(baseX + number(), baseY + number());
            case 'H' -> lineTo(baseX + number(), y);
            case 'V' -> lineTo(x, baseY + number());
            case 'C' -> {
                double x1 = baseX + number();
                double y1 = baseY + number();
                double x2 = baseX + number();
                double y2 = baseY + number();
                curveTo(x1, y1, x2, y2, baseX + number(), baseY + number());
            }
            case 'Q' -> {
                double x1 = baseX + number();
                double y1 = baseY + number();
                double endX = baseX + number();
                double endY = baseY + number();
                path.quadTo(x1, y1, endX, endY);
                x = endX;
                y = endY;
            }
            case 'Z' -> {
                path.closePath();
                x = startX;
                y = startY;
            }
            default -> throw new IllegalArgumentException("unsupported path command '" + command + "' in: " + data);
        }
        return command;
    }

    private void moveTo(double newX, double newY) {
        path.moveTo(newX, newY);
        x = newX;
        y = newY;
        startX = newX;
        startY = newY;
    }

    private void lineTo(double newX, double newY) {
        path.lineTo(newX, newY);
        x = newX;
        y = newY;
    }

    private void curveTo(double x1, double y1, double x2, double y2, double endX, double endY) {
        path.curveTo(x1, y1, x2, y2, endX, endY);
        x = endX;
        y = endY;
    }

    private double number() {
        String token = pending != null ? pending : next();
        pending = null;
        if (token == null || Character.isLetter(token.charAt(0))) {
            throw new IllegalArgumentException("a number is missing in path data: " + data);
        }
        return Double.parseDouble(token);
    }

    private String next() {
        return tokens.find() ? tokens.group() : null;
    }
}
