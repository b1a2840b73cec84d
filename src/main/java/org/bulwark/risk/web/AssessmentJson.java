package org.bulwark.risk.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.bulwark.risk.ScenarioChange;
import org.bulwark.risk.internal.AssessmentVersion;
import org.bulwark.risk.internal.MitigationQuestion;
import org.bulwark.risk.internal.ScoredAssessment;
import org.bulwark.risk.internal.ScoredScenario;
import org.jspecify.annotations.Nullable;

/** The JSON shapes of the assessment API. */
final class AssessmentJson {

    private AssessmentJson() {}

    /** What a caller states for one scenario; omitted collections are empty, omitted ratings default to 3. */
    record ScenarioInput(
            String methodCode,
            @Nullable Integer likelihoodOverride,
            @Nullable String likelihoodReason,
            @Nullable Integer crowdDensity,
            @Nullable Integer symbolicValue,
            @Nullable String comment,
            @Nullable Map<String, String> answers,
            @Nullable Set<String> demanded) {

        ScenarioChange change() {
            return new ScenarioChange(
                    methodCode == null ? "" : methodCode,
                    likelihoodOverride,
                    likelihoodReason,
                    crowdDensity,
                    symbolicValue,
                    comment,
                    answers == null ? Map.of() : answers,
                    demanded == null ? Set.of() : demanded);
        }
    }

    record ScenariosInput(@Nullable List<ScenarioInput> scenarios) {

        List<ScenarioChange> changes() {
            return scenarios == null
                    ? List.of()
                    : scenarios.stream().map(ScenarioInput::change).toList();
        }
    }

    record CommentInput(@Nullable String comment) {}

    record Recommendation(String questionCode, String text, int riskRemoved, boolean proportionate) {}

    record Scenario(
            String methodCode,
            String methodName,
            int suggestedLikelihood,
            @Nullable Integer likelihoodOverride,
            @Nullable String likelihoodReason,
            int likelihood,
            int vulnerability,
            int crowdDensity,
            int symbolicValue,
            int consequence,
            int inherentRisk,
            String inherentBand,
            int residualRisk,
            String residualBand,
            Map<String, String> answers,
            Set<String> demanded,
            List<String> disproportionate,
            List<Recommendation> recommendations,
            @Nullable String comment,
            @Nullable String reviewComment) {}

    record Version(int number, String status, String author, Instant createdAt, String threatLevel) {}

    record Summary(
            UUID id,
            UUID siteId,
            String status,
            String createdBy,
            Instant createdAt,
            Instant updatedAt,
            @Nullable String approvedBy,
            @Nullable Instant approvedAt,
            @Nullable String highestApprovedBand) {}

    record Assessment(
            UUID id,
            UUID siteId,
            String siteName,
            String status,
            String threatLevel,
            String highestResidualBand,
            String createdBy,
            Instant createdAt,
            Instant updatedAt,
            @Nullable String approvedBy,
            @Nullable Instant approvedAt,
            @Nullable String reviewComment,
            List<Scenario> scenarios,
            List<Version> versions) {}

    static Summary summary(org.bulwark.risk.Assessment a) {
        return new Summary(
                a.id(),
                a.siteId(),
                a.status().name(),
                a.createdByName(),
                a.createdAt(),
                a.updatedAt(),
                a.approvedByName(),
                a.approvedAt(),
                a.highestBand() == null ? null : a.highestBand().name());
    }

    static Assessment of(ScoredAssessment scored, List<AssessmentVersion> versions, Locale locale) {
        org.bulwark.risk.Assessment a = scored.assessment();
        return new Assessment(
                a.id(),
                a.siteId(),
                scored.site().details().name(),
                a.status().name(),
                scored.threatLevel().name(),
                scored.highestResidualBand().name(),
                a.createdByName(),
                a.createdAt(),
                a.updatedAt(),
                a.approvedByName(),
                a.approvedAt(),
                a.reviewComment(),
                scored.scenarios().stream().map(s -> scenario(s, locale)).toList(),
                versions.stream()
                        .map(v -> new Version(
                                v.number(), v.status().name(), v.authorName(), v.createdAt(), v.threatLevel()))
                        .toList());
    }

    private static Scenario scenario(ScoredScenario s, Locale locale) {
        Map<String, String> answers = new TreeMap<>();
        s.scenario().answers().forEach((code, answer) -> answers.put(code, answer.name()));
        return new Scenario(
                s.method().code(),
                s.method().name(locale),
                s.score().suggestedLikelihood(),
                s.scenario().likelihoodOverride(),
                s.scenario().likelihoodReason(),
                s.score().likelihood(),
                s.score().vulnerability(),
                s.scenario().crowdDensity(),
                s.scenario().symbolicValue(),
                s.score().consequence(),
                s.score().inherent(),
                s.score().inherentBand().name(),
                s.score().residual(),
                s.score().residualBand().name(),
                answers,
                new java.util.TreeSet<>(s.scenario().demanded()),
                s.score().disproportionate().stream()
                        .map(MitigationQuestion::code)
                        .toList(),
                s.score().recommendations().stream()
                        .map(r -> new Recommendation(
                                r.question().code(), r.question().text(locale), r.riskRemoved(), r.proportionate()))
                        .toList(),
                s.scenario().comment(),
                s.scenario().reviewComment());
    }
}
