package org.pressdesk.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cuts a plain-text archive into communiqués. The file is first cut into blocks at blank lines; then, block by
 * block:
 * <ul>
 * <li>with no communiqué open, a block that looks like a title (short, at most three lines, no final period or
 * comma) starts one; any other block starts one without a title, which the preview reports;</li>
 * <li>the first block after a title is body, whatever it looks like, unless it is title-like and followed by a
 * paragraph: then the first title had no body (reported) and this one starts the next communiqué;</li>
 * <li>a later block that is a signature on its own (a short line that reads like an office) ends the communiqué,
 * unless it also looks like a title, is not a known office, and the block after it is a paragraph: then it is the
 * next communiqué's title and the open one has no signature;</li>
 * <li>a later title-like block followed by a paragraph starts the next communiqué;</li>
 * <li>any other block is a body paragraph; a paragraph whose last sentence is followed by a signature ("… entre les
 * deux pays. PRIMATURE") ends the communiqué, the signature taken off the text;</li>
 * <li>a line of marks ("* * *", "-----") ends the open communiqué.</li>
 * </ul>
 */
final class TextSegmenter {
    private static final int CLOSING_LINE_LENGTH = 80;
    private static final int CLOSING_LINE_WORDS = 10;
    private final Signatures signatures;

    TextSegmenter(Signatures signatures) {
        this.signatures = signatures;
    }

    List<RawItem> segment(String text) {
        List<Block> blocks = Block.split(CleanText.lines(text));
        List<RawItem> items = new ArrayList<>();
        Draft open = null;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.isSeparator()) {
                open = close(open, items);
            } else if (open == null) {
                open = start(block, items);
            } else if (open.paragraphs.isEmpty() && !startsNext(blocks, i)) {
                open = addBody(open, block, items);
            } else if (endsWithSignature(block, next(blocks, i)) || closingLine(blocks, i)) {
                open.signature = Signatures.joinLines(block.lines());
                open = close(open, items);
            } else if (startsNext(blocks, i)) {
                close(open, items);
                open = start(block, items);
            } else {
                open = addBody(open, block, items);
            }
        }
        close(open, items);
        return items;
    }

    private boolean endsWithSignature(Block block, Optional<Block> next) {
        if (block.lines().size() > 2 || !block.lines().stream().allMatch(signatures::looksLikeSignature)) {
            return false;
        }
        String text = block.joined();
        boolean titleOfNext = block.looksLikeTitle() && next.map(Block::looksLikeParagraph).orElse(false);
        return signatures.isKnownOffice(text) || signatures.isKnownOffice(String.join("/", block.lines()))
                || !titleOfNext;
    }

    /**
     * The file's last block, one short line that is no sentence and names no date ("Affaires mondiales Canada",
     * "ANP"): after a body, nothing else can it be but the signature.
     */
    private static boolean closingLine(List<Block> blocks, int i) {
        if (i != blocks.size() - 1 || blocks.get(i).lines().size() != 1) {
            return false;
        }
        String line = blocks.get(i).lines().get(0).strip();
        return line.length() <= CLOSING_LINE_LENGTH && Character.isUpperCase(line.codePointAt(0))
                && !Signatures.endsLikeSentence(line) && line.chars().noneMatch(Character::isDigit)
                && line.split("\\s+").length <= CLOSING_LINE_WORDS;
    }

    /** A title-like block followed by a paragraph starts a communiqué. */
    private static boolean startsNext(List<Block> blocks, int i) {
        return blocks.get(i).looksLikeTitle() && next(blocks, i).map(Block::looksLikeParagraph).orElse(false);
    }

    private static Optional<Block> next(List<Block> blocks, int i) {
        return i + 1 < blocks.size() ? Optional.of(blocks.get(i + 1)) : Optional.empty();
    }

    private Draft start(Block block, List<RawItem> items) {
        Draft draft = new Draft(block.line());
        Optional<Block[]> flat = block.titleThenParagraph();
        if (flat.isPresent()) {
            draft.title = flat.get()[0].joined();
            return addBody(draft, flat.get()[1], items);
        }
        if (!block.looksLikeTitle()) {
            return addBody(draft, block, items);
        }
        draft.title = block.joined();
        return draft;
    }

    /** Adds body text; returns null when its last paragraph ended with the signature (the item is closed). */
    private Draft addBody(Draft open, Block block, List<RawItem> items) {
        List<String> paragraphs = block.paragraphs();
        open.paragraphs.addAll(paragraphs.subList(0, paragraphs.size() - 1));
        String last = paragraphs.get(paragraphs.size() - 1);
        Optional<Signatures.Split> split = paragraphs.size() > 1 && signatures.looksLikeSignature(last)
                ? Optional.of(new Signatures.Split("", Signatures.clean(last))) : signatures.inlineSignature(last);
        if (split.isEmpty()) {
            open.paragraphs.add(last);
            return open;
        }
        if (!split.get().text().isEmpty()) {
            open.paragraphs.add(split.get().text());
        }
        open.signature = split.get().signature();
        return close(open, items);
    }

    private static Draft close(Draft open, List<RawItem> items) {
        if (open != null) {
            items.add(new RawItem(open.title, open.paragraphs, open.signature, open.line));
        }
        return null;
    }

    /** A communiqué being read. */
    private static final class Draft {
        private final int line;
        private String title = "";
        private final List<String> paragraphs = new ArrayList<>();
        private String signature = "";

        private Draft(int line) {
            this.line = line;
        }
    }
}
