package org.pressdesk.archive;

import java.util.List;

/** What a set of archive files holds, before anything is written: the files and all their items in order. */
public record ImportPreview(List<ParsedFile> files, List<PreviewItem> items) {

    public ImportPreview {
        files = List.copyOf(files);
        items = List.copyOf(items);
    }

    public long duplicates() {
        return items.stream().filter(PreviewItem::isDuplicate).count();
    }

    public long withErrors() {
        return items.stream().filter(i -> i.item().hasErrors()).count();
    }
}
