package org.bulwark.threat;

import java.util.List;
import java.util.Optional;
import org.bulwark.identity.BulwarkUser;
import org.jspecify.annotations.Nullable;

/** The threat levels of the network: schemes, the level in force per scope, and their changes. */
public interface ThreatLevels {

    /** Every scheme, presets first. */
    List<ThreatScheme> schemes();

    /** The scheme the network states its levels in. */
    ThreatScheme activeScheme();

    /** The level in force for a scope, if one is set and has not lapsed. */
    Optional<ScopeLevel> current(Scope scope);

    /** Every level in force, national first, then regions and sectors by name. */
    List<ScopeLevel> allCurrent();

    /**
     * The level that applies to a site: the highest of the national level, its region's and its sector's; the
     * lowest level of the active scheme when none is set.
     *
     * @param sectorCode the site's sector
     * @param region the region of the site's organisation, or null when it has none
     */
    ThreatLevel effectiveFor(String sectorCode, @Nullable String region);

    /**
     * Sets the level of a scope and publishes {@link ThreatLevelChanged}.
     *
     * @param author a coordinator
     * @throws InvalidThreatLevelChange when the level, scope, reason or expiry cannot be accepted; nothing changes
     */
    ScopeLevel change(LevelChange change, BulwarkUser author);
}
