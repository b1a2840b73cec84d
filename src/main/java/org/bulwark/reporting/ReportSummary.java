package org.bulwark.reporting;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A line of the queue or of an organisation's list of reports. */
public record ReportSummary(
        UUID id,
        String reference,
        ReportSource source,
        ReportState state,
        @Nullable Instant observedAt,
        Instant receivedAt,
        Instant changedAt,
        @Nullable String sector,
        @Nullable String category,
        @Nullable String siteName,
        String excerpt,
        @Nullable UUID assignee,
        @Nullable String assigneeName,
        @Nullable String mergedIntoReference) {}
