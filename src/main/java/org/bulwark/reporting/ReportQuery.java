package org.bulwark.reporting;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Filters of the queue; each null filter keeps everything. Reports merged into another are left out unless asked
 * for.
 *
 * @param from received at or after
 * @param to received before
 * @param text words found in the description, reference, plates, phone numbers or handles
 * @param unassigned only reports nobody is assigned to (the {@code assignee} filter is then ignored)
 * @param page from 0
 * @param size between 1 and 200
 */
public record ReportQuery(
        @Nullable ReportState state,
        @Nullable String category,
        @Nullable String sector,
        @Nullable ReportSource source,
        @Nullable UUID assignee,
        boolean unassigned,
        @Nullable Instant from,
        @Nullable Instant to,
        @Nullable String text,
        boolean withMerged,
        int page,
        int size) {

    public ReportQuery {
        page = Math.max(0, page);
        size = Math.min(200, Math.max(1, size));
    }

    /** Every report, first page of fifty. */
    public static ReportQuery all() {
        return new ReportQuery(null, null, null, null, null, false, null, null, null, false, 0, 50);
    }
}
