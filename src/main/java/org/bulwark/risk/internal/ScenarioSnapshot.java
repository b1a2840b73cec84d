package org.bulwark.risk.internal;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** One scenario of a version: its inputs and the figures computed from them, stored as JSON. */
public record ScenarioSnapshot(
        String methodCode,
        int suggestedLikelihood,
        @Nullable Integer likelihoodOverride,
        @Nullable String likelihoodReason,
        int likelihood,
        int vulnerability,
        int crowdDensity,
        int symbolicValue,
        int consequence,
        int inherent,
        String inherentBand,
        int residual,
        String residualBand,
        Map<String, String> answers,
        Set<String> demanded,
        @Nullable String comment,
        @Nullable String reviewComment) {}
