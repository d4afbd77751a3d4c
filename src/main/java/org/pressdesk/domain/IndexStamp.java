package org.pressdesk.domain;

/**
 * A cheap summary of what the search index should hold: how many communiqués, the sum of their versions (every
 * save and status change adds one) and the latest change, in microseconds. The database and the index each give
 * theirs; when they differ, the index is rebuilt.
 */
public record IndexStamp(long count, long versionSum, long latestChangeMicros) {

    public static final IndexStamp EMPTY = new IndexStamp(0, 0, 0);
}
