package org.pressdesk.publication;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.pressdesk.domain.PressDeskException;

/**
 * Files written beside their destination and moved into place only when complete, so an interrupted export never
 * leaves half a PDF; the hidden temporary file is removed whatever happens.
 */
final class AtomicFiles {

    /** Writes a file's content to the stream it is given. */
    @FunctionalInterface
    interface Content<T> {
        T writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    static <T> T write(Path file, Content<T> content) {
        Path temporary = null;
        try {
            temporary = Files.createTempFile(file.getParent(), ".pressdesk-", ".pdf.part");
            T result;
            try (OutputStream out = Files.newOutputStream(temporary)) {
                result = content.writeTo(out);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return result;
        } catch (AccessDeniedException e) {
            throw new PressDeskException(e, "export.cannotWrite", file.getParent());
        } catch (FileSystemException e) {
            throw new PressDeskException(e, "export.failed", file, e.getReason() == null ? "" : e.getReason());
        } catch (IOException e) {
            throw new PressDeskException(e, "export.failed", file, String.valueOf(e.getMessage()));
        } finally {
            deleteQuietly(temporary);
        }
    }

    /** The directory, created if needed; refused when it is a file or cannot be written. */
    static Path directory(Path directory) {
        Path target = directory.toAbsolutePath().normalize();
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new PressDeskException("export.notDirectory", target);
        }
        try {
            Files.createDirectories(target);
        } catch (IOException e) {
            throw new PressDeskException(e, "export.cannotWrite", target);
        }
        if (!Files.isWritable(target)) {
            throw new PressDeskException("export.cannotWrite", target);
        }
        return target;
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary != null) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // the temporary file is hidden and harmless; nothing more can be done
            }
        }
    }
}
