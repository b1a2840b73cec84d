package org.bulwark.sites;

import java.util.UUID;
import org.bulwark.geo.GeoPoint;
import org.jspecify.annotations.Nullable;

/**
 * What other modules need to grade and place a site without loading all of it.
 *
 * @param id the site
 * @param name its name
 * @param sectorCode its sector
 * @param useType its use
 * @param tier its regulatory tier
 * @param organisationId the operating organisation, or null
 * @param location where it is
 */
public record SiteProfile(
        UUID id,
        String name,
        String sectorCode,
        UseType useType,
        Tier tier,
        @Nullable UUID organisationId,
        GeoPoint location) {}
