package org.bulwark.risk;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * The assessor's ratings for one attack method at one site.
 *
 * @param methodCode a code of the attack-method catalogue
 * @param likelihoodOverride the assessor's likelihood (1-5) replacing the suggested one, or null
 * @param likelihoodReason why the suggestion was overridden; required with an override
 * @param crowdDensity 1-5
 * @param symbolicValue 1-5
 * @param comment the assessor's remarks, or null
 * @param reviewComment the advisor's remarks, or null
 * @param answers answers by question code; unanswered questions are absent
 * @param demanded codes of the questions whose measure the assessor demands
 */
public record Scenario(
        String methodCode,
        @Nullable Integer likelihoodOverride,
        @Nullable String likelihoodReason,
        int crowdDensity,
        int symbolicValue,
        @Nullable String comment,
        @Nullable String reviewComment,
        Map<String, Answer> answers,
        Set<String> demanded) {

    public Scenario {
        Assert.hasText(methodCode, "methodCode must not be blank");
        answers = Map.copyOf(answers);
        demanded = Set.copyOf(demanded);
    }

    /** A scenario with nothing answered and middle ratings. */
    public static Scenario blank(String methodCode) {
        return new Scenario(methodCode, null, null, 3, 3, null, null, Map.of(), Set.of());
    }

    public @Nullable Answer answer(String questionCode) {
        return answers.get(questionCode);
    }
}
