package org.pressdesk.archive;

import java.time.LocalDate;
import org.pressdesk.domain.Genre;

/**
 * What the user keeps of one previewed item, with the fields as corrected in the preview. {@code officeCode} names
 * a known office, or the new office the signature proposed (created at the import).
 */
public record ImportChoice(PreviewItem source, String title, LocalDate eventDate, String officeCode, String place,
        Genre genre) {

    /** The item as understood, unchanged. */
    public static ImportChoice asRead(PreviewItem item) {
        Understanding u = item.item().understanding();
        return new ImportChoice(item, item.item().title(), u.eventDate(), u.office() == null ? "" : u.office().code(),
                u.place(), u.genre());
    }
}
