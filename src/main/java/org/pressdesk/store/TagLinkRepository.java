package org.pressdesk.store;

import static org.pressdesk.store.jooq.Tables.COMMUNIQUE_TAG;
import static org.pressdesk.store.jooq.Tables.TAG_DISMISSAL;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.jooq.impl.DSL;
import org.pressdesk.domain.TagKey;
import org.pressdesk.domain.TagKind;
import org.pressdesk.store.jooq.tables.CommuniqueTag;

/**
 * The tags of each communiqué (confirmed by someone, or only suggested) and the suggestions dismissed for it.
 * A communiqué carries a tag at most once.
 */
public final class TagLinkRepository {
    private static final int MAX_EVIDENCE = 500;

    private final Database database;

    public TagLinkRepository(Database database) {
        this.database = database;
    }

    /** Marks the tag as confirmed on the communiqué, adding the link if it was not there. */
    public void confirm(long communiqueId, long tagId, String evidence, long actorId, Instant now) {
        int updated = database.dsl().update(COMMUNIQUE_TAG)
                .set(COMMUNIQUE_TAG.CONFIRMED, true)
                .set(COMMUNIQUE_TAG.CONFIRMED_BY, actorId)
                .set(COMMUNIQUE_TAG.EVIDENCE, DSL.coalesce(DSL.val(clip(evidence)), COMMUNIQUE_TAG.EVIDENCE))
                .where(COMMUNIQUE_TAG.COMMUNIQUE_ID.eq(communiqueId).and(COMMUNIQUE_TAG.TAG_ID.eq(tagId)))
                .execute();
        if (updated == 0) {
            insert(communiqueId, tagId, true, evidence, actorId, now);
        }
        database.changed(communiqueId);
    }

    /** Records a suggestion on the communiqué, unless the tag is already on it. */
    public void suggest(long communiqueId, long tagId, String evidence, Instant now) {
        if (!database.dsl().fetchExists(COMMUNIQUE_TAG, COMMUNIQUE_TAG.COMMUNIQUE_ID.eq(communiqueId)
                .and(COMMUNIQUE_TAG.TAG_ID.eq(tagId)))) {
            insert(communiqueId, tagId, false, evidence, null, now);
        }
    }

    private void insert(long communiqueId, long tagId, boolean confirmed, String evidence, Long actorId,
            Instant now) {
        database.dsl().insertInto(COMMUNIQUE_TAG)
                .set(COMMUNIQUE_TAG.COMMUNIQUE_ID, communiqueId)
                .set(COMMUNIQUE_TAG.TAG_ID, tagId)
                .set(COMMUNIQUE_TAG.CONFIRMED, confirmed)
                .set(COMMUNIQUE_TAG.CONFIRMED_BY, actorId)
                .set(COMMUNIQUE_TAG.EVIDENCE, clip(evidence))
                .set(COMMUNIQUE_TAG.CREATED_AT, Times.utc(now))
                .execute();
        database.changed(communiqueId);
    }

    /** Forgets the suggestions recorded on a communiqué; confirmed tags stay. */
    public void clearSuggestions(long communiqueId) {
        database.dsl().deleteFrom(COMMUNIQUE_TAG)
                .where(COMMUNIQUE_TAG.COMMUNIQUE_ID.eq(communiqueId).and(COMMUNIQUE_TAG.CONFIRMED.isFalse()))
                .execute();
        database.changed(communiqueId);
    }

    public boolean unlink(long communiqueId, long tagId) {
        boolean removed = database.dsl().deleteFrom(COMMUNIQUE_TAG)
                .where(COMMUNIQUE_TAG.COMMUNIQUE_ID.eq(communiqueId).and(COMMUNIQUE_TAG.TAG_ID.eq(tagId)))
                .execute() > 0;
        database.changed(communiqueId);
        return removed;
    }

    public void unlinkAll(long tagId) {
        touchCommuniquesWith(tagId);
        database.dsl().deleteFrom(COMMUNIQUE_TAG).where(COMMUNIQUE_TAG.TAG_ID.eq(tagId)).execute();
    }

