package org.pressdesk.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an import wrote: the new communiqués' ids by the index of their item in the preview, the offices it
 * created, and what it left out (duplicates met, items not chosen).
 */
public record ImportResult(Map<Integer, Long> created, List<String> newOffices, int duplicates, int skipped) {

    public ImportResult {
        created = new TreeMap<>(created);
        newOffices = List.copyOf(newOffices);
    }

    /** The new communiqués' ids, in the order of the preview. */
    public List<Long> ids() {
        return new ArrayList<>(created.values());
    }

    public int imported() {
        return created.size();
    }
}
