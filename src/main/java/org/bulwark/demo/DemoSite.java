package org.bulwark.demo;

import java.util.UUID;
import org.bulwark.geo.GeoPoint;
import org.jspecify.annotations.Nullable;

/**
 * A crowded place of the demo city.
 *
 * @param id stable identifier derived from the site's position in the stream, the same on every run
 * @param name the site's name
 * @param address street address in the demo city
 * @param district the district that holds {@code location}
 * @param location WGS84 position inside the district
 * @param sectorCode a code of the sector catalogue
 * @param useType what the premises are used for, such as {@code stadium} or {@code place-of-worship}
 * @param capacity the expected maximum number of people at once, at least 1
 * @param organisationId the partner organisation that operates the site; null for independent premises
 * @param contactName the site's security contact
 * @param contactPhone a number in the range reserved for fiction
 * @param contactEmail an address under the reserved {@code .example} top-level domain
 * @param openingHours when the site is open, in words
 */
public record DemoSite(
        UUID id,
        String name,
        String address,
        String district,
        GeoPoint location,
        String sectorCode,
        String useType,
        int capacity,
        @Nullable UUID organisationId,
        String contactName,
        String contactPhone,
        String contactEmail,
        String openingHours) {}
