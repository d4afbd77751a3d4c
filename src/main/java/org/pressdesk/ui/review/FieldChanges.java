package org.pressdesk.ui.review;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.Office;
import org.pressdesk.i18n.Messages;

/**
 * What changed between two revisions besides the title and the body, one line per field in the reader's words:
 * event date, place, genre, office, embargo and language ("Lieu : Bamako → Dakar").
 */
final class FieldChanges {
    private final Messages messages;
    private final Map<Long, Office> offices;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter times;

    FieldChanges(Messages messages, Map<Long, Office> offices) {
        this.messages = messages;
        this.offices = offices;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(messages.locale());
        this.times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(messages.locale());
    }

    List<String> between(CommuniqueContent before, CommuniqueContent after) {
        List<String> lines = new ArrayList<>();
        add(lines, "editor.date", date(before.eventDate()), date(after.eventDate()));
        add(lines, "editor.place", before.place(), after.place());
        add(lines, "editor.genre", messages.get("genre." + before.genre().name()),
                messages.get("genre." + after.genre().name()));
        add(lines, "editor.office", office(before.officeId()), office(after.officeId()));
        add(lines, "editor.embargo", embargo(before), embargo(after));
        add(lines, "review.field.language", language(before.language()), language(after.language()));
        return lines;
    }

    private void add(List<String> lines, String labelKey, String before, String after) {
        if (!Objects.equals(before, after)) {
            lines.add(messages.get("review.field.changed", messages.get(labelKey), shown(before), shown(after)));
        }
    }

    private String shown(String value) {
        return value == null || value.isBlank() ? messages.get("review.field.none") : value;
    }

    private String language(String code) {
        return messages.has("language." + code) ? messages.get("language." + code) : code;
    }

    private String date(LocalDate date) {
        return date == null ? null : dates.format(date);
    }

    /** The office by the name people know it by (its code when it has no name); an office gone reads "(aucun)". */
    private String office(long id) {
        Office office = offices.get(id);
        if (office == null) {
            return null;
        }
        return office.name() == null || office.name().isBlank() ? office.code() : office.name();
    }

    private String embargo(CommuniqueContent content) {
        Instant at = content.embargoAt();
        if (at == null) {
            return null;
        }
        Office office = offices.get(content.officeId());
        ZoneId zone = office == null ? ZoneId.of("UTC") : office.timeZone();
        return times.format(at.atZone(zone));
    }
}
