package org.pressdesk.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.pressdesk.domain.TitleText;

/** Lines between two blank lines of a text file, with the number of its first line. */
record Block(List<String> lines, int line) {
    static final int MAX_TITLE_LENGTH = 300;
    private static final int HARD_WRAP_WIDTH = 100;
    private static final int SHORT_TITLE_LENGTH = 160;
    /** A sentence ending inside the text ("… en 2026. PRIMATURE"); "M. KONATÉ" is no sentence end. */
    private static final Pattern SENTENCE_INSIDE = Pattern.compile("[\\p{Ll}\\d]{2,}[.!?…][»”\"’)]*\\s+\\p{Lu}");

    /** Cuts cleaned lines at blank lines. */
    static List<Block> split(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int first = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isEmpty()) {
                if (!current.isEmpty()) {
                    blocks.add(new Block(List.copyOf(current), first + 1));
                    current.clear();
                }
            } else {
                if (current.isEmpty()) {
                    first = i;
                }
                current.add(lines.get(i));
            }
        }
        if (!current.isEmpty()) {
            blocks.add(new Block(List.copyOf(current), first + 1));
        }
        return blocks;
    }

    String joined() {
        return String.join(" ", lines);
    }

    /** "* * *", "-----", "###": a line of marks that some archives put between items. */
    boolean isSeparator() {
        return lines.size() == 1 && lines.get(0).matches("[-*_=#~•.\\s]{3,}");
    }

    /**
     * A title: at most three lines and {@value #MAX_TITLE_LENGTH} characters, starting with a capital, a digit or a
     * quote, not ending as a sentence or a clause does, and with no sentence ending inside it.
     */
    boolean looksLikeTitle() {
        if (lines.size() > 3) {
            return false;
        }
        String text = TitleText.clean(joined()).strip();
        if (text.isEmpty()) {
            return false;
        }
        boolean start = TitleText.startsLikeTitle(text.codePointAt(0));
        return start && text.length() <= MAX_TITLE_LENGTH && (!Signatures.endsLikeSentence(text) || cutShort(text))
                && !SENTENCE_INSIDE.matcher(text).find();
    }

    /** A title that trails off ("… renforcent leur partenariat…") on one short line is still a title. */
    private boolean cutShort(String text) {
        return lines.size() == 1 && text.length() <= SHORT_TITLE_LENGTH && (text.endsWith("…") || text.endsWith("..."))
                && !text.endsWith("....");
    }

    /**
     * A title on the block's first line with its paragraph right under it, no blank line between (flat exports):
     * the title short, the paragraph on long lines that were not wrapped by hand.
     */
    Optional<Block[]> titleThenParagraph() {
        if (lines.size() < 2 || lines.get(1).length() <= HARD_WRAP_WIDTH
                || lines.get(0).length() > SHORT_TITLE_LENGTH) {
            return Optional.empty();
        }
        Block title = new Block(List.of(lines.get(0)), line);
        Block rest = new Block(lines.subList(1, lines.size()), line + 1);
        if (!title.looksLikeTitle() || !Character.isUpperCase(lines.get(1).codePointAt(0))) {
            return Optional.empty();
        }
        return Optional.of(new Block[] {title, rest});
    }

    /** A block that reads as body text: not a title, not a separator. */
    boolean looksLikeParagraph() {
        return !isSeparator() && !looksLikeTitle();
    }

    /**
     * The paragraphs of a body block. Lines that fill a narrow column were wrapped by hand and join into one
     * paragraph, which ends at a line that ends a sentence well short of the column; wider lines are paragraphs.
     */
    List<String> paragraphs() {
        int width = lines.stream().mapToInt(String::length).max().orElse(0);
        if (lines.size() == 1 || width > HARD_WRAP_WIDTH) {
            return lines;
        }
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String line : lines) {
            paragraph.append(paragraph.length() == 0 ? "" : " ").append(line);
            if (endsSentence(line) && line.length() < width * 0.8) {
                paragraphs.add(paragraph.toString());
                paragraph.setLength(0);
            }
        }
        if (paragraph.length() > 0) {
            paragraphs.add(paragraph.toString());
        }
        return paragraphs;
    }

    private static boolean endsSentence(String line) {
        return line.matches(".*[.!?…][»”\"’)]*$");
    }
}
