package org.pressdesk.domain;

/** One table of a database copied onto the server, compared on both sides: row counts and a digest of its rows. */
public record CopiedTable(String table, int sourceRows, int targetRows, String sourceSha256, String targetSha256) {
    public boolean same() {
        return sourceRows == targetRows && sourceSha256.equals(targetSha256);
    }
}
