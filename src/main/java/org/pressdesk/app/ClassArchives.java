package org.pressdesk.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.pressdesk.local.OwnerOnlyFiles;

/**
 * The folder of the window's class archives (decision 0069), one per build, JDK and options: {@code window-KEY.jsa},
 * written as {@code window-KEY.jsa.PID.part} by the JVM that makes it, or {@code window-KEY.none} when this JDK
 * could not write one. An archive is code the JVM maps into itself: the folder is used only when no one else may
 * enter or write to it, nor replace it or any folder above it.
 */
final class ClassArchives {
    private static final String PREFIX = "window-";
    private static final String ARCHIVE = ".jsa";
    private static final String UNABLE = ".none";
    private static final String PART = ".part";
    /** Archives kept: the build in use and the one before (two copies of the program in turn keep theirs). */
    private static final int KEPT = 2;
    /** A temporary archive this old was left by a JVM that was killed (its process id may since be another's). */
    private static final Duration LEFT_OVER = Duration.ofHours(12);
    private static final int STICKY = 01000;
    private static final int GROUP_OR_OTHERS_WRITE = 0022;

    private final Path folder;

    private ClassArchives(Path folder) {
        this.folder = folder;
    }

    /**
     * The folder, created owner-only if missing; empty when it, or a folder above it, could be changed by another
     * account (not this one's or the system's, or writable by others without the sticky bit), or when the file
     * system says nothing of owners and modes.
     */
    static Optional<ClassArchives> trusted(Path folder) throws IOException {
        if (!folder.isAbsolute() || !folder.getFileSystem().supportedFileAttributeViews().contains("unix")) {
            return Optional.empty(); // a relative $XDG_CACHE_HOME or home would put code in the current folder
        }
        Path made = OwnerOnlyFiles.createFolder(folder).toRealPath();
        UserPrincipal me = runningAccount();
        if (!OwnerOnlyFiles.isOwnerOnly(made) || !Files.getOwner(made).equals(me)) {
            return Optional.empty();
        }
        for (Path above = made.getParent(); above != null; above = above.getParent()) {
            int uid = (Integer) Files.getAttribute(above, "unix:uid");
            int mode = (Integer) Files.getAttribute(above, "unix:mode");
            boolean owned = uid == 0 || Files.getOwner(above).equals(me);
            boolean guarded = (mode & GROUP_OR_OTHERS_WRITE) == 0 || (mode & STICKY) != 0;
            if (!owned || !guarded) {
                return Optional.empty();
            }
        }
        return Optional.of(new ClassArchives(made));
    }

    /** This process's account: the owner of {@code /proc/self} where there is one, else the named user. */
    private static UserPrincipal runningAccount() throws IOException {
        Path self = Path.of("/proc/self");
        if (Files.exists(self)) {
            return Files.getOwner(self);
        }
        return self.getFileSystem().getUserPrincipalLookupService()
                .lookupPrincipalByName(System.getProperty("user.name"));
    }

    Path folder() {
        return folder;
    }

    Path archive(String key) {
        return folder.resolve(PREFIX + key + ARCHIVE);
    }

    /** The name the JVM of the first JVM {@code pid} writes to; renamed to {@link #archive} when all went well. */
    Path writing(String key, long pid) {
        return folder.resolve(PREFIX + key + ARCHIVE + "." + pid + PART);
    }

    /** True when a JVM of this build could not write an archive: no second JVM for it then. */
    boolean unable(String key) {
        return Files.exists(folder.resolve(PREFIX + key + UNABLE), LinkOption.NOFOLLOW_LINKS);
    }

    /** True when {@code key}'s archive is there, a plain file (a symbolic link is not followed). */
    boolean has(String key) {
        return Files.isRegularFile(archive(key), LinkOption.NOFOLLOW_LINKS);
    }

    /** Marks the archive as just used, so that the clean-up keeps the archives of the builds in use. */
    void used(String key) {
        try {
            Files.setLastModifiedTime(archive(key), FileTime.from(Instant.now()));
        } catch (IOException | RuntimeException e) {
            // only the clean-up's order suffers
        }
    }

