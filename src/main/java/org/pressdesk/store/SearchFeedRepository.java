package org.pressdesk.store;

import static org.pressdesk.store.jooq.Tables.COMMUNIQUE;
import static org.pressdesk.store.jooq.Tables.COMMUNIQUE_TAG;
import static org.pressdesk.store.jooq.Tables.OFFICE;
import static org.pressdesk.store.jooq.Tables.TAG;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.Record3;
import org.jooq.impl.DSL;
import org.pressdesk.domain.CommuniqueChange;
import org.pressdesk.domain.Genre;
import org.pressdesk.domain.IndexStamp;
import org.pressdesk.domain.SearchableCommunique;
import org.pressdesk.domain.Status;

/** Communiqués as the search index takes them, by id or all of them in pages, and the stamp to check it by. */
public final class SearchFeedRepository {
    private static final int PAGE = 1_000;

    private final Database database;

    public SearchFeedRepository(Database database) {
        this.database = database;
    }

    /**
     * The communiqués with these ids that exist (a missing id is simply absent). Many ids close together (an
     * import's) are read as id ranges, which H2 walks in its primary key; scattered ones by short lists.
     */
    public List<SearchableCommunique> byIds(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(new TreeSet<>(ids));
        List<SearchableCommunique> found = new ArrayList<>(all.size());
        for (int from = 0; from < all.size(); from += PAGE) {
            List<Long> page = all.subList(from, Math.min(all.size(), from + PAGE));
            long low = page.get(0);
            long high = page.get(page.size() - 1);
            if (high - low < 2L * page.size()) {
                Set<Long> wanted = new HashSet<>(page);
                load(COMMUNIQUE.ID.between(low, high)).stream().filter(c -> wanted.contains(c.id()))
                        .forEach(found::add);
            } else {
                found.addAll(load(COMMUNIQUE.ID.in(page)));
            }
        }
        return found;
    }

    /** Every communiqué, a page at a time, in id order. */
    public void forEachPage(Consumer<List<SearchableCommunique>> page) {
        long after = 0;
        while (true) {
            List<SearchableCommunique> rows = load(COMMUNIQUE.ID.gt(after), PAGE);
            if (rows.isEmpty()) {
                return;
            }
            page.accept(rows);
            after = rows.get(rows.size() - 1).id();
        }
    }

    /** The changes numbered above {@code after} in the change sequence, in number order. */
    public List<CommuniqueChange> changesAfter(long after) {
        return ChangeLog.after(database.dsl(), after);
    }

    /** The highest number of the change sequence committed so far (0 before any change). */
    public long latestChange() {
        return ChangeLog.latest(database.dsl());
    }

    /**
     * The highest number the change sequence's pruning deleted (0 when it deleted none): an index whose mark lies
     * below it may have missed changes whose rows went.
     */
    public long prunedThrough() {
        return ChangeLogPruning.prunedThrough(new SettingsRepository(database));
    }

    public int count() {
        return database.dsl().fetchCount(COMMUNIQUE);
    }

    public IndexStamp stamp() {
        Record3<Integer, java.math.BigDecimal, OffsetDateTime> r = database.dsl()
                .select(DSL.count(), DSL.sum(COMMUNIQUE.VERSION), DSL.max(COMMUNIQUE.UPDATED_AT))
                .from(COMMUNIQUE).fetchOne();
        return new IndexStamp(r.value1(), r.value2() == null ? 0 : r.value2().longValue(), micros(r.value3()));
    }

    public static long micros(Instant instant) {
        return instant == null ? 0 : ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    private static long micros(OffsetDateTime time) {
        return time == null ? 0 : micros(time.toInstant());
    }

    private List<SearchableCommunique> load(org.jooq.Condition condition) {
        return load(condition, Integer.MAX_VALUE);
    }

    private List<SearchableCommunique> load(org.jooq.Condition condition, int limit) {
        List<? extends Record> rows = database.dsl()
                .select(COMMUNIQUE.ID, COMMUNIQUE.TITLE, COMMUNIQUE.BODY, COMMUNIQUE.STATUS, COMMUNIQUE.GENRE,
                        OFFICE.CODE, COMMUNIQUE.EVENT_DATE, COMMUNIQUE.UPDATED_AT, COMMUNIQUE.VERSION)
                .from(COMMUNIQUE).join(OFFICE).on(OFFICE.ID.eq(COMMUNIQUE.OFFICE_ID))
                .where(condition).orderBy(COMMUNIQUE.ID).limit(limit).fetch();
        Map<Long, List<String>> tags = tags(rows.stream().map(r -> r.get(COMMUNIQUE.ID)).toList());
        List<SearchableCommunique> result = new ArrayList<>(rows.size());
        for (Record r : rows) {
            long id = r.get(COMMUNIQUE.ID);
            result.add(new SearchableCommunique(id, r.get(COMMUNIQUE.TITLE), r.get(COMMUNIQUE.BODY),
                    Status.valueOf(r.get(COMMUNIQUE.STATUS)), Genre.valueOf(r.get(COMMUNIQUE.GENRE)),
                    r.get(OFFICE.CODE), r.get(COMMUNIQUE.EVENT_DATE), tags.getOrDefault(id, List.of()),
                    Times.instant(r.get(COMMUNIQUE.UPDATED_AT)), r.get(COMMUNIQUE.VERSION)));
        }
        return result;
    }

    /**
     * The tags of the communiqués of {@code ids} (sorted), read over their id range: the links by the range of their
     * primary key, then the labels of the few tags they name (joined in one query, H2 walked every link of the
     * database for each page, a tenth of an import's CPU time).
     */
    private Map<Long, List<String>> tags(List<Long> ids) {
        Map<Long, List<String>> tags = new HashMap<>();
        if (ids.isEmpty()) {
            return tags;
        }
        List<Record2<Long, Long>> links = database.dsl().select(COMMUNIQUE_TAG.COMMUNIQUE_ID, COMMUNIQUE_TAG.TAG_ID)
                .from(COMMUNIQUE_TAG)
                .where(COMMUNIQUE_TAG.COMMUNIQUE_ID.between(ids.get(0), ids.get(ids.size() - 1)))
                .orderBy(COMMUNIQUE_TAG.COMMUNIQUE_ID, COMMUNIQUE_TAG.TAG_ID).fetch();
        if (links.isEmpty()) {
            return tags;
        }
        Map<Long, String> labels = new HashMap<>();
        List<Long> tagIds = new ArrayList<>(new TreeSet<>(links.stream().map(Record2::value2).toList()));
        for (int from = 0; from < tagIds.size(); from += PAGE) {
            database.dsl().select(TAG.ID, TAG.LABEL).from(TAG)
                    .where(TAG.ID.in(tagIds.subList(from, Math.min(tagIds.size(), from + PAGE))))
                    .forEach(r -> labels.put(r.value1(), r.value2()));
        }
        for (Record2<Long, Long> link : links) {
            String label = labels.get(link.value2());
            if (label != null) {
                tags.computeIfAbsent(link.value1(), k -> new ArrayList<>()).add(label);
            }
        }
        return tags;
    }
}
