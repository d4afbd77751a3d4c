package org.pressdesk.archive;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day a file's name gives, as press offices name their exports ("communique-2024-12-09.txt",
 * "CP_20241209.docx"): the publication date of a text that dates its event only as "hier" or "ce soir".
 */
final class FileDates {
    private static final Pattern DATE = Pattern.compile(
            "(?<![0-9])((?:19|20)\\d\\d)[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\\d|3[01])(?![0-9])");

    private FileDates() {
    }

    static Optional<LocalDate> fromName(String fileName) {
        Matcher matcher = DATE.matcher(fileName);
        if (!matcher.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
