package org.pressdesk.archive;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds an {@link ImportPreview} from items arriving by chunks: it counts every item and keeps the first
 * {@code firstShown}, then those with notices up to {@code moreShown}, so that the preview of a file of any size
 * fits in memory. Only the fingerprints met are kept for every item (to see an item repeated within the files).
 */
final class PreviewCollector {
    private final int firstShown;
    private final int moreShown;
    private final List<ArchiveFile> files = new ArrayList<>();
    private final List<PreviewItem> shown = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private final UnderstoodFiles understood;
    private int found;
    private long duplicates;
    private long withErrors;

    PreviewCollector(int firstShown, int moreShown, UnderstoodFiles understood) {
        this.firstShown = firstShown;
        this.moreShown = moreShown;
        this.understood = understood;
    }

    /** A chunk of {@code file}'s items with the communiqués already holding their texts, by fingerprint. */
    void add(ArchiveFile file, List<ParsedItem> chunk, Map<String, Long> holders) {
        understood.keep(file, chunk);
        for (ParsedItem item : chunk) {
            boolean repeated = !seen.add(item.fingerprint());
            PreviewItem previewed = new PreviewItem(found++, file, item, holders.get(item.fingerprint()), repeated);
            duplicates += previewed.isDuplicate() ? 1 : 0;
            withErrors += item.hasErrors() ? 1 : 0;
            if (shown.size() < firstShown
                    || !item.notices().isEmpty() && shown.size() < firstShown + moreShown) {
                shown.add(previewed);
            }
        }
    }

    void file(ArchiveFile file) {
        files.add(file);
        understood.read(file);
    }

    ImportPreview preview() {
        return new ImportPreview(files, shown, found, duplicates, withErrors, understood);
    }
}
