package org.bulwark.risk;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A risk assessment of one site: one scenario per attack method, in catalogue order.
 *
 * @param highestBand the highest residual band, stored when the assessment is approved; null before
 * @param version increases with every change, for optimistic locking
 */
public record Assessment(
        UUID id,
        UUID siteId,
        @Nullable UUID organisationId,
        AssessmentStatus status,
        @Nullable String reviewComment,
        UUID createdBy,
        String createdByName,
        Instant createdAt,
        Instant updatedAt,
        @Nullable String approvedByName,
        @Nullable Instant approvedAt,
        @Nullable RiskBand highestBand,
        int version,
        List<Scenario> scenarios) {

    public Assessment {
        scenarios = List.copyOf(scenarios);
    }

    public Optional<Scenario> scenario(String methodCode) {
        return scenarios.stream().filter(s -> s.methodCode().equals(methodCode)).findFirst();
    }
}
