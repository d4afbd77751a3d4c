package org.pressdesk.domain;

/** One row of the database's change sequence: transaction number {@code sequence} changed this communiqué. */
public record CommuniqueChange(long sequence, long communiqueId) {
}
