package org.pressdesk.domain;

/**
 * A page of the communiqué list, newest change first, narrowed by a filter text that matches title, office and place
 * without regard to case or accents.
 */
public record ListQuery(String filter, int offset, int limit) {

    public ListQuery {
        filter = filter == null ? "" : filter;
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
    }

    public static ListQuery all() {
        return new ListQuery("", 0, Integer.MAX_VALUE);
    }
}
