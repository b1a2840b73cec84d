package org.bulwark.threat;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The level in force for a scope, as set by one change.
 *
 * @param changeId the change that set it
 * @param scope where it applies
 * @param level the level
 * @param reason why it was set
 * @param authorName who set it
 * @param changedAt when it was set
 * @param expiresAt when it lapses (the level before it applies again), or null
 * @param visibility who may see it
 */
public record ScopeLevel(
        UUID changeId,
        Scope scope,
        ThreatLevel level,
        String reason,
        String authorName,
        Instant changedAt,
        @Nullable Instant expiresAt,
        Visibility visibility) {}
