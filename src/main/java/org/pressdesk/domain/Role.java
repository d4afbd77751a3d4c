package org.pressdesk.domain;

/** What a user account may do. Each role includes the rights of the roles before it. */
public enum Role {
    EDITOR,
    MANAGER,
    ADMINISTRATOR;

    public boolean atLeast(Role other) {
        return compareTo(other) >= 0;
    }
}
