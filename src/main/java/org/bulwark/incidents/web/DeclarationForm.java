package org.bulwark.incidents.web;

import java.util.List;
import org.bulwark.incidents.IncidentDraft;
import org.jspecify.annotations.Nullable;

/** The declaration page's fields: the incident and its first zone; more zones are added on the incident's page. */
class DeclarationForm extends ZoneForm {

    private @Nullable String type;
    private @Nullable String place;
    private @Nullable String occurredAt;
    private @Nullable String escalationWaitMinutes;

    IncidentDraft incidentDraft() {
        return new IncidentDraft(type, place, time(occurredAt), List.of(draft()));
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
