package org.bulwark.incidents;

import java.util.UUID;
import org.bulwark.geo.GeoPoint;

/**
 * A site inside one zone of an incident; a site inside two zones appears once per zone.
 *
 * @param validity whether the zone applies at the moment the sites were read, is yet to apply or has expired
 */
public record AffectedSite(UUID site, String name, GeoPoint position, UUID zone, ZoneKind kind, ZoneValidity validity) {

    /** Whether the site's zone applies now. */
    public boolean isCurrent() {
        return validity == ZoneValidity.CURRENT;
    }
}
