package org.pressdesk.installer.icons;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The application icon, read from its SVG source and drawn with Java2D at any size. Reads only the subset of SVG
 * that the icon uses (see the comment in installer/icons/pressdesk.svg) and refuses anything else, so that the
 * SVG and the rendered files cannot silently differ.
 */
final class SvgIcon {
    private static final Set<String> ATTRIBUTES = Set.of("x", "y", "width", "height", "rx", "cx", "cy", "r", "d",
            "fill", "stroke", "stroke-width", "stroke-linecap", "stroke-linejoin", "opacity");

    /** One shape with its paint. A null fill or stroke is not drawn. */
    private record Figure(Shape shape, Color fill, Color stroke, BasicStroke line) {
    }

    private final double viewWidth;
    private final double viewHeight;
    private final List<Figure> figures;

    private SvgIcon(double viewWidth, double viewHeight, List<Figure> figures) {
        this.viewWidth = viewWidth;
        this.viewHeight = viewHeight;
        this.figures = figures;
    }

    static SvgIcon read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            Element svg = factory.newDocumentBuilder().parse(in).getDocumentElement();
            if (!"svg".equals(svg.getLocalName())) {
                throw new IllegalArgumentException(file + " is not an SVG file");
            }
            String[] box = svg.getAttribute("viewBox").trim().split("[\\s,]+");
            if (box.length != 4 || number(box[0]) != 0 || number(box[1]) != 0) {
                throw new IllegalArgumentException(file + ": the viewBox must be \"0 0 width height\"");
            }
            return new SvgIcon(number(box[2]), number(box[3]), figures(svg));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<Figure> figures(Element svg) {
        List<Figure> figures = new ArrayList<>();
        for (Node node = svg.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                figures.add(figure(element));
            }
        }
        return figures;
    }

    private static Figure figure(Element element) {
        for (int i = 0; i < element.getAttributes().getLength(); i++) {
            String name = element.getAttributes().item(i).getNodeName();
            if (!ATTRIBUTES.contains(name)) {
                throw new IllegalArgumentException("unsupported attribute " + name + " on <" + element.getTagName()
                        + ">");
            }
        }
        Shape shape = switch (element.getTagName()) {
            case "rect" -> {
                double arc = 2 * attribute(element, "rx", 0);
                yield new RoundRectangle2D.Double(attribute(element, "x", 0), attribute(element, "y", 0),
                        attribute(element, "width", -1), attribute(element, "height", -1), arc, arc);
            }
            case "circle" -> {
                double r = attribute(element, "r", -1);
                yield new Ellipse2D.Double(attribute(element, "cx", 0) - r, attribute(element, "cy", 0) - r,
                        2 * r, 2 * r);
            }
            case "path" -> SvgPath.parse(element.getAttribute("d"));
            default -> throw new IllegalArgumentException("unsupported element <" + element.getTagName() + ">");
        };
        double opacity = attribute(element, "opacity", 1);
        Color fill = colour(element.hasAttribute("fill") ? element.getAttribute("fill") : "#000000", opacity);
        Color stroke = colour(element.hasAttribute("stroke") ? element.getAttribute("stroke") : "none", opacity);
        BasicStroke line = new BasicStroke((float) attribute(element, "stroke-width", 1),
                cap(element.getAttribute("stroke-linecap")), join(element.getAttribute("stroke-linejoin")));
        return new Figure(shape, fill, stroke, line);
    }

    /** The icon drawn on a transparent square of {@code size} pixels. */
    BufferedImage render(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.scale(size / viewWidth, size / viewHeight);
            for (Figure figure : figures) {
                if (figure.fill() != null) {
                    g.setColor(figure.fill());
                    g.fill(figure.shape());
                }
                if (figure.stroke() != null) {
                    g.setColor(figure.stroke());
                    g.setStroke(figure.line());
                    g.draw(figure.shape());
                }
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static double attribute(Element element, String name, double fallback) {
        if (!element.hasAttribute(name)) {
            if (fallback < 0) {
                throw new IllegalArgumentException("<" + element.getTagName() + "> needs " + name);
            }
            return fallback;
        }
        return number(element.getAttribute(name));
    }

    private static double number(String text) {
        return Double.parseDouble(text.trim());
    }

    private static Color colour(String value, double opacity) {
        if ("none".equals(value)) {
            return null;
        }
        if (!value.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("colours must be written #rrggbb or none, not " + value);
        }
        int rgb = Integer.parseInt(value.substring(1), 16);
        return new Color((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff, (int) Math.round(255 * opacity));
    }

    private static int cap(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "", "butt" -> BasicStroke.CAP_BUTT;
            case "round" -> BasicStroke.CAP_ROUND;
            case "square" -> BasicStroke.CAP_SQUARE;
            default -> throw new IllegalArgumentException("unsupported stroke-linecap " + value);
        };
    }

    private static int join(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "", "miter" -> BasicStroke.JOIN_MITER;
            case "round" -> BasicStroke.JOIN_ROUND;
            case "bevel" -> BasicStroke.JOIN_BEVEL;
            default -> throw new IllegalArgumentException("unsupported stroke-linejoin " + value);
        };
    }
}
