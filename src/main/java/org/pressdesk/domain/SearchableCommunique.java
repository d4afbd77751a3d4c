package org.pressdesk.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the search index holds of a communiqué: its text, the fields the filters use, and its change stamp. */
public record SearchableCommunique(long id, String title, String body, Status status, Genre genre,
        String officeCode, LocalDate eventDate, List<String> tags, Instant updatedAt, int version) {

    public SearchableCommunique {
        tags = List.copyOf(tags);
    }
}
