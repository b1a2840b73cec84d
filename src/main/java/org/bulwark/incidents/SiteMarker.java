package org.bulwark.incidents;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An affected site as the operations map draws it: where it is and its latest answer, null while unanswered. */
public record SiteMarker(
        UUID site,
        String name,
        double latitude,
        double longitude,
        @Nullable SiteStatus status) {}
