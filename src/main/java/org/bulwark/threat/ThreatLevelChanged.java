package org.bulwark.threat;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The level of a scope was set, or a level with an expiry lapsed and the one before it applies again.
 *
 * @param change the change that set the level; for a lapse, the change that lapsed
 * @param scopeKind the kind of scope
 * @param scopeValue its region or sector, null for national
 * @param schemeCode the scheme the ranks belong to
 * @param previousRank the rank in force before, or 0 when none was set
 * @param rank the rank now in force
 * @param at when
 */
public record ThreatLevelChanged(
        UUID change,
        ScopeKind scopeKind,
        @Nullable String scopeValue,
        String schemeCode,
        int previousRank,
        int rank,
        Instant at) {

    public Scope scope() {
        return new Scope(scopeKind, scopeValue);
    }

    public boolean raised() {
        return rank > previousRank;
    }
}
