package org.pressdesk.archive;

import java.util.List;

/**
 * What a set of archive files holds, before anything is written, kept to a bounded size whatever the files hold:
 * the files, the counts over all their items, and some items to show ({@code items}, in the files' order): the
 * first ones and then those that need a look (notices), up to a limit. {@link #complete()} says whether every item
 * is shown; an import decides the shown items as the user chose and takes the others as read. {@code understood}
 * keeps, within a memory budget, the items as the preview understood them, so that the import does not understand
 * them again.
 */
public record ImportPreview(List<ArchiveFile> files, List<PreviewItem> items, int found, long duplicates,
        long withErrors, UnderstoodFiles understood) {

    public ImportPreview {
        files = List.copyOf(files);
        items = List.copyOf(items);
        understood = understood == null ? UnderstoodFiles.none() : understood;
    }

    /** A preview whose import reads every file again. */
    public ImportPreview(List<ArchiveFile> files, List<PreviewItem> items, int found, long duplicates,
            long withErrors) {
        this(files, items, found, duplicates, withErrors, UnderstoodFiles.none());
    }

    public boolean complete() {
        return items.size() == found;
    }

    /** Items found but not shown. */
    public int notShown() {
        return found - items.size();
    }
}
