package org.bulwark.reporting;

import java.time.Instant;
import java.util.UUID;
import org.bulwark.geo.GeoPoint;
import org.jspecify.annotations.Nullable;

/** A report with a place, as a map of an area shows it: no content, only what it is, where and when it came. */
public record LocatedReport(
        UUID id,
        String reference,
        ReportState state,
        Instant receivedAt,
        @Nullable String category,
        GeoPoint position) {}
