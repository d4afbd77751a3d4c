package org.pressdesk.archive;

import org.pressdesk.domain.Office;

/**
 * The office a communiqué is issued by: an office known here, or one its signature proposes (created at the import
 * only if the user keeps it). {@code code} is the office's code either way.
 */
public record OfficeMatch(Office existing, String code, String name) {

    public static OfficeMatch known(Office office) {
        return new OfficeMatch(office, office.code(), office.name());
    }

    public static OfficeMatch proposed(String code, String name) {
        return new OfficeMatch(null, code, name);
    }

    public boolean isNew() {
        return existing == null;
    }
}
