package org.bulwark.risk.internal;

import java.util.Comparator;
import java.util.List;
import org.bulwark.risk.Assessment;
import org.bulwark.risk.RiskBand;
import org.bulwark.sites.Site;
import org.bulwark.threat.ThreatLevel;
import org.jspecify.annotations.Nullable;

/**
 * An assessment with the figures of each scenario, computed against the threat level in force now.
 *
 * @param region the region of the site's organisation, or null
 * @param levelCount how many levels the active scheme has
 */
public record ScoredAssessment(
        Assessment assessment,
        Site site,
        @Nullable String organisationName,
        @Nullable String region,
        ThreatLevel threatLevel,
        int levelCount,
        List<ScoredScenario> scenarios) {

    /** The highest residual band of the scenarios. */
    public RiskBand highestResidualBand() {
        return scenarios.stream()
                .map(s -> s.score().residualBand())
                .max(Comparator.naturalOrder())
                .orElse(RiskBand.LOW);
    }

    /** How many scenarios fall in each cell of the 5x5 residual matrix: [likelihood-1][consequence-1]. */
    public int[][] residualMatrix() {
        int[][] cells = new int[5][5];
        for (ScoredScenario s : scenarios) {
            cells[s.score().residualLikelihood() - 1][s.score().residualConsequence() - 1]++;
        }
        return cells;
    }

    /** How many scenarios fall in each cell of the 5x5 inherent matrix: [likelihood-1][consequence-1]. */
    public int[][] inherentMatrix() {
        int[][] cells = new int[5][5];
        for (ScoredScenario s : scenarios) {
            cells[s.score().likelihood() - 1][s.score().consequence() - 1]++;
        }
        return cells;
    }
}
