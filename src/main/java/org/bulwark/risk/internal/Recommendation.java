package org.bulwark.risk.internal;

import org.bulwark.risk.Answer;
import org.jspecify.annotations.Nullable;

/**
 * A measure not (fully) in place, with the residual risk it would remove once in place.
 *
 * @param current the answer given, or null when unanswered
 * @param riskRemoved residual score now minus residual score with the measure in place, 0 or more
 * @param proportionate whether the scenario's residual band reaches the band the measure is proportionate from
 */
public record Recommendation(
        MitigationQuestion question, @Nullable Answer current, int riskRemoved, boolean proportionate) {}
