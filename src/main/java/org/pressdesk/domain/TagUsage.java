package org.pressdesk.domain;

import java.util.List;

/** A tag with the number of communiqués that carry it (confirmed) and its other names. */
public record TagUsage(Tag tag, int communiques, List<String> aliases) {

    public TagUsage {
        aliases = List.copyOf(aliases);
    }
}
