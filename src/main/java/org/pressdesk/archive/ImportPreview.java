package org.pressdesk.archive;

import java.util.List;

/**
 * What a set of archive files holds, before anything is written, kept to a bounded size whatever the files hold:
 * the files, the counts over all their items, and some items to show ({@code items}, in the files' order): the
 * first ones and then those that need a look (notices), up to a limit. {@link #complete()} says whether every item
 * is shown; an import decides the shown items as the user chose and takes the others as read.
 */
public record ImportPreview(List<ArchiveFile> files, List<PreviewItem> items, int found, long duplicates,
        long withErrors) {

    public ImportPreview {
        files = List.copyOf(files);
        items = List.copyOf(items);
    }

    public boolean complete() {
        return items.size() == found;
    }

    /** Items found but not shown. */
    public int notShown() {
        return found - items.size();
    }
}
