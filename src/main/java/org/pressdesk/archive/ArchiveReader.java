package org.pressdesk.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.BoundedRead;

/**
 * Reads archive files into understood communiqués, files and items on every core (the tag suggestions must be
 * safe to call from several threads). The kind of file is told from its first bytes, not its name: a
 * Word document (.docx, a ZIP), an old Word document (refused with a hint), UTF-16 text, or bytes that are no text
 * at all (refused); anything else is text in UTF-8 or Windows-1252.
 */
public final class ArchiveReader {
    /** Larger files are refused: their preview alone would not fit a desktop's patience. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;
    /** Items understood and handed on at once. */
    public static final int CHUNK = 500;

    private final CommuniqueUnderstanding understanding;
    private final long maxBytes;

    public ArchiveReader(CommuniqueUnderstanding understanding, long maxBytes) {
        this.understanding = understanding;
        this.maxBytes = maxBytes;
    }

    /** Reads each file whole with the offices known now; one file's failure does not stop the others. */
    public List<ParsedFile> read(List<Path> files) {
        OfficeDirectory directory = understanding.directory();
        return files.parallelStream().map(file -> {
            List<ParsedItem> items = new ArrayList<>();
            ArchiveFile read = read(file, directory, (f, chunk) -> items.addAll(chunk));
            return new ParsedFile(read.path(), read.encoding(), read.notices(), items, read.sha256());
        }).toList();
    }

    /** The offices known now, to read several files (or the same file twice) alike. */
    public OfficeDirectory directory() {
        return understanding.directory();
    }

    /**
     * Reads one file and hands its items to {@code chunks} by {@value #CHUNK}, understood on every core: only the
     * file's text cut into items and one chunk understood are held at once, whatever the file's size.
     */
    public ArchiveFile read(Path file, OfficeDirectory directory, ArchiveFile.ItemChunks chunks) {
        Cut cut = cut(file, directory);
        if (!cut.file().failed()) {
            understood(cut, directory, chunks);
        }
        return cut.file();
    }

