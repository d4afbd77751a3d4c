package org.pressdesk.local;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Folders and files that only their owner may read: 0700 and 0600 where the file system speaks POSIX (Linux, macOS),
 * an access list naming only the owner elsewhere (Windows; the list is {@link OwnerOnlyAcl}'s). The database, its
 * lock file (which holds the local server's port and key), the search index, the logs and the backups all live under
 * such folders, and the ones that an older version left readable by everyone are tightened at start.
 */
public final class OwnerOnlyFiles {
    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    /**
     * Made on first use: the log folder is prepared with this class when logging starts, and nothing before the
     * first window may start the logging framework.
     */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(OwnerOnlyFiles.class);
    }

    private OwnerOnlyFiles() {
    }

    /** Creates {@code folder} and its missing parents; the folders it creates are the owner's only. */
    public static Path createFolder(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            return absolute;
        }
        Path parent = absolute.getParent();
        if (parent != null && !Files.exists(parent)) {
            createFolder(parent);
        }
        if (POSIX) {
            FileAttribute<Set<PosixFilePermission>> mode = PosixFilePermissions.asFileAttribute(FOLDER);
            Files.createDirectory(absolute, mode);
            Files.setPosixFilePermissions(absolute, FOLDER);
        } else {
            Files.createDirectory(absolute);
            restrictAcl(absolute, true);
        }
        return absolute;
    }

    /** Creates an empty file (or keeps an existing one) readable and writable by its owner only. */
    public static Path createFile(Path file) throws IOException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            if (POSIX) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
            } else {
                Files.createFile(file);
            }
        }
        tightenOne(file, false);
        return file;
    }

    /**
     * Makes {@code root} and everything below it the owner's only. Symbolic links are neither followed nor changed.
     * A file that cannot be changed (another account's) is left as it is and logged, not fatal.
     */
    public static void tighten(Path root) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    tightenQuietly(dir, true);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile()) {
                        tightenQuietly(file, false);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            Log.LOG.warn("Could not restrict the permissions under {}: {}", root, e.toString());
        }
    }

    /**
     * Makes {@code folder} the owner's only, and the entries directly in it whose names {@code ours} accepts, with
     * everything below them.
     */
    public static void tighten(Path folder, Predicate<String> ours) {
        tightenQuietly(folder, true);
        try (Stream<Path> entries = Files.list(folder)) {
            entries.filter(entry -> ours.test(entry.getFileName().toString())).forEach(OwnerOnlyFiles::tighten);
        } catch (IOException e) {
            Log.LOG.warn("Could not list {} to restrict its permissions: {}", folder, e.toString());
        }
    }

    /**
     * True when no one but the owner may read or enter {@code path}: by its mode where POSIX is spoken, by its access
     * list elsewhere (always true where the file system has neither).
     */
    public static boolean isOwnerOnly(Path path) throws IOException {
        if (!POSIX) {
            AclFileAttributeView acl = Files.getFileAttributeView(path, AclFileAttributeView.class,
                    LinkOption.NOFOLLOW_LINKS);
            return acl == null || isOwnerOnly(acl, () -> runningAccount(path));
        }
        // the owner's bits only (a set test, not a stream: the window's class-archive start runs this before its
        // first lambda)
        return FOLDER.containsAll(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
    }

    private static void tightenQuietly(Path path, boolean folder) {
        try {
            tightenOne(path, folder);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            Log.LOG.warn("Could not restrict the permissions of {}: {}", path, e.toString());
        }
    }

    private static void tightenOne(Path path, boolean folder) throws IOException {
        if (POSIX) {
            Set<PosixFilePermission> current = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
            Set<PosixFilePermission> wanted = folder ? FOLDER : ownerPart(current);
            if (!current.equals(wanted)) {
                Files.setPosixFilePermissions(path, wanted);
            }
        } else {
            restrictAcl(path, folder);
        }
    }

    /** A file keeps its owner's read and write bits (and adds them), and loses everyone else's. */
    private static Set<PosixFilePermission> ownerPart(Set<PosixFilePermission> current) {
        Set<PosixFilePermission> kept = EnumSet.copyOf(FILE);
        if (current.contains(PosixFilePermission.OWNER_EXECUTE)) {
            kept.add(PosixFilePermission.OWNER_EXECUTE);
        }
        return kept;
    }

    private static void restrictAcl(Path path, boolean folder) throws IOException {
        AclFileAttributeView acl = Files.getFileAttributeView(path, AclFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (acl != null) {
            restrictAcl(acl, folder, () -> runningAccount(path));
        }
    }

    /**
     * Makes the access list of {@code acl}'s file its owner's only (OwnerOnlyAcl), writing it only when it differs.
     * {@code runningAccount} names the person when the file's owner is a group.
     */
    static void restrictAcl(AclFileAttributeView acl, boolean folder,
            Supplier<Optional<UserPrincipal>> runningAccount) throws IOException {
        UserPrincipal person = OwnerOnlyAcl.person(acl.getOwner(), runningAccount);
        Optional<List<AclEntry>> wanted = OwnerOnlyAcl.tightened(acl.getAcl(), person, folder);
        if (wanted.isPresent()) {
            acl.setAcl(wanted.get());
        }
    }

    /** True when the access list of {@code acl}'s file allows nothing to anyone but its owner (OwnerOnlyAcl). */
    static boolean isOwnerOnly(AclFileAttributeView acl, Supplier<Optional<UserPrincipal>> runningAccount)
            throws IOException {
        return OwnerOnlyAcl.isOwnerOnly(acl.getAcl(), OwnerOnlyAcl.person(acl.getOwner(), runningAccount));
    }

    /** The account running this program, as the file system of {@code path} names it, when it can say. */
    private static Optional<UserPrincipal> runningAccount(Path path) {
        try {
            return Optional.of(path.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName(System.getProperty("user.name")));
        } catch (IOException | UnsupportedOperationException e) {
            Log.LOG.debug("The account running PressDesk could not be looked up: {}", e.toString());
            return Optional.empty();
        }
    }
}
