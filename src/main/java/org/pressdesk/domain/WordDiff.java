package org.pressdesk.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level comparison of two texts, as a reviewer reads it: words kept, removed and added, in reading order.
 * Spaces and punctuation stay attached to the word they follow, so the result rebuilds either text exactly.
 */
public final class WordDiff {
    /** Beyond this many word pairs the changed middle is shown as replaced whole, to bound time and memory. */
    private static final long MAX_CELLS = 4_000_000;
    private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{N}’'-]+|[^\\s\\p{L}\\p{N}]");

    private WordDiff() {
    }

    /** One run of text that is equal in both versions, only in the old one, or only in the new one. */
    public record Segment(Kind kind, String text) {
    }

    /** How a segment differs. */
    public enum Kind {
        EQUAL,
        REMOVED,
        ADDED
    }

    public static List<Segment> compare(String before, String after) {
        List<String> a = tokens(before == null ? "" : before);
        List<String> b = tokens(after == null ? "" : after);
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<Segment> segments = new ArrayList<>();
        add(segments, Kind.EQUAL, a.subList(0, prefix));
        middle(segments, a.subList(prefix, a.size() - suffix), b.subList(prefix, b.size() - suffix));
        add(segments, Kind.EQUAL, a.subList(a.size() - suffix, a.size()));
        return coalesce(segments);
    }

    /**
     * Joins changes separated only by a space into one removed run and one added run, so that "du Japon" replaced by
     * "de Chine" reads as one change rather than two interleaved ones.
     */
    private static List<Segment> coalesce(List<Segment> segments) {
        List<Segment> result = new ArrayList<>();
        StringBuilder removed = new StringBuilder();
        StringBuilder added = new StringBuilder();
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            boolean gap = segment.kind() == Kind.EQUAL && segment.text().isBlank() && i + 1 < segments.size()
                    && (removed.length() > 0 || added.length() > 0);
            if (segment.kind() == Kind.REMOVED || gap) {
                removed.append(segment.text());
            }
            if (segment.kind() == Kind.ADDED || gap) {
                added.append(segment.text());
            }
            if (segment.kind() == Kind.EQUAL && !gap) {
                flush(result, removed, added);
                result.add(segment);
            }
        }
        flush(result, removed, added);
        return result;
    }

    private static void flush(List<Segment> result, StringBuilder removed, StringBuilder added) {
        if (removed.length() > 0) {
            result.add(new Segment(Kind.REMOVED, removed.toString()));
        }
        if (added.length() > 0) {
            result.add(new Segment(Kind.ADDED, added.toString()));
        }
        removed.setLength(0);
        added.setLength(0);
    }

    /** Longest common subsequence of the differing middle parts, walked into segments. */
    private static void middle(List<Segment> segments, List<String> a, List<String> b) {
        if ((long) a.size() * b.size() > MAX_CELLS) {
            add(segments, Kind.REMOVED, a);
            add(segments, Kind.ADDED, b);
            return;
        }
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                add(segments, Kind.EQUAL, List.of(a.get(i++)));
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                add(segments, Kind.REMOVED, List.of(a.get(i++)));
            } else {
                add(segments, Kind.ADDED, List.of(b.get(j++)));
            }
        }
        add(segments, Kind.REMOVED, a.subList(i, a.size()));
        add(segments, Kind.ADDED, b.subList(j, b.size()));
    }

    private static void add(List<Segment> segments, Kind kind, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        int last = segments.size() - 1;
        if (last >= 0 && segments.get(last).kind() == kind) {
            segments.set(last, new Segment(kind, segments.get(last).text() + text));
        } else {
            segments.add(new Segment(kind, text));
        }
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }
}