    /**
     * Tells the listeners (the search index) that every communiqué carrying the tag changed. Call it inside the
     * transaction that changes the tag, so that they hear it once the change is committed.
     */
    void touchCommuniquesWith(long tagId) {
        database.dsl().select(COMMUNIQUE_TAG.COMMUNIQUE_ID).from(COMMUNIQUE_TAG)
                .where(COMMUNIQUE_TAG.TAG_ID.eq(tagId)).fetch(COMMUNIQUE_TAG.COMMUNIQUE_ID)
                .forEach(database::changed);
    }

    /**
     * Moves every link of one tag to another. A communiqué that carries both keeps one link, confirmed if either
     * was.
     */
    public void move(long fromTagId, long toTagId) {
        touchCommuniquesWith(fromTagId);
        CommuniqueTag from = COMMUNIQUE_TAG.as("moved");
        database.dsl().update(COMMUNIQUE_TAG).set(COMMUNIQUE_TAG.CONFIRMED, true)
                .where(COMMUNIQUE_TAG.TAG_ID.eq(toTagId).and(COMMUNIQUE_TAG.CONFIRMED.isFalse()))
                .and(DSL.exists(DSL.selectOne().from(from).where(from.COMMUNIQUE_ID.eq(COMMUNIQUE_TAG.COMMUNIQUE_ID)
                        .and(from.TAG_ID.eq(fromTagId)).and(from.CONFIRMED.isTrue()))))
                .execute();
        database.dsl().deleteFrom(COMMUNIQUE_TAG).where(COMMUNIQUE_TAG.TAG_ID.eq(fromTagId))
                .and(COMMUNIQUE_TAG.COMMUNIQUE_ID.in(DSL.select(from.COMMUNIQUE_ID).from(from)
                        .where(from.TAG_ID.eq(toTagId))))
                .execute();
        database.dsl().update(COMMUNIQUE_TAG).set(COMMUNIQUE_TAG.TAG_ID, toTagId)
                .where(COMMUNIQUE_TAG.TAG_ID.eq(fromTagId)).execute();
    }

    /** Remembers that a suggestion was turned down for this communiqué. */
    public void dismiss(long communiqueId, TagKind kind, String key, long actorId, Instant now) {
        if (!database.dsl().fetchExists(TAG_DISMISSAL, TAG_DISMISSAL.COMMUNIQUE_ID.eq(communiqueId)
                .and(TAG_DISMISSAL.KIND.eq(kind.name())).and(TAG_DISMISSAL.LABEL_KEY.eq(key)))) {
            database.dsl().insertInto(TAG_DISMISSAL)
                    .set(TAG_DISMISSAL.COMMUNIQUE_ID, communiqueId)
                    .set(TAG_DISMISSAL.KIND, kind.name())
                    .set(TAG_DISMISSAL.LABEL_KEY, key)
                    .set(TAG_DISMISSAL.DISMISSED_BY, actorId)
                    .set(TAG_DISMISSAL.DISMISSED_AT, Times.utc(now))
                    .execute();
        }
    }

    /** The dismissed suggestions of a communiqué. */
    public Set<TagKey> dismissed(long communiqueId) {
        return new HashSet<>(database.dsl().select(TAG_DISMISSAL.KIND, TAG_DISMISSAL.LABEL_KEY).from(TAG_DISMISSAL)
                .where(TAG_DISMISSAL.COMMUNIQUE_ID.eq(communiqueId))
                .fetch(r -> new TagKey(TagKind.valueOf(r.get(TAG_DISMISSAL.KIND)), r.get(TAG_DISMISSAL.LABEL_KEY))));
    }

    private static String clip(String evidence) {
        if (evidence == null || evidence.isBlank()) {
            return null;
        }
        return evidence.length() > MAX_EVIDENCE ? evidence.substring(0, MAX_EVIDENCE) : evidence;
    }
}
