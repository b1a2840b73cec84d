package org.bulwark.incidents;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An incident as a coordinator declares it; checked by {@link Incidents}, which names each field at fault.
 *
 * @param type an active attack-method code of the risk catalogue, or {@link Incidents#OTHER}
 * @param place where it happens, in words
 * @param occurredAt when it started
 * @param zones at least one zone; must not be null
 * @param event a major event it happened at or around, or null
 */
public record IncidentDraft(
        @Nullable String type,
        @Nullable String place,
        @Nullable Instant occurredAt,
        List<ZoneDraft> zones,
        @Nullable UUID event) {

    public IncidentDraft {
        zones = zones == null ? List.of() : List.copyOf(zones);
    }

    /** An incident linked to no major event. */
    public IncidentDraft(
            @Nullable String type, @Nullable String place, @Nullable Instant occurredAt, List<ZoneDraft> zones) {
        this(type, place, occurredAt, zones, null);
    }
}
