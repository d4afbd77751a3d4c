package org.pressdesk.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One line of the communiqué list: no body, so that long lists stay light. */
public record CommuniqueSummary(
        long id,
        UUID uuid,
        String title,
        Status status,
        Genre genre,
        LocalDate eventDate,
        String officeCode,
        String place,
        Instant updatedAt,
        int version) {
}
