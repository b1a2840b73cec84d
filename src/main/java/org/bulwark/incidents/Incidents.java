package org.bulwark.incidents;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.bulwark.identity.BulwarkUser;
import org.jspecify.annotations.Nullable;

/**
 * Incidents, their zones and affected sites. Every method applies the access rule for the person given:
 * coordinators declare, change and close; coordinators, analysts and advisors read every incident; operators read
 * only incidents with a zone around a site of their organisation, and of its affected sites only their own; partner
 * systems (the integration role) read only the {@link #activeZones active zones}; other roles are refused. A failed
 * change changes nothing.
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

    /**
     * The sites inside the incident's zones that the person may see, whatever the zones' validity, ordered by name,
     * then by zone; each says whether its zone applies now.
     */
    List<AffectedSite> affectedSites(UUID incident, BulwarkUser reader);

    /**
     * Links the incident to a major event, or unlinks it when {@code event} is null; closed incidents too.
     *
     * @throws InvalidIncident when there is no such event
     * @throws IncidentsNotPermitted unless the person is a coordinator
     */
    Incident linkEvent(UUID incident, @Nullable UUID event, BulwarkUser coordinator);

    /** The incidents linked to a major event that the person may see, active ones first, then newest first. */
    List<Incident> linkedTo(UUID event, BulwarkUser reader);

    /**
     * The zones that apply at the moment given (valid from it or earlier, and until after it or open-ended), of
     * incidents that are not closed, in the order the incidents were declared and their zones drawn. For partner
     * systems and for coordinators, analysts and advisors.
     *
     * @param at must not be null
     * @return never null
     * @throws IncidentsNotPermitted for operators and every other role
     */
    List<ActiveZone> activeZones(Instant at, BulwarkUser reader);

    /** Who changed what, oldest first. */
    List<TimelineEntry> timeline(UUID incident, BulwarkUser reader);

    /**
     * Puts an alert in CAP about the incident on its timeline, in the caller's transaction, closed incidents
     * included: a cancellation often follows the close.
     *
     * @param what {@link TimelineEntry.What#CAP_ISSUED}, {@link TimelineEntry.What#CAP_UPDATED} or {@link
     *     TimelineEntry.What#CAP_CANCELLED}
     * @param detail what the alert said, such as its headline and scope
     * @throws IncidentNotFound when there is no such incident
     * @throws IncidentsNotPermitted for everyone but coordinators
     */
    void recordAlert(UUID incident, TimelineEntry.What what, String detail, BulwarkUser coordinator);
}
