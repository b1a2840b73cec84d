package org.bulwark.incidents;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One item of a phase's checklist; the owner is a person or an organisation, as the coordinator wrote it. */
public record EventTask(
        UUID id,
        MajorEventPhase phase,
        String title,
        String owner,
        @Nullable Instant doneAt,
        @Nullable String doneBy) {

    public boolean isDone() {
        return doneAt != null;
    }
}
