package org.bulwark.incidents;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What a coordinator enters to plan a major event; checked by {@link MajorEvents#plan}. */
public record MajorEventDraft(
        @Nullable String name,
        @Nullable Instant startsAt,
        @Nullable Instant endsAt,
        List<UUID> venues) {

    public MajorEventDraft {
        venues = venues == null ? List.of() : List.copyOf(venues);
    }
}
