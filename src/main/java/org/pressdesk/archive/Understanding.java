package org.pressdesk.archive;

import java.time.LocalDate;
import java.util.List;
import org.pressdesk.domain.Genre;

/**
 * What PressDesk understood of a communiqué's text: the event date, the place, the issuing office (from the
 * signature), the kind of text (from its title), suggested tags, and what the user should check. Date, place and
 * office may be missing.
 */
public record Understanding(LocalDate eventDate, String place, String signature, OfficeMatch office, Genre genre,
        List<SuggestedTag> tags, List<Notice> notices) {

    public Understanding {
        place = place == null ? "" : place;
        signature = signature == null ? "" : signature;
        tags = List.copyOf(tags);
        notices = List.copyOf(notices);
    }
}
