package org.pressdesk.domain;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reading what comes from outside (a file someone chose, an entry of a zip, a preferences file) with its limit
 * enforced while reading: a size asked beforehand means nothing for /dev/zero, a pipe or a file still growing, and
 * reading such a source whole ran out of memory. Every reader of outside files goes through here; each turns
 * {@link TooLarge} into its own message.
 */
public final class BoundedRead {

    /** The source held more than the limit; nothing past the limit was read. */
    public static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
        private final long limit;

        TooLarge(long limit) {
            super("more than " + limit + " bytes");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }

    private BoundedRead() {
    }

    /** The whole file, or {@link TooLarge} once more than {@code limit} bytes have been read. */
    public static byte[] readAtMost(Path file, long limit) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return readAtMost(in, limit);
        }
    }

    /** The rest of {@code in}, or {@link TooLarge} once more than {@code limit} bytes have been read. */
    public static byte[] readAtMost(InputStream in, long limit) throws IOException {
        int cap = (int) Math.min(limit, Integer.MAX_VALUE - 16);
        byte[] bytes = in.readNBytes(cap + 1);
        if (bytes.length > cap) {
            throw new TooLarge(limit);
        }
        return bytes;
    }

    /** {@code in}, failing with {@link TooLarge} as soon as a read goes past {@code limit} bytes. */
    public static InputStream limited(InputStream in, long limit) {
        return new Limited(in, limit);
    }

    /** A UTF-8 reader of {@code file} that fails with {@link TooLarge} past {@code limit} bytes. */
    public static Reader utf8(Path file, long limit) throws IOException {
        return new InputStreamReader(limited(Files.newInputStream(file), limit), StandardCharsets.UTF_8);
    }

    /** Copies the first {@code bytes} bytes of {@code in} (fewer if it ends sooner); returns how many. */
    public static long copy(InputStream in, OutputStream out, long bytes) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long left = bytes;
        while (left > 0) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                break;
            }
            out.write(buffer, 0, read);
            left -= read;
        }
        return bytes - left;
    }

    private static final class Limited extends FilterInputStream {
        private final long limit;
        private long count;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                counted(read);
            }
            return read;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            counted(skipped);
            return skipped;
        }

        private void counted(long bytes) throws TooLarge {
            count += bytes;
            if (count > limit) {
                throw new TooLarge(limit);
            }
        }
    }
}
