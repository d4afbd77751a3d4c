package org.pressdesk.archive;

import java.nio.file.Path;
import java.util.List;

/**
 * One archive file as read, without its items: the encoding it was read in, what was wrong with the file as a whole
 * (an error means nothing could be read from it), how many items it gave, and the SHA-256 of its bytes. The items
 * themselves go by chunks to whoever reads the file ({@link ArchiveReader#read(Path, OfficeDirectory, ItemChunks)}),
 * so that a file of any size the reader accepts is read in bounded memory.
 */
public record ArchiveFile(Path path, String encoding, List<Notice> notices, int itemCount, String sha256) {

    public ArchiveFile {
        notices = List.copyOf(notices);
    }

    static ArchiveFile failed(Path path, Notice error) {
        return new ArchiveFile(path, "", List.of(error), 0, "");
    }

    public boolean failed() {
        return notices.stream().anyMatch(Notice::isError);
    }

    public String name() {
        return path.getFileName().toString();
    }

    /** Hears the items of a file a chunk at a time, in the file's order. */
    @FunctionalInterface
    public interface ItemChunks {

        void accept(ArchiveFile file, List<ParsedItem> chunk);
    }
}
