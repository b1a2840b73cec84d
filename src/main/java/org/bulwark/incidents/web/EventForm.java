package org.bulwark.incidents.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bulwark.incidents.InvalidMajorEvent;
import org.bulwark.incidents.MajorEventDraft;
import org.jspecify.annotations.Nullable;

/** A major event as the form sends it: UTC times from {@code datetime-local} fields, venues as site identifiers. */
public class EventForm {

    private @Nullable String name;
    private @Nullable String startsAt;
    private @Nullable String endsAt;
    private @Nullable String venues;

    /**
     * The draft to plan.
     *
     * @throws InvalidMajorEvent when a venue is not written as a site identifier
     */
    MajorEventDraft draft() {
        List<UUID> ids = new ArrayList<>();
        List<InvalidMajorEvent.Problem> problems = new ArrayList<>();
        if (venues != null) {
            for (String word : venues.split("[\\s,;]+")) {
                if (word.isBlank()) {
                    continue;
                }
                try {
                    ids.add(UUID.fromString(word));
                } catch (IllegalArgumentException e) {
                    problems.add(new InvalidMajorEvent.Problem("venues", "'" + word + "' is not a site identifier"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidMajorEvent(problems);
        }
        return new MajorEventDraft(name, ZoneForm.time(startsAt), ZoneForm.time(endsAt), ids);
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public @Nullable String getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(@Nullable String startsAt) {
        this.startsAt = startsAt;
    }

    public @Nullable String getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(@Nullable String endsAt) {
        this.endsAt = endsAt;
    }

    public @Nullable String getVenues() {
        return venues;
    }

    public void setVenues(@Nullable String venues) {
        this.venues = venues;
    }
}
