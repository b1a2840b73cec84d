package org.bulwark.reporting.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long reports are kept, written as ISO-8601 durations in days such as {@code P90D}.
 *
 * @param unfounded how long a report closed as unfounded is kept after its last change
 * @param review how long any other report is kept after its last change unless someone who triages reviews it;
 *     at most five years
 * @param reviewWarning how long before the end of {@code review} a report is listed as due for review
 * @param purgeCron when the purge job runs, in the network's zone; {@code -} turns the job off
 */
@ConfigurationProperties("bulwark.reporting.retention")
public record RetentionSettings(
        @DefaultValue("P90D") Duration unfounded,
        @DefaultValue("P1825D") Duration review,
        @DefaultValue("P30D") Duration reviewWarning,
        @DefaultValue("0 30 3 * * *") String purgeCron) {

    /** The longest any report is kept without a review, as the safeguards require. */
    public static final Duration MOST = Duration.ofDays(1825);

    public RetentionSettings {
        if (unfounded.isNegative() || unfounded.isZero() || review.isNegative() || review.isZero()) {
            throw new IllegalArgumentException("Retention periods must be positive.");
        }
        if (review.compareTo(MOST) > 0) {
            throw new IllegalArgumentException("bulwark.reporting.retention.review may not exceed " + MOST + ".");
        }
        if (reviewWarning.isNegative() || reviewWarning.compareTo(review) >= 0) {
            throw new IllegalArgumentException("The review warning must be shorter than the review period.");
        }
    }
}