    /**
     * The SHA-256 of the file's bytes as they are now; empty when it cannot be read within the size limit (reading
     * it again then says why).
     */
    Optional<String> currentSha256(Path file) {
        try {
            return Files.isRegularFile(file) ? Optional.of(sha256(BoundedRead.readAtMost(file, maxBytes)))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A file cut into raw items; each is let go once understood. */
    private record Cut(ArchiveFile file, ArrayList<RawItem> raw) {
    }

    private Cut cut(Path file, OfficeDirectory directory) {
        try {
            if (!Files.isRegularFile(file)) {
                return failed(file, Notice.error("archive.error.notAFile"));
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                return failed(file, Notice.error("archive.error.tooLarge", megabytes(size), megabytes(maxBytes)));
            }
            return cut(file, BoundedRead.readAtMost(file, maxBytes), directory);
        } catch (BoundedRead.TooLarge e) {
            return failed(file, Notice.error("archive.error.tooLarge", megabytes(maxBytes + 1), megabytes(maxBytes)));
        } catch (IOException e) {
            return failed(file, Notice.error("archive.error.unreadable", String.valueOf(e.getMessage())));
        }
    }

    private static Cut failed(Path file, Notice error) {
        return new Cut(ArchiveFile.failed(file, error), new ArrayList<>());
    }

    private Cut cut(Path file, byte[] bytes, OfficeDirectory directory) {
        Signatures signatures = new Signatures(directory.names());
        String sha = sha256(bytes);
        switch (FileKind.of(bytes)) {
            case EMPTY:
                return failed(file, Notice.error("archive.error.empty"));
            case OLD_WORD:
                return failed(file, Notice.error("archive.error.oldWord"));
            case BINARY:
                return failed(file, Notice.error("archive.error.notText"));
            case WORD:
                return word(file, bytes, sha, signatures);
            default:
                return text(file, bytes, sha, signatures);
        }
    }

    private static Cut word(Path file, byte[] bytes, String sha, Signatures signatures) {
        Optional<RawItem> item;
        try {
            item = WordArchive.read(bytes, signatures);
        } catch (IOException | RuntimeException e) {
            return failed(file, Notice.error("archive.error.badWord"));
        }
        if (item.isEmpty()) {
            return failed(file, Notice.error("archive.error.empty"));
        }
        return new Cut(new ArchiveFile(file, "Word", List.of(), 1, sha), new ArrayList<>(List.of(item.get())));
    }

    private static Cut text(Path file, byte[] bytes, String sha, Signatures signatures) {
        DecodedText decoded = DecodedText.isUtf16(bytes) ? DecodedText.decodeUtf16(bytes) : DecodedText.decode(bytes);
        if (decoded.text().isBlank()) {
            return failed(file, Notice.error("archive.error.empty"));
        }
        List<Notice> notices = new ArrayList<>();
        if (decoded.mixed()) {
            notices.add(Notice.warning("archive.warning.mixedEncoding"));
        } else if (decoded.encoding().equals(DecodedText.WINDOWS_1252)) {
            notices.add(Notice.warning("archive.warning.windows1252"));
        }
        ArrayList<RawItem> raw = new ArrayList<>(new TextSegmenter(signatures).segment(decoded.text()));
        return new Cut(new ArchiveFile(file, decoded.encoding(), notices, raw.size(), sha), raw);
    }

    private void understood(Cut cut, OfficeDirectory directory, ArchiveFile.ItemChunks chunks) {
        ArrayList<RawItem> raw = cut.raw();
        // each item's dates are found once: for its neighbours' years here, for its own event date below
        ArrayList<List<DateMention>> dates = new ArrayList<>(raw.parallelStream()
                .map(r -> FrenchDates.find(r.title() + "\n" + r.body())).toList());
        NeighbourYears years = new NeighbourYears(dates.stream().map(EventDate::explicitYear).toList());
        String name = cut.file().name();
        LocalDate published = FileDates.fromName(name).orElse(null);
        for (int from = 0; from < raw.size(); from += CHUNK) {
            int to = Math.min(raw.size(), from + CHUNK);
            // Items are understood on every core; the order of the file is kept.
            List<ParsedItem> chunk = IntStream.range(from, to).parallel()
                    .mapToObj(i -> understood(name, raw.get(i), dates.get(i), years.of(i), directory, published))
                    .toList();
            for (int i = from; i < to; i++) {
                raw.set(i, null);
                dates.set(i, null);
            }
            chunks.accept(cut.file(), chunk);
        }
    }

    private ParsedItem understood(String name, RawItem item, List<DateMention> mentions, List<Integer> neighbours,
            OfficeDirectory directory, LocalDate published) {
        Understanding understood = understanding.understand(item, mentions, neighbours, directory, published);
        List<Notice> notices = new ArrayList<>(problems(item));
        notices.addAll(understood.notices());
        return new ParsedItem(name, item.line(), item.title(), item.body(), understood, notices,
                Fingerprint.of(item.title(), item.body()));
    }

    private static List<Notice> problems(RawItem item) {
        List<Notice> problems = new ArrayList<>();
        if (item.title().isBlank()) {
            problems.add(Notice.error("archive.error.noTitle"));
        } else if (item.title().length() > CommuniqueContent.MAX_TITLE_LENGTH) {
            problems.add(Notice.error("archive.error.titleTooLong", CommuniqueContent.MAX_TITLE_LENGTH));
        }
        if (item.body().isBlank()) {
            problems.add(Notice.error("archive.error.noBody"));
        } else if (item.body().length() > CommuniqueContent.MAX_BODY_LENGTH) {
            problems.add(Notice.error("archive.error.bodyTooLong", CommuniqueContent.MAX_BODY_LENGTH));
        }
        return problems;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static long megabytes(long bytes) {
        return (bytes + 1024 * 1024 - 1) / (1024 * 1024);
    }
}
