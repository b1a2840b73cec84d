package org.bulwark.incidents;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An incident with its zones in the order they were drawn.
 *
 * @param type an attack-method code of the risk catalogue, or {@link Incidents#OTHER}
 * @param event the major event it happened at or around, or null
 */
public record Incident(
        UUID id,
        String type,
        String place,
        Instant occurredAt,
        IncidentStatus status,
        String declaredBy,
        Instant declaredAt,
        @Nullable Instant closedAt,
        List<IncidentZone> zones,
        @Nullable UUID event) {

    public Incident {
        zones = List.copyOf(zones);
    }

    /** An incident linked to no major event. */
    public Incident(
            UUID id,
            String type,
            String place,
            Instant occurredAt,
            IncidentStatus status,
            String declaredBy,
            Instant declaredAt,
            @Nullable Instant closedAt,
            List<IncidentZone> zones) {
        this(id, type, place, occurredAt, status, declaredBy, declaredAt, closedAt, zones, null);
    }

    public boolean isClosed() {
        return status == IncidentStatus.CLOSED;
    }
}
