package org.pressdesk.testing;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Damages a real H2 file as a crash or a failing disk does, for the recovery tests. */
public final class DamagedFiles {
    private DamagedFiles() {
    }

    /**
     * Overwrites a kilobyte inside the file's last block, past the chunk's header: the newest chunk's pages are broken
     * while the chunk still looks whole, so H2 refuses the file instead of falling back to the older state. Returns
     * the damaged file's bytes.
     */
    public static byte[] damageNewestChunk(Path file) throws IOException {
        return damageBlockFromEnd(file, 1);
    }

    /** The same damage in the {@code block}-th 4 KiB block from the end (1 is the last). */
    public static byte[] damageBlockFromEnd(Path file, int block) throws IOException {
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] junk = new byte[1000];
            Arrays.fill(junk, (byte) 0x5A);
            raw.seek(raw.length() - 4096L * block + 300);
            raw.write(junk);
        }
        return Files.readAllBytes(file);
    }
}
