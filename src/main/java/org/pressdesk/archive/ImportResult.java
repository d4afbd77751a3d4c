package org.pressdesk.archive;

import java.util.List;

/** What an import wrote: the new communiqués' ids, the offices it created, and what it left out. */
public record ImportResult(List<Long> ids, List<String> newOffices, int duplicates, int skipped) {

    public ImportResult {
        ids = List.copyOf(ids);
        newOffices = List.copyOf(newOffices);
    }

    public int imported() {
        return ids.size();
    }
}
