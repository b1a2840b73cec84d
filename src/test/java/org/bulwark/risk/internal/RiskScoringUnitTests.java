package org.bulwark.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.bulwark.risk.Answer;
import org.bulwark.risk.RiskBand;
import org.junit.jupiter.api.Test;

/** Reproduces the worked example of docs/RISK-SCORING.md number for number. */
class RiskScoringUnitTests {

    @Test
    void theVehicleScenarioOfTheWorkedExampleScoresAsDocumented() {
        ScenarioScore score = RiskScoring.score(WorkedExample.vehicle());

        assertThat(score.threatScore()).isEqualTo(3);
        assertThat(score.exposure()).isEqualTo(1);
        assertThat(score.suggestedLikelihood()).isEqualTo(4);
        assertThat(score.likelihood()).isEqualTo(4);
        assertThat(RiskScoring.points(
                        WorkedExample.VEHICLE, WorkedExample.vehicle().answers()))
                .isEqualTo(9);
        assertThat(score.vulnerability()).isEqualTo(3);
        assertThat(score.capacityScore()).isEqualTo(4);
        assertThat(score.consequence()).isEqualTo(4);
        assertThat(score.inherent()).isEqualTo(16);
        assertThat(score.inherentBand()).isEqualTo(RiskBand.HIGH);
        assertThat(score.residualLikelihood()).isEqualTo(3);
        assertThat(score.residualConsequence()).isEqualTo(4);
        assertThat(score.residual()).isEqualTo(12);
        assertThat(score.residualBand()).isEqualTo(RiskBand.HIGH);
        assertThat(score.recommendations())
                .extracting(r -> r.question().code() + ":" + r.riskRemoved() + ":" + r.proportionate())
                .containsExactly("VAW-3:6:true", "VAW-4:6:true", "VAW-1:0:true");
        assertThat(score.disproportionate()).isEmpty();
    }

    @Test
    void theDroneScenarioOfTheWorkedExampleScoresAsDocumented() {
        ScenarioScore score = RiskScoring.score(WorkedExample.drone());

        assertThat(score.threatScore()).isEqualTo(3);
        assertThat(score.exposure()).isEqualTo(1);
        assertThat(score.suggestedLikelihood()).isEqualTo(4);
        assertThat(score.likelihood()).isEqualTo(2);
        assertThat(RiskScoring.points(WorkedExample.DRONE, WorkedExample.drone().answers()))
                .isEqualTo(9);
        assertThat(score.vulnerability()).isEqualTo(3);
        assertThat(score.consequence()).isEqualTo(4);
        assertThat(score.inherent()).isEqualTo(8);
        assertThat(score.inherentBand()).isEqualTo(RiskBand.MEDIUM);
        assertThat(score.residualLikelihood()).isEqualTo(2);
        assertThat(score.residualConsequence()).isEqualTo(4);
        assertThat(score.residual()).isEqualTo(8);
        assertThat(score.residualBand()).isEqualTo(RiskBand.MEDIUM);
        assertThat(score.recommendations())
                .extracting(r -> r.question().code() + ":" + r.riskRemoved() + ":" + r.proportionate())
                .containsExactly("UAS-2:5:true", "UAS-1:5:false");
        assertThat(score.disproportionate())
                .extracting(MitigationQuestion::code)
                .containsExactly("UAS-1");
        assertThat(score.isDisproportionate("UAS-1")).isTrue();
    }

    @Test
    void bandsCoverTheProductsOfTheMatrix() {
        assertThat(RiskBand.of(4)).isEqualTo(RiskBand.LOW);
        assertThat(RiskBand.of(5)).isEqualTo(RiskBand.MEDIUM);
        assertThat(RiskBand.of(10)).isEqualTo(RiskBand.MEDIUM);
        assertThat(RiskBand.of(12)).isEqualTo(RiskBand.HIGH);
        assertThat(RiskBand.of(25)).isEqualTo(RiskBand.HIGH);
        assertThatThrownBy(() -> RiskBand.of(26)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void threatRanksScaleToOneToFiveWhateverTheSchemeLength() {
        assertThat(RiskScoring.threatScore(1, 5)).isEqualTo(1);
        assertThat(RiskScoring.threatScore(5, 5)).isEqualTo(5);
        assertThat(RiskScoring.threatScore(1, 3)).isEqualTo(2);
        assertThat(RiskScoring.threatScore(2, 3)).isEqualTo(4);
        assertThat(RiskScoring.threatScore(3, 3)).isEqualTo(5);
    }

    @Test
    void nothingInPlaceLeavesResidualEqualToInherentAndEverythingInPlaceLowersItToTheFloor() {
        ScenarioInput none =
                new ScenarioInput(WorkedExample.VEHICLE, "retail", 5, 5, null, 50_000, 5, 5, Map.of(), Set.of());
        ScenarioScore score = RiskScoring.score(none);
        assertThat(score.vulnerability()).isEqualTo(5);
        assertThat(score.residual()).isEqualTo(score.inherent()).isEqualTo(25);

        ScenarioInput all = none;
        for (MitigationQuestion question : WorkedExample.VEHICLE.questions()) {
            all = all.withAnswer(question.code(), Answer.IN_PLACE);
        }
        ScenarioScore mitigated = RiskScoring.score(all);
        assertThat(mitigated.vulnerability()).isEqualTo(1);
        assertThat(mitigated.residual()).isEqualTo(1 * 3);
        assertThat(mitigated.recommendations()).isEmpty();
    }
}
