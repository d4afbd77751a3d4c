package org.pressdesk.store;

import static org.pressdesk.store.jooq.Tables.COMMUNIQUE_TAG;
import static org.pressdesk.store.jooq.Tables.TAG;
import static org.pressdesk.store.jooq.Tables.TAG_ALIAS;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.pressdesk.domain.Tag;
import org.pressdesk.domain.TagKind;
import org.pressdesk.domain.TagLink;
import org.pressdesk.domain.TagUsage;

/** Tags, their other names (aliases), and the tags of a communiqué as they are stored. */
public final class TagRepository {
    private final Database database;
    private final TagLinkRepository links;

    public TagRepository(Database database, TagLinkRepository links) {
        this.database = database;
        this.links = links;
    }

    /** A tag's name or one of its aliases. */
    public record Name(Tag tag, String name) {
    }

    public List<TagLink> linksFor(long communiqueId) {
        return database.dsl().select(TAG.ID, TAG.LABEL, TAG.KIND, COMMUNIQUE_TAG.CONFIRMED, COMMUNIQUE_TAG.EVIDENCE)
                .from(COMMUNIQUE_TAG).join(TAG).on(TAG.ID.eq(COMMUNIQUE_TAG.TAG_ID))
                .where(COMMUNIQUE_TAG.COMMUNIQUE_ID.eq(communiqueId))
                .orderBy(TAG.KIND, TAG.LABEL)
                .fetch(r -> new TagLink(r.get(TAG.ID), r.get(TAG.LABEL), TagKind.valueOf(r.get(TAG.KIND)),
                        r.get(COMMUNIQUE_TAG.CONFIRMED), r.get(COMMUNIQUE_TAG.EVIDENCE)));
    }

    /** The tags of every communiqué that has any, by communiqué id, each list in the order of {@link #linksFor}. */
    public Map<Long, List<TagLink>> allLinks() {
        Map<Long, List<TagLink>> links = new HashMap<>();
        database.dsl().select(COMMUNIQUE_TAG.COMMUNIQUE_ID, TAG.ID, TAG.LABEL, TAG.KIND, COMMUNIQUE_TAG.CONFIRMED,
                        COMMUNIQUE_TAG.EVIDENCE)
                .from(COMMUNIQUE_TAG).join(TAG).on(TAG.ID.eq(COMMUNIQUE_TAG.TAG_ID))
                .orderBy(COMMUNIQUE_TAG.COMMUNIQUE_ID, TAG.KIND, TAG.LABEL)
                .forEach(r -> links.computeIfAbsent(r.get(COMMUNIQUE_TAG.COMMUNIQUE_ID), id -> new ArrayList<>())
                        .add(new TagLink(r.get(TAG.ID), r.get(TAG.LABEL), TagKind.valueOf(r.get(TAG.KIND)),
                                r.get(COMMUNIQUE_TAG.CONFIRMED), r.get(COMMUNIQUE_TAG.EVIDENCE))));
        return links;
    }

    public Tag insert(TagKind kind, String label, Instant now) {
        long id = database.dsl().insertInto(TAG)
                .set(TAG.UUID, UUID.randomUUID())
                .set(TAG.KIND, kind.name())
                .set(TAG.LABEL, label)
                .set(TAG.LABEL_KEY, Tag.key(label))
                .set(TAG.CREATED_AT, Times.utc(now))
                .set(TAG.VERSION, 1)
                .returningResult(TAG.ID)
                .fetchOne(TAG.ID);
        return find(id).orElseThrow();
    }

    public Optional<Tag> find(long id) {
        return database.dsl().selectFrom(TAG).where(TAG.ID.eq(id)).fetchOptional().map(TagRepository::map);
    }

    /** The tag of that kind whose label or one of whose aliases has {@code key}. */
    public Optional<Tag> findByKey(TagKind kind, String key) {
        Optional<Tag> byLabel = database.dsl().selectFrom(TAG)
                .where(TAG.KIND.eq(kind.name()).and(TAG.LABEL_KEY.eq(key))).fetchOptional().map(TagRepository::map);
        if (byLabel.isPresent()) {
            return byLabel;
        }
        return database.dsl().select(TAG.fields()).from(TAG).join(TAG_ALIAS).on(TAG_ALIAS.TAG_ID.eq(TAG.ID))
                .where(TAG.KIND.eq(kind.name()).and(TAG_ALIAS.ALIAS_KEY.eq(key)))
                .orderBy(TAG.ID).limit(1).fetchOptional().map(TagRepository::map);
    }

