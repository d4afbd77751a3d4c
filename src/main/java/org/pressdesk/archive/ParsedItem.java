package org.pressdesk.archive;

import java.util.List;

/**
 * A communiqué read from an archive file and understood: where it was, what it says, what was found, what the user
 * should check (errors keep it out of the import), and its fingerprint.
 */
public record ParsedItem(String file, int line, String title, String body, Understanding understanding,
        List<Notice> notices, String fingerprint) {

    public ParsedItem {
        notices = List.copyOf(notices);
    }

    public boolean hasErrors() {
        return notices.stream().anyMatch(Notice::isError);
    }
}
