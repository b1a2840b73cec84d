package org.bulwark.risk.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bulwark.risk.Answer;
import org.bulwark.risk.RiskBand;
import org.jspecify.annotations.Nullable;

/**
 * The scoring method of {@code docs/RISK-SCORING.md}: every function is monotone, so a measure put in place never
 * raises a residual risk and a higher threat level never lowers a suggested likelihood.
 */
public final class RiskScoring {

    private RiskScoring() {}

    public static boolean isRating(int value) {
        return value >= 1 && value <= 5;
    }

    /** The threat level's rank scaled to 1-5: ceil(5 x rank / levels). */
    public static int threatScore(int rank, int levelCount) {
        return ceilDiv(5 * rank, levelCount);
    }

    /** Threat score plus the sector's exposure, kept within 1-5. */
    public static int suggestedLikelihood(int rank, int levelCount, String sectorCode, String methodCode) {
        return clamp(threatScore(rank, levelCount) + SectorExposure.of(sectorCode, methodCode));
    }

    /** Half-points earned by the answers: weight x 2 in place, weight x 1 partly. */
    public static int points(AttackMethod method, java.util.Map<String, Answer> answers) {
        int points = 0;
        for (MitigationQuestion question : method.questions()) {
            Answer answer = answers.get(question.code());
            points += answer == null ? 0 : question.weight() * answer.credit();
        }
        return points;
    }

    /** 5 - round(4 x coverage), coverage = points / (2 x total weight), halves rounded up. */
    public static int vulnerability(AttackMethod method, java.util.Map<String, Answer> answers) {
        int total = method.totalWeight();
        int points = points(method, answers);
        return 5 - Math.floorDiv(4 * points + total, 2 * total);
    }

    /** 1 below 100 people, 2 below 1,000, 3 below 5,000, 4 below 20,000, 5 from 20,000. */
    public static int capacityScore(int capacity) {
        if (capacity < 100) {
            return 1;
        }
        if (capacity < 1_000) {
            return 2;
        }
        if (capacity < 5_000) {
            return 3;
        }
        return capacity < 20_000 ? 4 : 5;
    }

    /** ceil((capacity score + crowd density + symbolic value) / 3). */
    public static int consequence(int capacity, int crowdDensity, int symbolicValue) {
        return ceilDiv(capacityScore(capacity) + crowdDensity + symbolicValue, 3);
    }

    /** ceil(likelihood x vulnerability / 5). */
    public static int residualLikelihood(int likelihood, int vulnerability) {
        return ceilDiv(likelihood * vulnerability, 5);
    }

    /** ceil(consequence x (vulnerability + 5) / 10). */
    public static int residualConsequence(int consequence, int vulnerability) {
        return ceilDiv(consequence * (vulnerability + 5), 10);
    }

    /** Scores a scenario. */
    public static ScenarioScore score(ScenarioInput input) {
        AttackMethod method = input.method();
        int threat = threatScore(input.threatRank(), input.levelCount());
        int exposure = SectorExposure.of(input.sectorCode(), method.code());
        int suggested = clamp(threat + exposure);
        int likelihood = input.likelihoodOverride() == null ? suggested : input.likelihoodOverride();
        int consequence = consequence(input.capacity(), input.crowdDensity(), input.symbolicValue());
        int vulnerability = vulnerability(method, input.answers());
        int residual = residual(likelihood, consequence, vulnerability);
        RiskBand residualBand = RiskBand.of(residual);
        List<Recommendation> recommendations = new ArrayList<>();
        for (MitigationQuestion question : method.questions()) {
            @Nullable Answer answer = input.answers().get(question.code());
            if (answer == Answer.IN_PLACE) {
                continue;
            }
            int after = residual(
                    likelihood,
                    consequence,
                    vulnerability(
                            method,
                            input.withAnswer(question.code(), Answer.IN_PLACE).answers()));
            recommendations.add(new Recommendation(
                    question,
                    answer,
                    residual - after,
                    !question.proportionateFrom().isAbove(residualBand)));
        }
        recommendations.sort(Comparator.comparingInt(Recommendation::riskRemoved)
                .reversed()
                .thenComparing(r -> r.question().weight(), Comparator.reverseOrder())
                .thenComparingInt(r -> r.question().position()));
        List<MitigationQuestion> disproportionate = method.questions().stream()
                .filter(q -> input.demanded().contains(q.code()))
                .filter(q -> q.proportionateFrom().isAbove(residualBand))
                .toList();
        return new ScenarioScore(
                threat,
                exposure,
                suggested,
                likelihood,
                vulnerability,
                capacityScore(input.capacity()),
                consequence,
                likelihood * consequence,
                RiskBand.of(likelihood * consequence),
                residualLikelihood(likelihood, vulnerability),
                residualConsequence(consequence, vulnerability),
                residual,
                residualBand,
                List.copyOf(recommendations),
                disproportionate);
    }

    static int residual(int likelihood, int consequence, int vulnerability) {
        return residualLikelihood(likelihood, vulnerability) * residualConsequence(consequence, vulnerability);
    }

    private static int clamp(int value) {
        return Math.max(1, Math.min(5, value));
    }

    private static int ceilDiv(int a, int b) {
        return Math.floorDiv(a + b - 1, b);
    }
}
