package org.bulwark.identity;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What other modules may know of an account; never the password hash.
 *
 * @param lockedUntil when a lock after repeated failed logins ends, null when the account is not locked
 * @param lastLoginAt the last successful login, null when the person has never signed in
 */
public record AccountSummary(
        UUID id,
        String username,
        String displayName,
        String email,
        Role role,
        boolean enabled,
        @Nullable Instant lockedUntil,
        Instant createdAt,
        @Nullable Instant lastLoginAt) {

    /** Whether the account is locked at the given instant after repeated failed logins. */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
