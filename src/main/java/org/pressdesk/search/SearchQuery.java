package org.pressdesk.search;

import java.time.LocalDate;
import org.pressdesk.domain.Genre;
import org.pressdesk.domain.Status;

/**
 * A search as typed: the words (a phrase between quotes stays a phrase; the last word also matches as the start
 * of a word when {@code asYouType}), and optional filters. Null filters do not filter.
 */
public record SearchQuery(String text, Status status, String officeCode, String tag, Genre genre, LocalDate from,
        LocalDate to, int limit, boolean asYouType) {

    public static final int DEFAULT_LIMIT = 50;

    public SearchQuery {
        text = text == null ? "" : text;
        limit = limit <= 0 ? DEFAULT_LIMIT : limit;
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, null, null, null, DEFAULT_LIMIT, false);
    }

    public SearchQuery typing() {
        return new SearchQuery(text, status, officeCode, tag, genre, from, to, limit, true);
    }

    /** How many words of the text the search leaves out: it keeps the first {@value QueryBuilder#MAX_WORDS}. */
    public int wordsLeftOut() {
        return QueryBuilder.wordsLeftOut(text);
    }

    /** The most words a search uses; the rest of a longer text is left out. */
    public static int maxWords() {
        return QueryBuilder.MAX_WORDS;
    }

    public boolean hasFilters() {
        return status != null || officeCode != null || tag != null || genre != null || from != null || to != null;
    }
}
