package org.pressdesk.search;

import java.util.regex.Pattern;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/** Joins the best passages with " … " and marks the matched words for {@link Snippet#parse}. */
final class SnippetFormatter extends PassageFormatter {
    private static final String GAP = " … ";
    private static final Pattern SPACES = Pattern.compile("[ \t\r\n]+");

    @Override
    public Object format(Passage[] passages, String content) {
        StringBuilder out = new StringBuilder();
        int last = 0;
        for (Passage passage : passages) {
            if (out.length() > 0 || passage.getStartOffset() > 0) {
                out.append(out.length() > 0 ? GAP : "… ");
            }
            // A matched word may run past its passage's end (Lucene cuts passages by length, not only between
            // words): the passage then ends with the word, and the next one starts after it.
            int at = Math.max(passage.getStartOffset(), last);
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int start = Math.max(at, passage.getMatchStarts()[i]);
                int end = passage.getMatchEnds()[i];
                if (end <= start) {
                    continue;
                }
                out.append(content, at, start).append(Snippet.START).append(content, start, end).append(Snippet.END);
                at = end;
            }
            last = Math.max(at, passage.getEndOffset());
            out.append(content, at, last);
        }
        if (last < content.length() && out.length() > 0) {
            out.append(" …");
        }
        // Passages cut at word boundaries bring their spaces; joined with " … " they doubled ("M.  …  formation").
        return SPACES.matcher(out).replaceAll(" ").strip();
    }
}
