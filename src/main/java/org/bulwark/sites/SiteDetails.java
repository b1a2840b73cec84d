package org.bulwark.sites;

import java.util.UUID;
import org.bulwark.geo.GeoPoint;
import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * Everything a person states about a site; the registry derives its tier and H3 cell.
 *
 * @param name must not be blank
 * @param address must not be blank
 * @param location must not be null
 * @param sectorCode a code of the partner directory's sector catalogue
 * @param useType must not be null
 * @param capacity the crowd the site is expected to hold at its busiest, zero or more
 * @param organisationId the operating partner organisation, or null when none is known
 * @param contact must not be null; use {@link SiteContact#NONE}
 * @param openingHours free text such as {@code Mon-Sat 09:00-23:00}, or null
 */
public record SiteDetails(
        String name,
        String address,
        GeoPoint location,
        String sectorCode,
        UseType useType,
        int capacity,
        @Nullable UUID organisationId,
        SiteContact contact,
        @Nullable String openingHours) {

    public SiteDetails {
        Assert.hasText(name, "name must not be blank");
        Assert.hasText(address, "address must not be blank");
        Assert.notNull(location, "location must not be null");
        Assert.hasText(sectorCode, "sectorCode must not be blank");
        Assert.notNull(useType, "useType must not be null");
        Assert.isTrue(capacity >= 0, "capacity must not be negative");
        Assert.notNull(contact, "contact must not be null");
    }
}
