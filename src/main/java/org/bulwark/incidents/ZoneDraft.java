package org.bulwark.incidents;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A zone as a coordinator draws or redraws it; checked by {@link Incidents}, which names each field at fault.
 *
 * @param kind null is reported as a missing kind
 * @param geoJson a GeoJSON Polygon, or a Feature with a Point and {@code properties.radius} for a circle
 * @param validFrom when the zone starts to apply; null is reported as missing
 * @param validUntil when it stops applying, after {@code validFrom}; null while open-ended
 */
public record ZoneDraft(
        @Nullable ZoneKind kind,
        @Nullable String geoJson,
        @Nullable Instant validFrom,
        @Nullable Instant validUntil) {}
