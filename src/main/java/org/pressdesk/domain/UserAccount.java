package org.pressdesk.domain;

import java.util.UUID;

/** A person who signs in. The password hash never leaves the account store. */
public record UserAccount(long id, UUID uuid, String username, String displayName, Role role, boolean active) {

    public boolean can(Role needed) {
        return active && role.atLeast(needed);
    }
}
