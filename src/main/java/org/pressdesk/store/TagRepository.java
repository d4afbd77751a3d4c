package org.pressdesk.store;

import static org.pressdesk.store.jooq.Tables.COMMUNIQUE_TAG;
import static org.pressdesk.store.jooq.Tables.TAG;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.pressdesk.domain.TagKind;
import org.pressdesk.domain.TagLink;
import org.pressdesk.domain.TextKeys;

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

    /** The tag of that kind and label (matched without case or accents), created when missing; returns its id. */
    public long findOrCreate(TagKind kind, String label, Instant now) {
        String key = TextKeys.fold(label);
        Long id = database.dsl().select(TAG.ID).from(TAG).where(TAG.KIND.eq(kind.name()).and(TAG.LABEL_KEY.eq(key)))
                .fetchOne(TAG.ID);
        if (id != null) {
            return id;
        }
        return database.dsl().insertInto(TAG)
                .set(TAG.UUID, UUID.randomUUID())
                .set(TAG.KIND, kind.name())
                .set(TAG.LABEL, label.strip())
                .set(TAG.LABEL_KEY, key)
                .set(TAG.CREATED_AT, Times.utc(now))
                .returningResult(TAG.ID)
                .fetchOne(TAG.ID);
    }

    /** Links a tag to a communiqué unless it already is; {@code confirmed} false for a suggestion. */
    public void link(long communiqueId, long tagId, boolean confirmed, String evidence, Instant now) {
        boolean linked = database.dsl().fetchExists(COMMUNIQUE_TAG, COMMUNIQUE_TAG.COMMUNIQUE_ID.eq(communiqueId)
                .and(COMMUNIQUE_TAG.TAG_ID.eq(tagId)));
        if (!linked) {
            database.dsl().insertInto(COMMUNIQUE_TAG)
                    .set(COMMUNIQUE_TAG.COMMUNIQUE_ID, communiqueId)
                    .set(COMMUNIQUE_TAG.TAG_ID, tagId)
                    .set(COMMUNIQUE_TAG.CONFIRMED, confirmed)
                    .set(COMMUNIQUE_TAG.EVIDENCE, evidence == null || evidence.length() <= 500 ? evidence
                            : evidence.substring(0, 500))
                    .set(COMMUNIQUE_TAG.CREATED_AT, Times.utc(now))
                    .execute();
            database.changed(communiqueId);
        }
    }
}
