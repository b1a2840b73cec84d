package org.bulwark.incidents;

import java.util.List;
import java.util.UUID;
import org.bulwark.identity.BulwarkUser;

/**
 * The stakeholders of major events. Whoever may change an event (coordinators) adds and removes them; whoever may
 * read an event reads them. A failed change changes nothing.
 */
public interface EventStakeholders {

    /**
     * Adds a stakeholder to the event.
     *
     * @throws InvalidMajorEvent naming every field to correct: an unknown or unapproved organisation, both or neither
     *     of organisation and name, a missing role or responsibility, the same organisation twice in one role
     * @throws MajorEventNotFound when there is no such event
     * @throws IncidentsNotPermitted unless the person is a coordinator
     */
    Stakeholder add(UUID event, StakeholderDraft draft, BulwarkUser coordinator);

    /**
     * Removes a stakeholder from the event.
     *
     * @throws MajorEventNotFound when the event has no such stakeholder
     */
    void remove(UUID event, UUID stakeholder, BulwarkUser coordinator);

    /** The event's stakeholders in the order they were added; never returns null. */
    List<Stakeholder> list(UUID event, BulwarkUser reader);
}
