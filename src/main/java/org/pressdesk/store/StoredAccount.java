package org.pressdesk.store;

import java.time.Instant;
import org.pressdesk.domain.UserAccount;

/** An account with what only the sign-in check may see: its password hash and its recent failures. */
public record StoredAccount(UserAccount account, String passwordHash, int failedAttempts, Instant lastFailedAt) {
}
