package org.pressdesk.domain;

import java.util.Set;

/**
 * A page of the communiqué list, newest change first, narrowed by a filter text that matches title, office and place
 * without regard to case or accents, and by tags: a communiqué must carry every one of {@code tagIds} (confirmed).
 */
public record ListQuery(String filter, int offset, int limit, Set<Long> tagIds) {

    public ListQuery {
        filter = filter == null ? "" : filter;
        tagIds = tagIds == null ? Set.of() : Set.copyOf(tagIds);
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
    }

    public ListQuery(String filter, int offset, int limit) {
        this(filter, offset, limit, Set.of());
    }

    public static ListQuery all() {
        return new ListQuery("", 0, Integer.MAX_VALUE);
    }

    /** The same filter for another page. */
    public ListQuery page(int pageOffset, int pageLimit) {
        return new ListQuery(filter, pageOffset, pageLimit, tagIds);
    }
}
