package org.bulwark.risk.internal;

import java.util.List;
import org.bulwark.risk.RiskBand;

/**
 * The figures of one scenario, as {@code docs/RISK-SCORING.md} defines them.
 *
 * @param suggestedLikelihood from the threat level and the sector's exposure
 * @param likelihood the assessor's override when given, the suggestion otherwise
 * @param recommendations measures not in place, most risk removed first
 * @param disproportionate demanded measures proportionate only from a band above the residual band
 */
public record ScenarioScore(
        int threatScore,
        int exposure,
        int suggestedLikelihood,
        int likelihood,
        int vulnerability,
        int capacityScore,
        int consequence,
        int inherent,
        RiskBand inherentBand,
        int residualLikelihood,
        int residualConsequence,
        int residual,
        RiskBand residualBand,
        List<Recommendation> recommendations,
        List<MitigationQuestion> disproportionate) {

    public boolean isDisproportionate(String questionCode) {
        return disproportionate.stream().anyMatch(q -> q.code().equals(questionCode));
    }
}
