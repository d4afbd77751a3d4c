package org.pressdesk.archive;

import java.nio.file.Path;
import java.util.List;

/**
 * One archive file read whole (tests and small files; imports read by chunks, see {@link ArchiveFile}): the encoding it was read in, what was wrong with the file as a whole (an error means
 * nothing could be read from it), its items, and the SHA-256 of its bytes.
 */
public record ParsedFile(Path path, String encoding, List<Notice> notices, List<ParsedItem> items, String sha256) {

    public ParsedFile {
        notices = List.copyOf(notices);
        items = List.copyOf(items);
    }

    public boolean failed() {
        return notices.stream().anyMatch(Notice::isError);
    }
}
