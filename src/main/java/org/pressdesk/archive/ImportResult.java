package org.pressdesk.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an import wrote: how many communiqués, the new ones' ids by the index of their item in the preview (for the
 * items the preview showed), the offices it created, and what it left out (duplicates met, items not chosen or not
 * readable).
 */
public record ImportResult(Map<Integer, Long> created, List<String> newOffices, int imported, int duplicates,
        int skipped) {

    public ImportResult {
        created = new TreeMap<>(created);
        newOffices = List.copyOf(newOffices);
    }

    /** The new communiqués' ids of the items shown, in the order of the preview. */
    public List<Long> ids() {
        return new ArrayList<>(created.values());
    }
}
