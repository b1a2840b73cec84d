package org.bulwark.incidents;

import java.time.Instant;
import java.util.UUID;
import org.bulwark.geo.Zone;
import org.jspecify.annotations.Nullable;

/**
 * A zone of an incident as stored.
 *
 * @param version raised on every redraw; a redraw naming an older version is refused
 */
public record IncidentZone(
        UUID id,
        ZoneKind kind,
        Zone zone,
        Instant validFrom,
        @Nullable Instant validUntil,
        long version) {

    /** Whether the zone applies at this moment. */
    public boolean appliesAt(Instant moment) {
        return validityAt(moment) == ZoneValidity.CURRENT;
    }

    /** Whether the zone applies at this moment, is yet to apply, or has expired. */
    public ZoneValidity validityAt(Instant moment) {
        if (moment.isBefore(validFrom)) {
            return ZoneValidity.UPCOMING;
        }
        return validUntil == null || moment.isBefore(validUntil) ? ZoneValidity.CURRENT : ZoneValidity.EXPIRED;
    }
}