    /** Tags of any kind whose label or alias has {@code key}. */
    public List<Tag> findByName(String key) {
        return database.dsl().selectFrom(TAG).where(TAG.LABEL_KEY.eq(key).or(TAG.ID.in(
                DSL.select(TAG_ALIAS.TAG_ID).from(TAG_ALIAS).where(TAG_ALIAS.ALIAS_KEY.eq(key)))))
                .orderBy(TAG.KIND, TAG.ID).fetch(TagRepository::map);
    }

    /** Writes a new label if the tag is still at {@code expectedVersion}; false when someone changed it. */
    public boolean rename(long id, int expectedVersion, String label) {
        links.touchCommuniquesWith(id);
        return database.dsl().update(TAG)
                .set(TAG.LABEL, label)
                .set(TAG.LABEL_KEY, Tag.key(label))
                .set(TAG.VERSION, expectedVersion + 1)
                .where(TAG.ID.eq(id).and(TAG.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    /** Deletes the tag and its aliases; its links must be gone first. */
    public void delete(long id) {
        database.dsl().deleteFrom(TAG_ALIAS).where(TAG_ALIAS.TAG_ID.eq(id)).execute();
        database.dsl().deleteFrom(TAG).where(TAG.ID.eq(id)).execute();
    }

    /**
     * Locks the tag's row until the transaction ends; false when it is gone. A colleague linking the tag meanwhile
     * waits, and then finds it gone and looks for its name again.
     */
    public boolean lock(long id) {
        return !database.dsl().select(TAG.ID).from(TAG).where(TAG.ID.eq(id)).forUpdate().fetch().isEmpty();
    }

    /** Deletes the tag if no communiqué carries it and it has no alias (a suggestion nobody took). */
    public void deleteIfUnused(long id) {
        database.dsl().deleteFrom(TAG).where(TAG.ID.eq(id))
                .and(DSL.notExists(DSL.selectOne().from(COMMUNIQUE_TAG).where(COMMUNIQUE_TAG.TAG_ID.eq(id))))
                .and(DSL.notExists(DSL.selectOne().from(TAG_ALIAS).where(TAG_ALIAS.TAG_ID.eq(id))))
                .execute();
    }

    /** Adds another name to a tag, unless the tag already has it. */
    public void addAlias(long tagId, String alias, Instant now) {
        String key = Tag.key(alias);
        boolean known = database.dsl().fetchExists(TAG_ALIAS,
                TAG_ALIAS.TAG_ID.eq(tagId).and(TAG_ALIAS.ALIAS_KEY.eq(key)));
        if (!known) {
            database.dsl().insertInto(TAG_ALIAS)
                    .set(TAG_ALIAS.TAG_ID, tagId)
                    .set(TAG_ALIAS.ALIAS, alias)
                    .set(TAG_ALIAS.ALIAS_KEY, key)
                    .set(TAG_ALIAS.CREATED_AT, Times.utc(now))
                    .execute();
        }
    }

    public void removeAlias(long tagId, String key) {
        database.dsl().deleteFrom(TAG_ALIAS).where(TAG_ALIAS.TAG_ID.eq(tagId).and(TAG_ALIAS.ALIAS_KEY.eq(key)))
                .execute();
    }

    public List<String> aliases(long tagId) {
        return database.dsl().select(TAG_ALIAS.ALIAS).from(TAG_ALIAS).where(TAG_ALIAS.TAG_ID.eq(tagId))
                .orderBy(TAG_ALIAS.ID).fetch(TAG_ALIAS.ALIAS);
    }

    public List<Tag> list() {
        return database.dsl().selectFrom(TAG).orderBy(TAG.KIND, TAG.LABEL_KEY).fetch(TagRepository::map);
    }

    /**
     * Every label and alias of the tags someone chose: confirmed on a communiqué, or made by hand (no link). Tags
     * that exist only as recorded suggestions are left out, so a name nobody accepted never becomes known.
     */
    public List<Name> names() {
        List<Name> names = new ArrayList<>();
        Map<Long, Tag> tags = database.dsl().selectFrom(TAG).where(chosen())
                .fetch(TagRepository::map).stream().collect(Collectors.toMap(Tag::id, t -> t));
        tags.values().forEach(t -> names.add(new Name(t, t.label())));
        database.dsl().select(TAG_ALIAS.TAG_ID, TAG_ALIAS.ALIAS).from(TAG_ALIAS).orderBy(TAG_ALIAS.ID)
                .forEach(r -> {
                    Tag tag = tags.get(r.get(TAG_ALIAS.TAG_ID));
                    if (tag != null) {
                        names.add(new Name(tag, r.get(TAG_ALIAS.ALIAS)));
                    }
                });
        return names;
    }

    /** Every chosen tag (see {@link #names}) with the number of communiqués confirmed under it, and its aliases. */
    public List<TagUsage> usage() {
        var count = DSL.count(COMMUNIQUE_TAG.COMMUNIQUE_ID).as("uses");
        Map<Long, List<String>> aliases = database.dsl().select(TAG_ALIAS.TAG_ID, TAG_ALIAS.ALIAS).from(TAG_ALIAS)
                .orderBy(TAG_ALIAS.ID).fetchGroups(TAG_ALIAS.TAG_ID, TAG_ALIAS.ALIAS);
        return database.dsl().select(TAG.fields()).select(count).from(TAG)
                .leftJoin(COMMUNIQUE_TAG).on(COMMUNIQUE_TAG.TAG_ID.eq(TAG.ID).and(COMMUNIQUE_TAG.CONFIRMED.isTrue()))
                .where(chosen())
                .groupBy(TAG.fields())
                .orderBy(TAG.KIND, TAG.LABEL_KEY)
                .fetch(r -> new TagUsage(map(r), r.get(count), aliases.getOrDefault(r.get(TAG.ID), List.of())));
    }

    /** Tags someone chose: confirmed on a communiqué, or with no link at all (made by hand). */
    private static Condition chosen() {
        var confirmed = DSL.selectOne().from(COMMUNIQUE_TAG)
                .where(COMMUNIQUE_TAG.TAG_ID.eq(TAG.ID).and(COMMUNIQUE_TAG.CONFIRMED.isTrue()));
        var linked = DSL.selectOne().from(COMMUNIQUE_TAG).where(COMMUNIQUE_TAG.TAG_ID.eq(TAG.ID));
        return DSL.exists(confirmed).or(DSL.notExists(linked));
    }

    static Tag map(Record r) {
        return new Tag(r.get(TAG.ID), r.get(TAG.UUID), TagKind.valueOf(r.get(TAG.KIND)), r.get(TAG.LABEL),
                r.get(TAG.VERSION));
    }

    /** The tag of that kind and name (matched without case or accents), created when missing; returns its id. */
    public long findOrCreate(TagKind kind, String label, Instant now) {
        return findByKey(kind, Tag.key(label)).orElseGet(() -> insert(kind, label.strip(), now)).id();
    }

    /** A suggested link for a communiqué that has none yet (an import). */
    public record NewLink(long communiqueId, long tagId, String evidence) {
    }

    /**
     * Writes suggested links for communiqués just created, which have no links yet, in one statement: an import of
     * thousands would otherwise ask the database twice per tag. A tag given twice for one communiqué is linked once.
     */
    public void linkAllNew(List<NewLink> links, Instant now) {
        if (links.isEmpty()) {
            return;
        }
        // one statement prepared once and run as a JDBC batch: no SQL rendered and parsed per chunk
        JdbcBatch insert = new JdbcBatch(database.dsl(), COMMUNIQUE_TAG, COMMUNIQUE_TAG.COMMUNIQUE_ID,
                COMMUNIQUE_TAG.TAG_ID, COMMUNIQUE_TAG.CONFIRMED, COMMUNIQUE_TAG.EVIDENCE, COMMUNIQUE_TAG.CREATED_AT);
        Set<String> seen = new HashSet<>();
        OffsetDateTime at = Times.utc(now);
        for (NewLink link : links) {
            if (seen.add(link.communiqueId() + ":" + link.tagId())) {
                insert.add(link.communiqueId(), link.tagId(), false, evidence(link.evidence()), at);
                database.changed(link.communiqueId());
            }
        }
        insert.execute();
    }

    private static String evidence(String evidence) {
        return evidence == null || evidence.length() <= 500 ? evidence : evidence.substring(0, 500);
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
                    .set(COMMUNIQUE_TAG.EVIDENCE, evidence(evidence))
                    .set(COMMUNIQUE_TAG.CREATED_AT, Times.utc(now))
                    .execute();
            database.changed(communiqueId);
        }
    }
}
