package org.pressdesk.demo;

import java.time.LocalDate;
import org.pressdesk.domain.Genre;
import org.pressdesk.domain.Status;

/** One sample communiqué as written in the demo file. */
record DemoItem(String officeCode, Genre genre, String place, LocalDate date, Status status, String title,
        String author, String body) {
}
