package org.pressdesk.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.pressdesk.domain.BoundedRead;
import org.pressdesk.domain.PressDeskException;

/** Reads a certificate or key file named on the command line: outside input, bounded, with clear refusals. */
final class CertificateFiles {
    /** A certificate or a PKCS#12 file with its chain is a few kilobytes. */
    static final long MAX_BYTES = 64 * 1024;

    private CertificateFiles() {
    }

    static byte[] read(Path file) {
        try {
            return BoundedRead.readAtMost(file, MAX_BYTES);
        } catch (BoundedRead.TooLarge e) {
            throw new PressDeskException(e, "hq.fileTooLarge", file, MAX_BYTES / 1024);
        } catch (NoSuchFileException e) {
            throw new PressDeskException(e, "hq.fileMissing", file);
        } catch (IOException e) {
            throw new PressDeskException(e, "hq.fileUnreadable", file);
        }
    }
}
