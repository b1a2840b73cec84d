package org.bulwark.risk.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bulwark.partners.OrganisationSummary;
import org.bulwark.partners.PartnerDirectory;
import org.bulwark.risk.Assessment;
import org.bulwark.risk.AssessmentNotFound;
import org.bulwark.risk.AssessmentStatus;
import org.bulwark.risk.Scenario;
import org.bulwark.sites.Site;
import org.bulwark.sites.Sites;
import org.bulwark.threat.ThreatLevel;
import org.bulwark.threat.ThreatLevels;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Computes the figures of an assessment from its site, the threat level in force and the catalogue. */
@Component
public class AssessmentScoring {

    private final Sites sites;
    private final PartnerDirectory partners;
    private final ThreatLevels threatLevels;
    private final Catalogue catalogue;

    AssessmentScoring(Sites sites, PartnerDirectory partners, ThreatLevels threatLevels, Catalogue catalogue) {
        this.sites = sites;
        this.partners = partners;
        this.threatLevels = threatLevels;
        this.catalogue = catalogue;
    }

    public ScoredAssessment score(Assessment assessment) {
        Site site = sites.findById(assessment.siteId())
                .orElseThrow(() -> new AssessmentNotFound("The assessed site no longer exists."));
        UUID organisationId = site.details().organisationId();
        OrganisationSummary organisation = organisationId == null
                ? null
                : partners.organisation(organisationId).orElse(null);
        @Nullable String region = organisation == null ? null : organisation.region();
        ThreatLevel level = threatLevels.effectiveFor(site.details().sectorCode(), region);
        int levelCount = threatLevels.activeScheme().levels().size();
        int rank = Math.min(level.rank(), levelCount);
        Map<String, Scenario> byMethod =
                assessment.scenarios().stream().collect(Collectors.toMap(Scenario::methodCode, s -> s));
        List<ScoredScenario> scored = new ArrayList<>();
        boolean frozen =
                assessment.status() == AssessmentStatus.SUBMITTED || assessment.status() == AssessmentStatus.APPROVED;
        Set<String> retired = catalogue.entries().stream()
                .flatMap(e -> e.questions().stream())
                .filter(CatalogueEntry.Question::retired)
                .map(CatalogueEntry.Question::code)
                .collect(Collectors.toSet());
        for (AttackMethod full : catalogue.methodsWithRetiredQuestions()) {
            Scenario scenario = byMethod.get(full.code());
            if (scenario == null) {
                continue;
            }
            // A submitted or approved assessment keeps the retired questions it answered; drafts no longer ask them.
            AttackMethod method = full.keeping(q -> !retired.contains(q.code())
                    || (frozen
                            && (scenario.answers().containsKey(q.code())
                                    || scenario.demanded().contains(q.code()))));
            ScenarioInput input = new ScenarioInput(
                    method,
                    site.details().sectorCode(),
                    rank,
                    levelCount,
                    scenario.likelihoodOverride(),
                    site.details().capacity(),
                    scenario.crowdDensity(),
                    scenario.symbolicValue(),
                    scenario.answers(),
                    scenario.demanded());
            scored.add(new ScoredScenario(method, scenario, RiskScoring.score(input)));
        }
        return new ScoredAssessment(
                assessment,
                site,
                organisation == null ? null : organisation.name(),
                region,
                level,
                levelCount,
                List.copyOf(scored));
    }

    /** The frozen form of each scenario. */
    public static List<ScenarioSnapshot> snapshot(ScoredAssessment scored) {
        return scored.scenarios().stream()
                .map(s -> new ScenarioSnapshot(
                        s.method().code(),
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
                        s.scenario().answers().entrySet().stream()
                                .collect(Collectors.toMap(
                                        Map.Entry::getKey, e -> e.getValue().name())),
                        s.scenario().demanded(),
                        s.scenario().comment(),
                        s.scenario().reviewComment()))
                .toList();
    }
}
