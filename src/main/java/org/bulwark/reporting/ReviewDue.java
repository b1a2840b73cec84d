package org.bulwark.reporting;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A report that the purge removes soon unless someone who triages reviews it.
 *
 * @param purgeAt when the review period ends
 */
public record ReviewDue(
        UUID id,
        String reference,
        ReportState state,
        @Nullable String category,
        Instant changedAt,
        @Nullable Instant reviewedAt,
        Instant purgeAt) {}
