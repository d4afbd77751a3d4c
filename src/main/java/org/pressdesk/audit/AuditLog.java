package org.pressdesk.audit;

import java.util.List;
import org.pressdesk.domain.AuditEvent;
import org.pressdesk.domain.AuditQuery;
import org.pressdesk.domain.PermissionDeniedException;
import org.pressdesk.domain.Role;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.store.AuditRepository;

/** Reading the audit trail, for managers and administrators. */
public final class AuditLog {
    private final AuditRepository events;

    public AuditLog(AuditRepository events) {
        this.events = events;
    }

    public List<AuditEvent> search(UserAccount reader, AuditQuery query) {
        if (reader == null || !reader.can(Role.MANAGER)) {
            throw new PermissionDeniedException("permission.managerOnly");
        }
        return events.search(query);
    }
}
