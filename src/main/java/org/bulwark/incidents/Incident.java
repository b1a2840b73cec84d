package org.bulwark.incidents;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An incident with its zones in the order they were drawn.
 *
 * @param type an attack-method code of the risk catalogue, or {@link Incidents#OTHER}
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
        List<IncidentZone> zones) {

    public Incident {
        zones = List.copyOf(zones);
    }

    public boolean isClosed() {
        return status == IncidentStatus.CLOSED;
    }
}
