package org.bulwark.risk.internal;

import java.util.Map;
import java.util.Set;
import org.bulwark.risk.Answer;
import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * What the scoring of one scenario needs.
 *
 * @param threatRank rank of the level in force for the site, 1 to {@code levelCount}
 * @param levelCount how many levels the active scheme has
 * @param likelihoodOverride the assessor's likelihood (1-5) replacing the suggestion, or null
 * @param capacity the site's capacity
 * @param crowdDensity 1-5
 * @param symbolicValue 1-5
 * @param answers answers by question code; a missing question is unanswered
 * @param demanded codes of the questions whose measure the assessor demands
 */
public record ScenarioInput(
        AttackMethod method,
        String sectorCode,
        int threatRank,
        int levelCount,
        @Nullable Integer likelihoodOverride,
        int capacity,
        int crowdDensity,
        int symbolicValue,
        Map<String, Answer> answers,
        Set<String> demanded) {

    public ScenarioInput {
        Assert.notNull(method, "method must not be null");
        Assert.isTrue(levelCount >= 1, "a scheme has at least one level");
        Assert.isTrue(threatRank >= 1 && threatRank <= levelCount, "threatRank lies within the scheme");
        Assert.isTrue(likelihoodOverride == null || RiskScoring.isRating(likelihoodOverride), "likelihood is 1-5");
        Assert.isTrue(RiskScoring.isRating(crowdDensity), "crowd density is 1-5");
        Assert.isTrue(RiskScoring.isRating(symbolicValue), "symbolic value is 1-5");
        Assert.isTrue(capacity >= 0, "capacity must not be negative");
        answers = Map.copyOf(answers);
        demanded = Set.copyOf(demanded);
    }

    /** The same scenario with one question answered differently. */
    public ScenarioInput withAnswer(String questionCode, Answer answer) {
        Map<String, Answer> changed = new java.util.HashMap<>(answers);
        changed.put(questionCode, answer);
        return new ScenarioInput(
                method,
                sectorCode,
                threatRank,
                levelCount,
                likelihoodOverride,
                capacity,
                crowdDensity,
                symbolicValue,
                changed,
                demanded);
    }
}
