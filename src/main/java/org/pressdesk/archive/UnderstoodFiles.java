package org.pressdesk.archive;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The items a preview understood, kept for the import that follows so that each item is understood once: per file,
 * all its chunks or none, within a budget of memory (a file that would pass it is let go and read again by the
 * import). Items are kept with the offices they were read with and the SHA-256 of the file's bytes; the import uses
 * them only when the file still has those bytes and the offices still read signatures alike.
 */
final class UnderstoodFiles {
    /** A rough cost of an item besides its text: the understanding, the notices, the fingerprint. */
    private static final long ITEM_OVERHEAD_BYTES = 600;
    /** Files kept, by path, with the bytes they were read from. */
    private final Map<Path, Kept> files = new HashMap<>();
    private final OfficeDirectory directory;
    private final long budgetBytes;
    private long usedBytes;

    private record Kept(String sha256, List<List<ParsedItem>> chunks, long bytes, boolean complete) {
    }

    UnderstoodFiles(OfficeDirectory directory, long budgetBytes) {
        this.directory = directory;
        this.budgetBytes = budgetBytes;
    }

    /** Keeps nothing: every file is read again by the import. */
    static UnderstoodFiles none() {
        return new UnderstoodFiles(null, 0);
    }

    /** A budget of an eighth of the heap, at most 256 MB. */
    static long defaultBudget() {
        return Math.min(256L * 1024 * 1024, Runtime.getRuntime().maxMemory() / 8);
    }

    /** Keeps a chunk of {@code file}'s items, in the file's order; lets the whole file go past the budget. */
    void keep(ArchiveFile file, List<ParsedItem> chunk) {
        Kept kept = files.get(file.path());
        if (kept != null && (kept.chunks() == null || kept.complete())) {
            // past the budget, or the same file listed twice: the import reads it again
            letGo(file, kept);
            return;
        }
        long bytes = 0;
        for (ParsedItem item : chunk) {
            bytes += 2L * (item.title().length() + item.body().length()) + ITEM_OVERHEAD_BYTES;
        }
        if (usedBytes + bytes > budgetBytes) {
            letGo(file, kept);
            return;
        }
        if (kept == null) {
            kept = new Kept(file.sha256(), new ArrayList<>(), 0, false);
        }
        kept.chunks().add(chunk);
        usedBytes += bytes;
        files.put(file.path(), new Kept(kept.sha256(), kept.chunks(), kept.bytes() + bytes, false));
    }

    /** The file's items all arrived. */
    void read(ArchiveFile file) {
        Kept kept = files.get(file.path());
        if (kept != null && kept.chunks() != null) {
            files.put(file.path(), new Kept(kept.sha256(), kept.chunks(), kept.bytes(), true));
        }
    }

    private void letGo(ArchiveFile file, Kept kept) {
        usedBytes -= kept == null ? 0 : kept.bytes();
        files.put(file.path(), new Kept(file.sha256(), null, 0, true));
    }

    /**
     * The chunks of the file at {@code path} as the preview understood them, when all were kept from bytes of this
     * SHA-256 and {@code now} reads signatures as the preview's offices did.
     */
    Optional<List<List<ParsedItem>>> chunks(Path path, String sha256, OfficeDirectory now) {
        Kept kept = files.get(path);
        if (kept == null || kept.chunks() == null || !kept.complete() || !kept.sha256().equals(sha256)
                || directory == null
                || !directory.readsAlike(now)) {
            return Optional.empty();
        }
        return Optional.of(List.copyOf(kept.chunks()));
    }

    @Override
    public String toString() {
        return "UnderstoodFiles[" + files.size() + " files, " + usedBytes + " bytes]";
    }
}
