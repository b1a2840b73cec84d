package org.bulwark.incidents.web;

import java.util.List;
import java.util.UUID;
import org.bulwark.incidents.IncidentDraft;
import org.bulwark.incidents.InvalidIncident;
import org.jspecify.annotations.Nullable;

/** The declaration page's fields: the incident and its first zone; more zones are added on the incident's page. */
class DeclarationForm extends ZoneForm {

    private @Nullable String type;
    private @Nullable String place;
    private @Nullable String occurredAt;
    private @Nullable String escalationWaitMinutes;
    private @Nullable String event;

    /**
     * The incident to declare.
     *
     * @throws InvalidIncident when the event is not written as an event identifier
     */
    IncidentDraft incidentDraft() {
        return new IncidentDraft(type, place, time(occurredAt), List.of(draft()), eventId(event));
    }

    /** The event chosen, null for none. */
    static @Nullable UUID eventId(@Nullable String event) {
        if (event == null || event.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(event.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidIncident(List.of(
                    new InvalidIncident.Problem("event", "'" + event.strip() + "' is not an event identifier")));
        }
    }

    public @Nullable String getEvent() {
        return event;
    }

    public void setEvent(@Nullable String event) {
        this.event = event;
    }

    public @Nullable String getType() {
        return type;
    }

    public void setType(@Nullable String type) {
        this.type = type;
    }

    public @Nullable String getPlace() {
        return place;
    }

    public void setPlace(@Nullable String place) {
        this.place = place;
    }

    public @Nullable String getEscalationWaitMinutes() {
        return escalationWaitMinutes;
    }

    public void setEscalationWaitMinutes(@Nullable String escalationWaitMinutes) {
        this.escalationWaitMinutes = escalationWaitMinutes;
    }

    public @Nullable String getOccurredAt() {
        return occurredAt;
    }

    public void setOccurredAt(@Nullable String occurredAt) {
        this.occurredAt = occurredAt;
    }
}
