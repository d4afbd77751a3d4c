package org.pressdesk.app;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.local.DataDirectory;

/**
 * A closed database file held against every other opening while the conversion copies it: H2 locks the whole file
 * while it has it open, so taking the same lock both proves that no process (this one's other windows, the command
 * line, another program) has it open, and keeps any of them from opening it and committing into the original after
 * the copy was taken. Another PressDesk meanwhile waits, as for any busy folder, and then finds the folder converted
 * or as it was.
 */
final class HeldDatabaseFile implements AutoCloseable {
    private static final String FILE = "pressdesk.mv.db";
    private final FileChannel channel;
    private final FileLock lock;

    private HeldDatabaseFile(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Holds the file of {@code directory}, or refuses, changing nothing, when another process has it open. */
    static HeldDatabaseFile take(DataDirectory directory) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(directory.resolve(FILE), StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock != null && !Files.exists(directory.resolve("pressdesk.lock.db"))) {
                return new HeldDatabaseFile(channel, lock);
            }
        } catch (OverlappingFileLockException e) {
            // this program still has it open (another window's session)
        } catch (IOException e) {
            closeQuietly(channel);
            throw new PressDeskException(e, "encrypt.inUse", directory);
        }
        closeQuietly(channel);
        throw new PressDeskException("encrypt.inUse", directory);
    }

    /** Copies the held file, byte for byte, to {@code target} (which must not exist) and forces it to the disk. */
    void copyTo(Path target) throws IOException {
        try (FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            long size = channel.size();
            for (long done = 0; done < size; ) {
                done += channel.transferTo(done, size - done, out);
            }
            out.force(true);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel below releases it as well
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close(); // releases the lock
        } catch (IOException e) {
            // nothing was written through it
        }
    }
}
