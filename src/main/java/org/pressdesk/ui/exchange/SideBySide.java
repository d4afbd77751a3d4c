package org.pressdesk.ui.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pressdesk.domain.WordDiff;
import org.pressdesk.domain.WordDiff.Kind;
import org.pressdesk.domain.WordDiff.Segment;

/**
 * Two texts in conflict as a manager reads them side by side: the word diff of the review window, split so that the
 * left text shows the words only it has (removed on the way to the right) and the right text the words only it has.
 * Each side rebuilds its own text exactly.
 */
public record SideBySide(List<Segment> left, List<Segment> right, int wordsOnlyLeft, int wordsOnlyRight) {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    public SideBySide {
        left = List.copyOf(left);
        right = List.copyOf(right);
    }

    public static SideBySide of(String leftText, String rightText) {
        List<Segment> left = new ArrayList<>();
        List<Segment> right = new ArrayList<>();
        int onlyLeft = 0;
        int onlyRight = 0;
        for (Segment segment : WordDiff.compare(leftText, rightText)) {
            if (segment.kind() != Kind.ADDED) {
                left.add(segment);
            }
            if (segment.kind() != Kind.REMOVED) {
                right.add(segment);
            }
            if (segment.kind() == Kind.REMOVED) {
                onlyLeft += words(segment.text());
            } else if (segment.kind() == Kind.ADDED) {
                onlyRight += words(segment.text());
            }
        }
        return new SideBySide(left, right, onlyLeft, onlyRight);
    }

    public boolean same() {
        return wordsOnlyLeft == 0 && wordsOnlyRight == 0 && text(left).equals(text(right));
    }

    /** The text a side shows, rebuilt from its segments. */
    public static String text(List<Segment> side) {
        StringBuilder text = new StringBuilder();
        side.forEach(segment -> text.append(segment.text()));
        return text.toString();
    }

    private static int words(String text) {
        int count = 0;
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
