package org.bulwark.incidents;

import java.util.UUID;
import org.springframework.util.Assert;

/**
 * A zone that applies now, of an incident that is not closed: what a partner needs to keep people out of the area.
 *
 * @param incident the incident the zone belongs to; must not be null
 * @param zone the zone as stored; must not be null
 */
public record ActiveZone(UUID incident, IncidentZone zone) {

    public ActiveZone {
        Assert.notNull(incident, "incident must not be null");
        Assert.notNull(zone, "zone must not be null");
    }
}
