package org.pressdesk.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.TagLink;

/** A communiqué as the command line prints it in JSON. */
record CommuniqueJson(
        long id,
        UUID uuid,
        String title,
        String body,
        String genre,
        String office,
        String place,
        LocalDate eventDate,
        String language,
        String status,
        int revision,
        List<TagJson> tags,
        Instant createdAt,
        Instant updatedAt,
        boolean conflict) {

    record TagJson(String name, String kind, boolean confirmed) {
    }

    static CommuniqueJson of(Communique c, List<TagLink> tags) {
        return of(c, tags, false);
    }

    /** {@code conflict}: two installations changed it apart and nobody has resolved it yet. */
    static CommuniqueJson of(Communique c, List<TagLink> tags, boolean conflict) {
        return new CommuniqueJson(c.id(), c.uuid(), c.title(), c.content().body(), c.content().genre().name(),
                c.officeCode(), c.content().place(), c.content().eventDate(), c.content().language(),
                c.status().name(), c.revision(),
                tags.stream().map(t -> new TagJson(t.name(), t.kind().name(), t.confirmed())).toList(),
                c.created().at(), c.updated().at(), conflict);
    }
}
