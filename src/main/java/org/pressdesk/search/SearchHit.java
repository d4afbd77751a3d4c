package org.pressdesk.search;

import java.time.LocalDate;
import org.pressdesk.domain.Status;

/** One communiqué found, with its rank's score and a highlighted snippet of its body. */
public record SearchHit(long id, String title, float score, Snippet snippet, Status status, String officeCode,
        LocalDate eventDate) {
}
