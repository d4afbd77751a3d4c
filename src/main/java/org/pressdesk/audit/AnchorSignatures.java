package org.pressdesk.audit;

import org.pressdesk.domain.AuditAnchor;

/** Tells whether an anchor's signature is valid and made with one of this database's office certificates. */
@FunctionalInterface
public interface AnchorSignatures {
    boolean valid(AuditAnchor anchor);
}
