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

    private final CommuniqueUnderstanding understanding;
    private final long maxBytes;

    public ArchiveReader(CommuniqueUnderstanding understanding, long maxBytes) {
        this.understanding = understanding;
        this.maxBytes = maxBytes;
    }

    /** Reads each file with the offices known now; one file's failure does not stop the others. */
    public List<ParsedFile> read(List<Path> files) {
        OfficeDirectory directory = understanding.directory();
        return files.parallelStream().map(file -> read(file, directory)).toList();
    }

    ParsedFile read(Path file, OfficeDirectory directory) {
        try {
            if (!Files.isRegularFile(file)) {
                return ParsedFile.failed(file, Notice.error("archive.error.notAFile"));
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                return ParsedFile.failed(file, Notice.error("archive.error.tooLarge", megabytes(size),
                        megabytes(maxBytes)));
            }
            return read(file, BoundedRead.readAtMost(file, maxBytes), directory);
        } catch (BoundedRead.TooLarge e) {
            return ParsedFile.failed(file, Notice.error("archive.error.tooLarge", megabytes(maxBytes + 1),
                    megabytes(maxBytes)));
        } catch (IOException e) {
            return ParsedFile.failed(file, Notice.error("archive.error.unreadable", String.valueOf(e.getMessage())));
        }
    }

    private ParsedFile read(Path file, byte[] bytes, OfficeDirectory directory) throws IOException {
        Signatures signatures = new Signatures(directory.names());
        String sha = sha256(bytes);
        switch (FileKind.of(bytes)) {
            case EMPTY:
                return ParsedFile.failed(file, Notice.error("archive.error.empty"));
            case OLD_WORD:
                return ParsedFile.failed(file, Notice.error("archive.error.oldWord"));
            case BINARY:
                return ParsedFile.failed(file, Notice.error("archive.error.notText"));
            case WORD:
                return word(file, bytes, sha, signatures, directory);
            default:
                return text(file, bytes, sha, signatures, directory);
        }
    }

    private ParsedFile word(Path file, byte[] bytes, String sha, Signatures signatures, OfficeDirectory directory) {
        Optional<RawItem> item;
        try {
            item = WordArchive.read(bytes, signatures);
        } catch (IOException | RuntimeException e) {
            return ParsedFile.failed(file, Notice.error("archive.error.badWord"));
        }
        if (item.isEmpty()) {
            return ParsedFile.failed(file, Notice.error("archive.error.empty"));
        }
        return new ParsedFile(file, "Word", List.of(), understood(file, List.of(item.get()), directory), sha);
    }

    private ParsedFile text(Path file, byte[] bytes, String sha, Signatures signatures, OfficeDirectory directory) {
        DecodedText decoded = DecodedText.isUtf16(bytes) ? DecodedText.decodeUtf16(bytes) : DecodedText.decode(bytes);
        if (decoded.text().isBlank()) {
            return ParsedFile.failed(file, Notice.error("archive.error.empty"));
        }
        List<Notice> notices = new ArrayList<>();
        if (decoded.mixed()) {
            notices.add(Notice.warning("archive.warning.mixedEncoding"));
        } else if (decoded.encoding().equals(DecodedText.WINDOWS_1252)) {
            notices.add(Notice.warning("archive.warning.windows1252"));
        }
        List<RawItem> raw = new TextSegmenter(signatures).segment(decoded.text());
        return new ParsedFile(file, decoded.encoding(), notices, understood(file, raw, directory), sha);
    }

    private List<ParsedItem> understood(Path file, List<RawItem> raw, OfficeDirectory directory) {
        List<List<DateMention>> mentions = raw.parallelStream().map(r -> FrenchDates.find(r.title() + "\n" + r.body()))
                .toList();
        List<Optional<Integer>> years = mentions.stream().map(EventDate::explicitYear).toList();
        LocalDate published = FileDates.fromName(file.getFileName().toString()).orElse(null);
        // Items are understood on every core; the order of the file is kept.
        return IntStream.range(0, raw.size()).parallel().mapToObj(i -> {
            RawItem item = raw.get(i);
            Understanding understood = understanding.understand(item, mentions.get(i), neighbourYears(years, i),
                    directory, published);
            List<Notice> notices = new ArrayList<>(problems(item));
            notices.addAll(understood.notices());
            return new ParsedItem(file.getFileName().toString(), item.line(), item.title(), item.body(),
                    understood, notices, Fingerprint.of(item.title(), item.body()));
        }).toList();
    }

    /** The explicit years of the other items, nearest first (the previous one before the next one). */
    static List<Integer> neighbourYears(List<Optional<Integer>> years, int index) {
        List<Integer> nearest = new ArrayList<>();
        for (int distance = 1; distance < years.size(); distance++) {
            for (int j : new int[] {index - distance, index + distance}) {
                if (j >= 0 && j < years.size() && years.get(j).isPresent()) {
                    nearest.add(years.get(j).get());
                }
            }
            if (nearest.size() >= 2) {
                break;
            }
        }
        return nearest;
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
