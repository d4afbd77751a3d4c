package org.pressdesk.audit;

import org.pressdesk.domain.AuditEvent;
import org.pressdesk.domain.ContentHash;

/** The hash of one audit entry: every field but its local id, each written with its length. */
final class AuditHash {
    private AuditHash() {
    }

    static String of(AuditEvent e) {
        StringBuilder text = new StringBuilder();
        field(text, e.previousHash());
        return ContentHash.sha256(text.append(ownText(e)).toString());
    }

    /**
     * What the hash covers after the previous entry's hash, in the order hashed: the part of an entry known before
     * it is linked to the chain (the server links it, {@code store.AuditChainLink}).
     */
    static String ownText(AuditEvent e) {
        StringBuilder text = new StringBuilder();
        field(text, e.uuid().toString());
        field(text, e.occurredAt().toString());
        field(text, e.actorId() == null ? "" : e.actorId().toString());
        field(text, e.actorName());
        field(text, e.kind().name());
        field(text, e.communiqueId() == null ? "" : e.communiqueId().toString());
        field(text, e.detail());
        return text.toString();
    }

    private static void field(StringBuilder text, String value) {
        String v = value == null ? "" : value;
        text.append(v.length()).append(':').append(v).append('\n');
    }
}
