package org.pressdesk.office;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.pressdesk.domain.Logo;
import org.pressdesk.domain.PressDeskException;

/**
 * Reads a logo the user picked and refuses what would not print well, before anything is stored: a file over
 * {@link #MAX_BYTES}, a file that is not a PNG or JPEG, or an image that cannot be decoded or is larger than
 * {@link #MAX_PIXELS} pixels a side. The size is checked before the file is read, so a 50 MB file costs nothing.
 */
public final class LogoFiles {
    public static final long MAX_BYTES = 5L * 1024 * 1024;
    public static final int MAX_PIXELS = 8000;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private LogoFiles() {
    }

    public static Logo read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new PressDeskException("logo.tooLarge", name, Math.round(size / 1048576.0),
                        MAX_BYTES / 1048576);
            }
            return check(org.pressdesk.domain.BoundedRead.readAtMost(file, MAX_BYTES), name);
        } catch (org.pressdesk.domain.BoundedRead.TooLarge e) {
            throw new PressDeskException("logo.tooLarge", name, MAX_BYTES / 1048576 + 1, MAX_BYTES / 1048576);
        } catch (NoSuchFileException e) {
            throw new PressDeskException(e, "logo.missing", file);
        } catch (IOException e) {
            throw new PressDeskException(e, "logo.notImage", name);
        }
    }

    /** The bytes as a logo, once they are known to be a PNG or JPEG image of a reasonable size. */
    public static Logo check(byte[] bytes, String name) {
        String type = startsWith(bytes, PNG) ? Logo.PNG : startsWith(bytes, JPEG) ? Logo.JPEG : null;
        if (type == null) {
            throw new PressDeskException("logo.notImage", name);
        }
        if (!decodes(bytes)) {
            throw new PressDeskException("logo.unreadable", name, MAX_PIXELS, MAX_PIXELS);
        }
        return new Logo(bytes, type);
    }

    /** Reads the dimensions from the header first, so that a huge image is refused before it is decoded. */
    private static boolean decodes(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return false;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                if (reader.getWidth(0) > MAX_PIXELS || reader.getHeight(0) > MAX_PIXELS) {
                    return false;
                }
                return reader.read(0) != null;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
