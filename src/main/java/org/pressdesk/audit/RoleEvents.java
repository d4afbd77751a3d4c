package org.pressdesk.audit;

import java.util.Optional;
import org.pressdesk.domain.AuditEvent;
import org.pressdesk.domain.AuditKind;
import org.pressdesk.domain.Role;

/**
 * Reads the history the chain keeps of what {@code audit verify} compares: the role an account was given
 * ("user=NAME role=ROLE") and the codes offices had ("office=CODE").
 */
final class RoleEvents {
    private RoleEvents() {
    }

    record RoleChange(String username, Role role) {
    }

    static Optional<RoleChange> read(AuditEvent event) {
        if (event.kind() != AuditKind.ACCOUNT_CREATED && event.kind() != AuditKind.ACCOUNT_CHANGED
                || event.detail() == null) {
            return Optional.empty();
        }
        String user = null;
        Role role = null;
        for (String token : event.detail().split(" ")) {
            if (token.startsWith("user=")) {
                user = token.substring("user=".length());
            } else if (token.startsWith("role=")) {
                role = parse(token.substring("role=".length()));
            }
        }
        return user == null || role == null ? Optional.empty() : Optional.of(new RoleChange(user, role));
    }

    /** The office code an office's creation or change recorded. */
    static Optional<String> officeCode(AuditEvent event) {
        boolean office = event.kind() == AuditKind.OFFICE_CREATED || event.kind() == AuditKind.OFFICE_CHANGED;
        if (!office || event.detail() == null || !event.detail().startsWith("office=")) {
            return Optional.empty();
        }
        return Optional.of(event.detail().substring("office=".length()));
    }

    private static Role parse(String name) {
        try {
            return Role.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
