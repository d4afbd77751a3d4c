package org.pressdesk.search;

import java.time.LocalDate;
import org.pressdesk.domain.Status;

/**
 * One communiqué found, with its rank's score and a highlighted snippet of its body. {@code matchedWords} of the
 * search's {@code queryWords} words matched it: fewer than all for a partial match, shown only when no communiqué
 * matches every word.
 */
public record SearchHit(long id, String title, float score, Snippet snippet, Status status, String officeCode,
        LocalDate eventDate, int matchedWords, int queryWords) {

    /** A hit that matched every word. */
    public SearchHit(long id, String title, float score, Snippet snippet, Status status, String officeCode,
            LocalDate eventDate) {
        this(id, title, score, snippet, status, officeCode, eventDate, 0, 0);
    }

    /** True when the communiqué matched only some of the words. */
    public boolean partial() {
        return matchedWords < queryWords;
    }
}
