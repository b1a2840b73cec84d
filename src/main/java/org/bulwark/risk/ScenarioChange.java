package org.bulwark.risk;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an assessor states for one scenario; every field replaces the stored one.
 *
 * @param answers answer names (IN_PLACE, PARTLY, NOT_IN_PLACE) by question code; blank or absent is unanswered
 */
public record ScenarioChange(
        String methodCode,
        @Nullable Integer likelihoodOverride,
        @Nullable String likelihoodReason,
        @Nullable Integer crowdDensity,
        @Nullable Integer symbolicValue,
        @Nullable String comment,
        Map<String, String> answers,
        Set<String> demanded) {

    public ScenarioChange {
        answers = Map.copyOf(answers);
        demanded = Set.copyOf(demanded);
    }
}
