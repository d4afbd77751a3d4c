package org.pressdesk.search;

import java.util.List;

/** The best hits first, and how many communiqués matched in all. */
public record SearchResults(List<SearchHit> hits, long total) {

    public SearchResults {
        hits = List.copyOf(hits);
    }

    public static SearchResults none() {
        return new SearchResults(List.of(), 0);
    }
}
