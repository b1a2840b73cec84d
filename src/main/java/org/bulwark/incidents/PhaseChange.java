package org.bulwark.incidents;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One change of an event's phase. {@code from} is null for the phase the event was created in; {@code by} is null
 * when the switch to OPERATIONAL happened automatically.
 */
public record PhaseChange(
        @Nullable MajorEventPhase from,
        MajorEventPhase to,
        Instant at,
        @Nullable String by) {

    public boolean isAutomatic() {
        return from != null && by == null;
    }
}
