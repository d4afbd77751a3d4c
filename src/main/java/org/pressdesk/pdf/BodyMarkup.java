package org.pressdesk.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.pressdesk.domain.BodyFormat;

/**
 * Reads a body into blocks. Plain bodies: every non-blank line is a paragraph. Markdown bodies use a small subset
 * through commonmark-java: paragraphs, **bold**, *italic*, bulleted and numbered lists, and quotations. Headings,
 * code blocks, HTML blocks and rules are not recognised, so "# " or "---" typed in a text print as typed; inline
 * code and HTML print as their text, links as their text. A single line break starts a new paragraph, as people
 * expect when they press Enter in the editor.
 */
public final class BodyMarkup {
    static final String BULLET = "\u2022";
    private static final Parser PARSER = Parser.builder()
            .enabledBlockTypes(Set.of(BlockQuote.class, ListBlock.class)).build();

    private BodyMarkup() {
    }

    public static List<BodyBlock> parse(String body, BodyFormat format) {
        String text = body == null ? "" : body;
        return format == BodyFormat.MARKDOWN ? markdown(text) : plain(text);
    }

    private static List<BodyBlock> plain(String body) {
        List<BodyBlock> blocks = new ArrayList<>();
        for (String line : body.split("\\R")) {
            if (!line.isBlank()) {
                blocks.add(new BodyBlock(BodyBlock.Kind.PARAGRAPH,
                        List.of(new BodyBlock.Span(line, false, false)), "", 0));
            }
        }
        return blocks;
    }

    private static List<BodyBlock> markdown(String body) {
        List<BodyBlock> blocks = new ArrayList<>();
        new Reader(blocks).blocks(PARSER.parse(body), BodyBlock.Kind.PARAGRAPH, 0);
        return blocks;
    }

    /** Walks the parsed tree into blocks. */
    private static final class Reader {
        private final List<BodyBlock> blocks;

        Reader(List<BodyBlock> blocks) {
            this.blocks = blocks;
        }

        void blocks(Node parent, BodyBlock.Kind kind, int level) {
            for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
                if (node instanceof Paragraph paragraph) {
                    paragraph(paragraph, kind, "", level);
                } else if (node instanceof BlockQuote quote) {
                    blocks(quote, BodyBlock.Kind.QUOTE, level + 1);
                } else if (node instanceof BulletList || node instanceof OrderedList) {
                    list((ListBlock) node, level + 1);
                } else {
                    blocks(node, kind, level);
                }
            }
        }

        private void list(ListBlock list, int level) {
            int number = list instanceof OrderedList ordered ? ordered.getMarkerStartNumber() == null ? 1
                    : ordered.getMarkerStartNumber() : 0;
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                String marker = list instanceof OrderedList ? number++ + "." : BULLET;
                item(item, marker, level);
            }
        }

        private void item(Node item, String marker, int level) {
            String pending = marker;
            for (Node node = item.getFirstChild(); node != null; node = node.getNext()) {
                if (node instanceof Paragraph paragraph) {
                    paragraph(paragraph, BodyBlock.Kind.LIST_ITEM, pending, level);
                } else if (node instanceof ListBlock nested) {
                    list(nested, level + 1);
                } else {
                    blocks(node, BodyBlock.Kind.LIST_ITEM, level);
                }
                pending = "";
            }
            if (item.getFirstChild() == null && item instanceof ListItem) {
                blocks.add(new BodyBlock(BodyBlock.Kind.LIST_ITEM, List.of(), marker, level));
            }
        }

        /** A paragraph, split into one block per line. */
        private void paragraph(Paragraph paragraph, BodyBlock.Kind kind, String marker, int level) {
            String pending = marker;
            for (List<BodyBlock.Span> line : lines(paragraph)) {
                if (!line.isEmpty()) {
                    blocks.add(new BodyBlock(kind, List.copyOf(line), pending, level));
                    pending = "";
                }
            }
            if (!pending.isEmpty()) {
                blocks.add(new BodyBlock(kind, List.of(), pending, level));
            }
        }

        private static List<List<BodyBlock.Span>> lines(Paragraph paragraph) {
            List<List<BodyBlock.Span>> lines = new ArrayList<>();
            lines.add(new ArrayList<>());
            inline(paragraph, false, false, lines);
            return lines;
        }

        private static void inline(Node parent, boolean bold, boolean italic, List<List<BodyBlock.Span>> lines) {
            for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
                List<BodyBlock.Span> line = lines.get(lines.size() - 1);
                if (node instanceof Text text) {
                    line.add(new BodyBlock.Span(text.getLiteral(), bold, italic));
                } else if (node instanceof Code code) {
                    line.add(new BodyBlock.Span(code.getLiteral(), bold, italic));
                } else if (node instanceof HtmlInline html) {
                    line.add(new BodyBlock.Span(html.getLiteral(), bold, italic));
                } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                    lines.add(new ArrayList<>());
                } else if (node instanceof StrongEmphasis) {
                    inline(node, true, italic, lines);
                } else if (node instanceof Emphasis) {
                    inline(node, bold, true, lines);
                } else {
                    inline(node, bold, italic, lines);
                }
            }
        }
    }
}
