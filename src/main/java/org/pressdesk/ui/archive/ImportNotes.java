package org.pressdesk.ui.archive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.pressdesk.archive.NewOffices;
import org.pressdesk.archive.Notice;
import org.pressdesk.archive.PreviewItem;
import org.pressdesk.archive.Understanding;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.i18n.Messages;

/**
 * The *À vérifier* text of a preview row for the fields as they stand now: a notice about the date or the office
 * goes once the user has corrected that field, and an office nobody may create here is said to need an
 * administrator (the import would refuse it) instead of being promised.
 */
final class ImportNotes {
    private static final Set<String> DATE_NOTICES = Set.of("archive.warning.noDate", "archive.warning.yearGuessed",
            "archive.warning.yearFromWeekday", "archive.warning.impossibleDate", "archive.warning.weekdayMismatch",
            "archive.warning.relativeDate");
    private static final String NO_SIGNATURE = "archive.warning.noSignature";

    private final Messages messages;
    private final UserAccount reader;
    private final Set<String> knownOffices;

    /** {@code knownOffices}: the code keys ({@link Office#codeKey}) of the offices that exist here. */
    ImportNotes(Messages messages, UserAccount reader, Set<String> knownOffices) {
        this.messages = messages;
        this.reader = reader;
        this.knownOffices = Set.copyOf(knownOffices);
    }

    /** Whether a row naming {@code office} can be imported by this reader as it stands. */
    boolean officeAllowed(String office) {
        return office != null && !office.isBlank()
                && (NewOffices.mayCreate(reader) || knownOffices.contains(Office.codeKey(office)));
    }

    /** The notes, one a line, for {@code item} with the date and office the row now holds. */
    String describe(PreviewItem item, LocalDate date, String office) {
        Understanding read = item.item().understanding();
        String readOffice = read.office() == null ? "" : read.office().code();
        boolean officeAsRead = Office.codeKey(Objects.toString(office, "")).equals(Office.codeKey(readOffice));
        List<String> notes = new ArrayList<>();
        if (item.isDuplicate()) {
            notes.add(item.duplicateOf() == null ? messages.get("import.repeated")
                    : messages.get("import.duplicate", item.duplicateOf()));
        }
        for (Notice notice : item.item().notices()) {
            if (stillApplies(notice, Objects.equals(date, read.eventDate()), officeAsRead)) {
                notes.add(text(NewOffices.wordedFor(reader, notice)));
            }
        }
        if (date == null && !Objects.equals(date, read.eventDate())) {
            notes.add(messages.get("archive.warning.noDate"));
        }
        if (office == null || office.isBlank()) {
            notes.add(messages.get("import.officeMissing"));
        } else if (!officeAsRead && !officeAllowed(office)) {
            notes.add(messages.get(NewOffices.NEW_OFFICE_NEEDS_ADMINISTRATOR, office));
        }
        return String.join("\n", notes);
    }

    private static boolean stillApplies(Notice notice, boolean dateAsRead, boolean officeAsRead) {
        if (DATE_NOTICES.contains(notice.key())) {
            return dateAsRead;
        }
        if (NewOffices.NEW_OFFICE.equals(notice.key()) || NO_SIGNATURE.equals(notice.key())) {
            return officeAsRead;
        }
        return true;
    }

    private String text(Notice notice) {
        return messages.get(notice.key(), notice.arguments().toArray());
    }
}
