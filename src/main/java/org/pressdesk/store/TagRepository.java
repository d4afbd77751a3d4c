package org.pressdesk.store;

import static org.pressdesk.store.jooq.Tables.COMMUNIQUE_TAG;
import static org.pressdesk.store.jooq.Tables.TAG;

import java.util.List;
import org.pressdesk.domain.TagKind;
import org.pressdesk.domain.TagLink;

/** Tags and their links to communiqués. */
public final class TagRepository {
    private final Database database;

    public TagRepository(Database database) {
        this.database = database;
    }

    public List<TagLink> linksFor(long communiqueId) {
        return database.dsl().select(TAG.ID, TAG.LABEL, TAG.KIND, COMMUNIQUE_TAG.CONFIRMED, COMMUNIQUE_TAG.EVIDENCE)
                .from(COMMUNIQUE_TAG).join(TAG).on(TAG.ID.eq(COMMUNIQUE_TAG.TAG_ID))
                .where(COMMUNIQUE_TAG.COMMUNIQUE_ID.eq(communiqueId))
                .orderBy(TAG.KIND, TAG.LABEL)
                .fetch(r -> new TagLink(r.get(TAG.ID), r.get(TAG.LABEL), TagKind.valueOf(r.get(TAG.KIND)),
                        r.get(COMMUNIQUE_TAG.CONFIRMED), r.get(COMMUNIQUE_TAG.EVIDENCE)));
    }
}
