package org.bulwark.threat;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
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

    /**
     * One page of level changes of every scheme, newest first.
     *
     * @param scope only the changes of this scope, or null for all
     * @param page from 0
     * @param size capped at 100
     */
    LevelHistory history(@Nullable Scope scope, int page, int size);

    /** The change with this identifier, in whichever scheme it was made, if any. */
    Optional<ScopeLevel> findChange(UUID changeId);

    /** The scheme with this code, ignoring case, if any. */
    Optional<ThreatScheme> scheme(String code);

    /**
     * Creates a custom scheme, not active.
     *
     * @throws InvalidThreatScheme when the code is taken or invalid, or the levels are fewer than two or repeat a
     *     code; nothing is stored then
     */
    ThreatScheme createScheme(NewThreatScheme scheme);

    /**
     * Deletes a custom scheme that is not active and in which no level was ever set.
     *
     * @throws InvalidThreatScheme when the scheme is unknown, a preset, active or used
     */
    void deleteScheme(String code);

    /**
     * Makes a scheme the one the network states its levels in. Levels set in the previous scheme no longer apply.
     *
     * @throws InvalidThreatScheme when the scheme is unknown
     */
    ThreatScheme activateScheme(String code);
}
