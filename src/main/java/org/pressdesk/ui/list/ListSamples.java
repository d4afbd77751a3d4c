package org.pressdesk.ui.list;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import org.pressdesk.domain.CommuniqueSummary;
import org.pressdesk.domain.Status;
import org.pressdesk.i18n.Messages;

/** The widest values a column of the list can show, in the interface's language, to size it before it shows them. */
final class ListSamples {
    private ListSamples() {
    }

    static List<String> statuses(Messages messages) {
        return java.util.Arrays.stream(Status.values()).map(s -> messages.get("status." + s.name())).toList();
    }

    /** A two-digit day of every month: the months' names differ in width ("sept.", "févr."). */
    static List<String> days(Messages messages) {
        int year = LocalDate.now().getYear();
        return IntStream.rangeClosed(1, 12).mapToObj(month -> messages.day(LocalDate.of(year, month, 28))).toList();
    }

    /** A two-digit day of every month at a two-digit afternoon hour ("Dec 28, 2026, 10:58 PM"). */
    static List<String> moments(Messages messages) {
        int year = LocalDate.now().getYear();
        return IntStream.rangeClosed(1, 12).mapToObj(month -> messages.moment(LocalDateTime.of(year, month, 28, 22,
                58).atZone(ZoneId.systemDefault()).toInstant())).toList();
    }

    /** The offices of the rows loaded so far (a handful, however many rows). */
    static List<String> offices(List<CommuniqueSummary> rows) {
        return rows.stream().map(CommuniqueSummary::officeCode).distinct().toList();
    }
}
