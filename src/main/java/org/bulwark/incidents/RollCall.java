package org.bulwark.incidents;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.bulwark.identity.BulwarkUser;
import org.jspecify.annotations.Nullable;

/**
 * The roll-call of an incident: each affected site answers with a {@link SiteStatus}, in the application, over the API
 * or through a signed {@link StatusLinks status link}; sites that do not answer within the incident's escalation wait
 * are escalated to their secondary contacts. Coordinators answer for any site; operators and partner systems for
 * their organisation's sites. Coordinators, analysts and advisors read the whole roll-call; operators their own sites'
 * part. A failed answer changes nothing.
 */
public interface RollCall {

    /** The most sites one page lists. */
    int MAX_PAGE = 500;

    /** The shortest and the longest escalation wait, in minutes. */
    int MIN_WAIT_MINUTES = 1;

    int MAX_WAIT_MINUTES = 1440;

    /**
     * The escalation wait of so many minutes.
     *
     * @throws InvalidIncident naming the field {@code escalationWaitMinutes} when it is missing or out of range
     */
    static Duration checkedWait(@Nullable Integer minutes) {
        if (minutes == null || minutes < MIN_WAIT_MINUTES || minutes > MAX_WAIT_MINUTES) {
            throw new InvalidIncident(List.of(new InvalidIncident.Problem(
                    "escalationWaitMinutes",
                    "must be between " + MIN_WAIT_MINUTES + " and " + MAX_WAIT_MINUTES + " minutes (24 hours)")));
        }
        return Duration.ofMinutes(minutes);
    }

    /**
     * Records a site's answer, keeps it on the timeline and publishes {@link SiteStatusReported}.
     *
     * @param note a short line, at most 500 characters, or null
     * @param channel {@code APP} or {@code API}
     * @throws InvalidIncident when the note is too long
     * @throws IncidentNotFound when there is no such incident the person may see
     * @throws SiteNotAffected when the site is unknown or not inside the incident's zones
     * @throws IncidentChangeRefused when the incident is closed
     * @throws IncidentsNotPermitted when the person may not answer for the site
     */
    SiteRollCall answer(
            UUID incident, UUID site, SiteStatus status, @Nullable String note, String channel, BulwarkUser who);

    /** How the sites the person may see answered; counted in the database. */
    RollCallCounts counts(UUID incident, BulwarkUser reader);

    /**
     * One page of the affected sites the person may see, with their answers, by site identifier.
     *
     * @param status only the sites whose latest answer is this, or null for every site
     * @param size between 1 and {@link #MAX_PAGE}
     */
    RollCallPage sites(UUID incident, @Nullable SiteStatus status, int page, int size, BulwarkUser reader);

    /** The sites that have not answered, those waiting longest first, at most {@code limit}. */
    RollCallPage unanswered(UUID incident, int page, int size, BulwarkUser reader);

    /**
     * Every affected site with its position and latest answer, for the operations map.
     *
     * @throws IncidentsNotPermitted unless the person is a coordinator, analyst or advisor
     */
    List<SiteMarker> markers(UUID incident, BulwarkUser reader);

    /** The latest answers of these sites, for the operations map to redraw what changed. */
    List<SiteMarker> markers(UUID incident, List<UUID> sites, BulwarkUser reader);

    /** How long the sites of a new incident have to answer before they are escalated, as configured. */
    Duration defaultEscalationWait();

    /** How long sites have to answer before they are escalated. */
    Duration escalationWait(UUID incident, BulwarkUser reader);

    /**
     * Changes how long the sites of an active incident have to answer before they are escalated.
     *
     * @param wait see {@link #checkedWait}
     * @throws IncidentsNotPermitted unless the person is a coordinator
     */
    void setEscalationWait(UUID incident, Duration wait, BulwarkUser coordinator);

    /**
     * What a status link is about.
     *
     * @throws StatusLinkRefused when it is tampered with, expired, used or no longer open
     */
    StatusLinkView openLink(String token);

    /**
     * Answers through a status link, which cannot answer again afterwards.
     *
     * @throws StatusLinkRefused when it is tampered with, expired, used or no longer open
     */
    StatusLinkView answerLink(String token, SiteStatus status, @Nullable String note);
}
