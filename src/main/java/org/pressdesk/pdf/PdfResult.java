package org.pressdesk.pdf;

import java.util.SortedSet;

/**
 * What a PDF export produced: its page count and the characters the embedded fonts could not draw, each of which was
 * printed as a visible replacement mark.
 */
public record PdfResult(int pageCount, SortedSet<Integer> replacedCodePoints) {

    public boolean hasReplacements() {
        return !replacedCodePoints.isEmpty();
    }
}
