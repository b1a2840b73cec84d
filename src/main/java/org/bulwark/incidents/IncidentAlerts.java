package org.bulwark.incidents;

import java.util.List;
import java.util.UUID;
import org.bulwark.identity.BulwarkUser;

/**
 * Alerts to the sites inside an incident's zones. Coordinators send them; coordinators, analysts and advisors read
 * them; the operators of the sites concerned see them over every page they have open, for a day.
 */
public interface IncidentAlerts {

    /** How long an alert stays over the pages of the operators it concerns. */
    java.time.Duration SHOWN_FOR = java.time.Duration.ofHours(24);

    /**
     * The card that fits the incident now.
     *
     * @throws IncidentNotFound when there is no such incident the person may see
     */
    ActionCard suggestedCard(UUID incident, BulwarkUser reader);

    /**
     * Who an alert would reach now.
     *
     * @throws IncidentsNotPermitted unless the person is a coordinator
     */
    AlertAudience audience(UUID incident, BulwarkUser coordinator);

    /**
     * Sends an alert to every member of the organisation of every site inside the incident's zones, in the
     * application, by e-mail and by text message where they have a number; webhook receivers subscribed to
     * {@code alert.issued} get it too. The alert, its deliveries and the timeline entry are stored in one
     * transaction: they all exist, or none does.
     *
     * @throws InvalidIncident naming every field to correct, or when no site is inside the zones
     * @throws IncidentChangeRefused when the incident is closed
     * @throws IncidentsNotPermitted unless the person is a coordinator
     */
    IncidentAlert send(UUID incident, AlertDraft draft, BulwarkUser coordinator);

    /** The alerts sent about the incident, newest first. */
    List<IncidentAlert> alerts(UUID incident, BulwarkUser reader);

    /**
     * One alert of the incident.
     *
     * @throws IncidentNotFound when there is none
     */
    IncidentAlert alert(UUID incident, UUID alert, BulwarkUser reader);

    /**
     * The alerts of the last {@link #SHOWN_FOR day}, of incidents not closed, about sites of the person's
     * organisation, newest first; empty for a person of no organisation.
     */
    List<ActiveAlert> activeFor(BulwarkUser reader);
}