    /**
     * After the JVM that was to write {@code key}'s archive ended with {@code code}: the archive kept, or noted as
     * impossible on this JDK, or the temporary file deleted; then the older builds' archives are deleted. Never
     * throws: the program has already run.
     */
    void kept(String key, Path writing, int code) {
        try {
            if (code == 0 && Files.isRegularFile(writing, LinkOption.NOFOLLOW_LINKS) && Files.size(writing) > 0) {
                Files.move(writing, archive(key), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } else if (code == 0 && !Files.exists(writing, LinkOption.NOFOLLOW_LINKS)) {
                // the JVM cannot write one (no base archive in this JDK, say): not tried again for this build
                OwnerOnlyFiles.createFile(folder.resolve(PREFIX + key + UNABLE));
            } else {
                Files.deleteIfExists(writing);
            }
            forgetOthers();
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(writing);
            } catch (IOException | RuntimeException ignored) {
                // deleted as a left-over by a later clean-up
            }
        }
    }

    /**
     * Deletes all but the {@value #KEPT} most recently used archives and notes, and the temporary archives whose first
     * JVM is gone (the second may have written its archive all the same, under a name no one will use).
     */
    void forgetOthers() throws IOException {
        Instant old = Instant.now().minus(LEFT_OVER);
        List<Path> finished = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PREFIX + "*")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                if (name.endsWith(ARCHIVE) || name.endsWith(UNABLE)) {
                    finished.add(file);
                } else if (name.endsWith(PART) && (writerGone(name) || modified(file).isBefore(old))) {
                    delete(file);
                }
            }
        } catch (DirectoryIteratorException e) {
            throw e.getCause();
        }
        finished.sort(Comparator.comparing(ClassArchives::modified).reversed());
        for (Path file : finished.subList(Math.min(KEPT, finished.size()), finished.size())) {
            delete(file);
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // in use where an open file cannot be deleted (Windows): the next clean-up tries again
        }
    }

    /** True when the first JVM named in a temporary archive's name ({@code window-KEY.jsa.PID.part}) has ended. */
    static boolean writerGone(String name) {
        String[] parts = name.split("\\.");
        try {
            return parts.length >= 2 && ProcessHandle.of(Long.parseLong(parts[parts.length - 2])).isEmpty();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * Names a build on a JDK with its options: the JDK and its base archive, the heap's size and the {@code -XX}
     * options (some decide whether an archive fits: compressed pointers, the collector), and each jar of the class
     * path (the jar and its manifest's {@code Class-Path}) with its size and time, which the JVM checks too before it
     * maps an archive.
     */
    static String key(Path jar, Path javaHome, String vmVersion, List<String> options) throws IOException {
        StringBuilder text = new StringBuilder(javaHome.toString()).append('\n').append(vmVersion).append('\n');
        for (String option : options) {
            if (option.startsWith("-XX:") || option.startsWith("-Xm")) {
                text.append(option).append('\u0000');
            }
        }
        text.append('\n');
        List<Path> files = new ArrayList<>(List.of(javaHome.resolve("lib/server/classes.jsa"),
                javaHome.resolve("lib/server/classes_nocoops.jsa")));
        files.addAll(classPath(jar));
        for (Path file : files) {
            text.append(file).append('\n');
            if (Files.isRegularFile(file)) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                text.append(attributes.size()).append(' ').append(attributes.lastModifiedTime().toMillis());
            }
            text.append('\n');
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        CRC32 first = new CRC32();
        first.update(bytes);
        CRC32C second = new CRC32C();
        second.update(bytes);
        return hex(first.getValue()) + hex(second.getValue()); // not String.format: its parser costs 10 ms here
    }

    private static String hex(long value) {
        String digits = Long.toHexString(value);
        return "00000000".substring(digits.length()) + digits;
    }

    /** The jar, then the jars its manifest's {@code Class-Path} names (relative to the jar's folder). */
    static List<Path> classPath(Path jar) throws IOException {
        List<Path> entries = new ArrayList<>(List.of(jar));
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            String named = file.getManifest() == null ? null
                    : file.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            if (named != null) {
                for (String entry : named.trim().split("\\s+")) {
                    if (!entry.isEmpty()) {
                        entries.add(jar.resolveSibling(entry).normalize());
                    }
                }
            }
        }
        return entries;
    }

    /** The user's cache folder for the archives: XDG's (or ~/.cache), macOS's Caches, Windows' local AppData. */
    static Path defaultFolder(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return UserFolders.localAppData(env, home).resolve("PressDesk").resolve("class-archives");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Caches").resolve("PressDesk").resolve("class-archives");
        }
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg == null || xdg.isBlank() || !Path.of(xdg).isAbsolute() ? home.resolve(".cache")
                : Path.of(xdg); // a relative one is to be ignored (XDG's specification)
        return base.resolve("pressdesk").resolve("class-archives");
    }
}
