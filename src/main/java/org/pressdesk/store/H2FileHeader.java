package org.pressdesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the plain header of an H2 file says about where its newest chunk lies. H2 opens a file whose end was cut off
 * (a copy stopped half way, a disk that lost its last blocks) without a word: it falls back to the newest chunk it
 * can still read, which may be hours of work older, and the program then writes on top of it. The header (the first
 * block, written after the chunks it names) tells where the newest chunk it knew of starts: a file that ends before
 * that block has lost its end. An encrypted file's header is encrypted; it is not read here.
 */
final class H2FileHeader {
    private static final int HEADER_BYTES = 4096;
    private static final Pattern BLOCK = Pattern.compile("(?:^|,)block:([0-9a-f]+)(?:,|$)");
    private static final Pattern BLOCK_SIZE = Pattern.compile("(?:^|,)blockSize:([0-9a-f]+)(?:,|$)");

    private H2FileHeader() {
    }

    /** True when {@code file} is a plain H2 file whose header names a chunk beyond the file's end. */
    static boolean cutShort(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return false;
            }
            long size = Files.size(file);
            OptionalLong newest = newestChunkStart(file);
            return newest.isPresent() && newest.getAsLong() >= size;
        } catch (IOException e) {
            return false; // H2 will say what it makes of a file that cannot be read
        }
    }

    /** The byte where the header's newest chunk starts, if the header is plain and says it. */
    static OptionalLong newestChunkStart(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEADER_BYTES);
        }
        String text = new String(head, StandardCharsets.ISO_8859_1);
        if (!text.startsWith("H:")) {
            return OptionalLong.empty();
        }
        int end = text.indexOf('\n');
        String fields = text.substring(0, end < 0 ? Math.min(text.length(), 512) : end).trim();
        Matcher block = BLOCK.matcher(fields);
        Matcher blockSize = BLOCK_SIZE.matcher(fields);
        if (!block.find() || !blockSize.find()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(block.group(1), 16) * Long.parseLong(blockSize.group(1), 16));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
