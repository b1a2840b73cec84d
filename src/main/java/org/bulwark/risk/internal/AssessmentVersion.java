package org.bulwark.risk.internal;

import java.time.Instant;
import java.util.List;
import org.bulwark.risk.AssessmentStatus;

/** A frozen state of an assessment with every figure as it was computed then. */
public record AssessmentVersion(
        int number,
        AssessmentStatus status,
        java.util.UUID authorId,
        String authorName,
        Instant createdAt,
        String threatLevel,
        List<ScenarioSnapshot> scenarios) {}
