package org.bulwark.risk;

import java.time.Instant;
import java.util.UUID;

/**
 * An advisor approved an assessment.
 *
 * @param version the number of the approved version
 * @param highestBand the highest residual band of its scenarios
 */
public record AssessmentCompleted(UUID assessment, UUID site, int version, RiskBand highestBand, Instant at) {}
