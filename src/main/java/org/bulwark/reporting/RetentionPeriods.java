package org.bulwark.reporting;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The retention periods in force.
 *
 * @param unfounded how long a report closed as unfounded is kept after its last change
 * @param review how long any other report is kept after its last change unless it is reviewed
 * @param reviewWarning how long before the end of {@code review} a report is listed as due for review
 * @param purgeSchedule the cron expression of the purge job, or null when the job is off
 */
public record RetentionPeriods(
        Duration unfounded,
        Duration review,
        Duration reviewWarning,
        @Nullable String purgeSchedule) {}
