package org.bulwark.incidents;

import java.util.List;
import java.util.UUID;
import org.bulwark.identity.BulwarkUser;
import org.jspecify.annotations.Nullable;

/**
 * Incidents, their zones and affected sites. Every method applies the access rule for the person given:
 * coordinators declare, change and close; coordinators, analysts and advisors read every incident; operators read
 * only incidents with a zone around a site of their organisation, and of its affected sites only their own; other
 * roles are refused. A failed change changes nothing.
 */
public interface Incidents {

    /** The type of an incident that matches no attack method of the catalogue. */
    String OTHER = "OTHER";

    /**
     * Declares an incident with its zones, computes the sites inside them and publishes {@link IncidentDeclared}.
     *
     * @throws InvalidIncident naming every field to correct
     * @throws IncidentsNotPermitted unless the person is a coordinator
     */
    Incident declare(IncidentDraft draft, BulwarkUser coordinator);

    /** The incidents the person may see, active ones first, then newest first; never returns null. */
    List<Incident> list(BulwarkUser reader);

    /**
     * The incident, if the person may see it.
     *
     * @throws IncidentNotFound when there is none the person may see
     */
    Incident get(UUID id, BulwarkUser reader);

    /**
     * Adds a zone to an active incident, computes its affected sites and publishes {@link ZoneChanged}.
     *
     * @return the new zone
     * @throws IncidentChangeRefused when the incident is closed
     */
    IncidentZone addZone(UUID incident, ZoneDraft draft, BulwarkUser coordinator);

    /**
     * Redraws a zone of an active incident, recomputes its affected sites and publishes {@link ZoneChanged}.
     *
     * @param version the zone version the coordinator redrew, or null to redraw whatever is stored
     * @throws IncidentChangeRefused when the incident is closed or the zone was redrawn since that version
     */
    IncidentZone redrawZone(UUID incident, UUID zone, ZoneDraft draft, @Nullable Long version, BulwarkUser coordinator);

    /**
     * Closes an active incident and publishes {@link IncidentClosed}.
     *
     * @throws IncidentChangeRefused when it is closed already
     */
    Incident close(UUID incident, BulwarkUser coordinator);

    /** The sites inside the incident's zones that the person may see, ordered by name, then by zone. */
    List<AffectedSite> affectedSites(UUID incident, BulwarkUser reader);

    /** Who changed what, oldest first. */
    List<TimelineEntry> timeline(UUID incident, BulwarkUser reader);
}
