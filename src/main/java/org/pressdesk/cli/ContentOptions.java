package org.pressdesk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.Genre;
import org.pressdesk.domain.PressDeskException;

/** Reading what the user typed for a communiqué: a body file, a date, a genre. */
final class ContentOptions {
    private ContentOptions() {
    }

    /** The most a body file may hold: the longest body, four bytes a character, and one more to notice excess. */
    static final int MAX_BODY_FILE_BYTES = CommuniqueContent.MAX_BODY_LENGTH * 4;

    static String readBody(Path file) {
        try {
            byte[] bytes = readAtMost(file, MAX_BODY_FILE_BYTES);
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString()
                    .replace("\r\n", "\n").replace('\r', '\n').replace("\uFEFF", "");
        } catch (NoSuchFileException e) {
            throw new PressDeskException("cli.fileMissing", file);
        } catch (CharacterCodingException e) {
            throw new PressDeskException("cli.fileNotUtf8", file);
        } catch (IOException e) {
            throw new PressDeskException(e, "cli.fileUnreadable", file, String.valueOf(e.getMessage()));
        }
    }

    /**
     * Reads a file but stops past {@code limit} bytes, whatever the file claims to be: /dev/zero or a pipe has no
     * size to check beforehand, and reading it whole ran out of memory.
     */
    static byte[] readAtMost(Path file, int limit) throws IOException {
        try {
            return org.pressdesk.domain.BoundedRead.readAtMost(file, limit);
        } catch (org.pressdesk.domain.BoundedRead.TooLarge e) {
            throw new PressDeskException("cli.fileTooLarge", file, limit / 1_000_000);
        }
    }

    static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new PressDeskException("cli.badDate", text);
        }
    }

    /** "2026-02-03T10:00" in the office's time zone; null when not given. */
    static java.time.Instant embargo(String text, java.time.ZoneId zone) {
        if (text == null) {
            return null;
        }
        try {
            return java.time.LocalDateTime.parse(text.strip()).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new PressDeskException("cli.badEmbargo", text);
        }
    }

    static Genre genre(String text) {
        if (text == null) {
            return Genre.PRESS_RELEASE;
        }
        return Genre.parse(text).orElseThrow(() -> new PressDeskException("cli.badGenre", text, codes()));
    }

    private static String codes() {
        StringBuilder codes = new StringBuilder();
        for (Genre genre : Genre.values()) {
            codes.append(codes.length() == 0 ? "" : ", ").append(genre.code());
        }
        return codes.toString();
    }
}
