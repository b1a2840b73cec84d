package org.bulwark.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.bulwark.risk.Answer;

/** The monotonicity that makes the scoring fair to the people who put measures in place. */
class RiskScoringProperties {

    private static final List<String> SECTORS =
            List.of("stadia-arenas", "night-time-economy", "education", "transport", "retail", "unknown-sector");

    @Property
    void recordingAMitigationAsInPlaceNeverRaisesTheResidualRisk(
            @ForAll("scenarios") ScenarioInput scenario, @ForAll @IntRange(min = 0, max = 4) int questionIndex) {
        List<MitigationQuestion> questions = scenario.method().questions();
        MitigationQuestion question = questions.get(questionIndex % questions.size());

        ScenarioScore before = RiskScoring.score(scenario);
        ScenarioScore after = RiskScoring.score(scenario.withAnswer(question.code(), Answer.IN_PLACE));

        assertThat(after.residual()).isLessThanOrEqualTo(before.residual());
        assertThat(after.vulnerability()).isLessThanOrEqualTo(before.vulnerability());
        assertThat(after.inherent()).isEqualTo(before.inherent());
    }

    @Property
    void raisingTheThreatLevelNeverLowersASuggestedLikelihood(
            @ForAll @IntRange(min = 1, max = 7) int levelCount,
            @ForAll @IntRange(min = 1, max = 7) int lower,
            @ForAll @IntRange(min = 0, max = 6) int raise,
            @ForAll("sectors") String sector,
            @ForAll("methods") AttackMethod method) {
        int from = Math.min(lower, levelCount);
        int to = Math.min(from + raise, levelCount);

        int before = RiskScoring.suggestedLikelihood(from, levelCount, sector, method.code());
        int after = RiskScoring.suggestedLikelihood(to, levelCount, sector, method.code());

        assertThat(after).isGreaterThanOrEqualTo(before).isBetween(1, 5);
    }

    @Provide
    Arbitrary<String> sectors() {
        return Arbitraries.of(SECTORS);
    }

    @Provide
    Arbitrary<AttackMethod> methods() {
        return Arbitraries.of(WorkedExample.VEHICLE, WorkedExample.DRONE);
    }

    @Provide
    Arbitrary<ScenarioInput> scenarios() {
        Arbitrary<Answer> answer = Arbitraries.of(Answer.values()).injectNull(0.3);
        Arbitrary<List<Answer>> answers = answer.list().ofSize(5);
        Arbitrary<Integer> rating = Arbitraries.integers().between(1, 5);
        return Combinators.combine(
                        methods(),
                        sectors(),
                        Arbitraries.integers().between(1, 5),
                        rating.injectNull(0.5),
                        Arbitraries.integers().between(0, 100_000),
                        rating,
                        rating,
                        answers)
                .as((method, sector, rank, override, capacity, density, symbolic, given) -> {
                    Map<String, Answer> byCode = new HashMap<>();
                    for (int i = 0; i < method.questions().size(); i++) {
                        if (given.get(i) != null) {
                            byCode.put(method.questions().get(i).code(), given.get(i));
                        }
                    }
                    return new ScenarioInput(
                            method, sector, rank, 5, override, capacity, density, symbolic, byCode, Set.of());
                });
    }
}
