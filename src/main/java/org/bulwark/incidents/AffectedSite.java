package org.bulwark.incidents;

import java.util.UUID;
import org.bulwark.geo.GeoPoint;

/** A site inside one zone of an incident; a site inside two zones appears once per zone. */
public record AffectedSite(UUID site, String name, GeoPoint position, UUID zone, ZoneKind kind) {}
