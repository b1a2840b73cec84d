package org.bulwark.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Role;
import org.bulwark.risk.Answer;
import org.bulwark.risk.Assessment;
import org.bulwark.risk.AssessmentCompleted;
import org.bulwark.risk.AssessmentNotFound;
import org.bulwark.risk.AssessmentStatus;
import org.bulwark.risk.InvalidAssessment;
import org.bulwark.risk.RiskBand;
import org.bulwark.risk.RiskFixtures;
import org.bulwark.risk.ScenarioChange;
import org.bulwark.sites.Sites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.web.server.ResponseStatusException;

@SpringBootTest
@RecordApplicationEvents
class AssessmentWorkflowIntegrationTests {

    @Autowired
    AssessmentService assessments;

    @Autowired
    Sites sites;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    RiskFixtures fixtures;
    BulwarkUser advisor = RiskFixtures.user(Role.ADVISOR);

    @BeforeEach
    void anOrganisationWithAnOperatorAndASite() {
        fixtures = RiskFixtures.create(jdbc, sites, "Workflow", 12_000);
    }

    @Test
    void aStartedAssessmentHasOneBlankScenarioPerMethod() {
        Assessment assessment = assessments.start(fixtures.site().id(), fixtures.operator());

        assertThat(assessment.status()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(assessment.scenarios()).hasSize(10);
        assertThat(assessment.scenarios())
                .allSatisfy(s -> assertThat(s.answers()).isEmpty());
    }

    @Test
    void theOperatorsAnswersAreScoredAsTheWorkedExampleSays() {
        Assessment assessment = assessments.start(fixtures.site().id(), fixtures.operator());
        assessments.update(
                assessment.id(),
                List.of(RiskFixtures.workedVehicle(), RiskFixtures.workedDrone()),
                fixtures.operator());

        ScoredAssessment scored = assessments.scored(assessment.id(), fixtures.operator());
        ScenarioScore vehicle = scenario(scored, "VEHICLE_AS_WEAPON");
        ScenarioScore drone = scenario(scored, "DRONE");
        assertThat(List.of(vehicle.likelihood(), vehicle.vulnerability(), vehicle.consequence(), vehicle.inherent()))
                .containsExactly(4, 3, 4, 16);
        assertThat(vehicle.residual()).isEqualTo(12);
        assertThat(List.of(drone.likelihood(), drone.vulnerability(), drone.inherent(), drone.residual()))
                .containsExactly(2, 3, 8, 8);
        assertThat(drone.disproportionate())
                .extracting(MitigationQuestion::code)
                .containsExactly("UAS-1");
        assertThat(scored.highestResidualBand()).isEqualTo(RiskBand.HIGH);
    }

    @Test
    void anInvalidChangeNamesEveryFieldAndChangesNothing() {
        Assessment assessment = assessments.start(fixtures.site().id(), fixtures.operator());
        assessments.update(assessment.id(), List.of(RiskFixtures.workedVehicle()), fixtures.operator());

        List<ScenarioChange> bad = List.of(
                new ScenarioChange("DRONE", 7, "x", 0, 3, null, Map.of("UAS-1", "IN_PLACE"), Set.of()),
                new ScenarioChange("TELEPORT", null, null, 3, 3, null, Map.of(), Set.of()),
                new ScenarioChange("FIRE", 3, " ", 3, 3, null, Map.of("VAW-1", "IN_PLACE"), Set.of()),
                new ScenarioChange("CBR", null, null, 3, 3, null, Map.of("CBR-1", "MAYBE"), Set.of()));

        assertThatThrownBy(() -> assessments.update(assessment.id(), bad, fixtures.operator()))
                .isInstanceOfSatisfying(
                        InvalidAssessment.class,
                        e -> assertThat(e.violations())
                                .extracting(InvalidAssessment.Violation::field)
                                .containsExactlyInAnyOrder(
                                        "DRONE.likelihoodOverride",
                                        "DRONE.crowdDensity",
                                        "methodCode",
                                        "FIRE.likelihoodReason",
                                        "FIRE.answers.VAW-1",
                                        "CBR.answers.CBR-1"));
        Assessment after = assessments.get(assessment.id(), fixtures.operator());
        assertThat(after.scenario("DRONE").orElseThrow().answers()).isEmpty();
        assertThat(after.scenario("VEHICLE_AS_WEAPON").orElseThrow().answer("VAW-2"))
                .isEqualTo(Answer.IN_PLACE);
        assertThat(after.version()).isEqualTo(1);
    }

    @Test
    void submittingReturningAndApprovingKeepsEachSubmittedAndApprovedStateAsAVersion() {
        Assessment assessment = assessments.start(fixtures.site().id(), fixtures.operator());
        assessments.update(assessment.id(), List.of(RiskFixtures.workedVehicle()), fixtures.operator());
        assessments.submit(assessment.id(), fixtures.operator());

        assertThatThrownBy(() ->
                        assessments.update(assessment.id(), List.of(RiskFixtures.workedDrone()), fixtures.operator()))
                .isInstanceOfSatisfying(
                        InvalidAssessment.class, e -> assertThat(e.conflict()).isTrue());
        assertThatThrownBy(() -> assessments.returnForChanges(assessment.id(), " ", advisor))
                .isInstanceOf(InvalidAssessment.class);
        assessments.returnForChanges(assessment.id(), "Answer the drone checklist too.", advisor);
        assessments.update(assessment.id(), List.of(RiskFixtures.workedDrone()), fixtures.operator());
        assessments.submit(assessment.id(), fixtures.operator());
        assessments.commentScenario(assessment.id(), "DRONE", "Detection is not needed here.", advisor);
        Assessment approved = assessments.approve(assessment.id(), "Agreed.", advisor);

        assertThat(approved.status()).isEqualTo(AssessmentStatus.APPROVED);
        assertThat(approved.approvedByName()).isEqualTo(advisor.displayName());
        assertThat(approved.highestBand()).isEqualTo(RiskBand.HIGH);
        List<AssessmentVersion> versions = assessments.versions(assessment.id(), advisor);
        assertThat(versions)
                .extracting(v -> v.number() + ":" + v.status())
                .containsExactly("1:SUBMITTED", "2:SUBMITTED", "3:APPROVED");
        assertThat(versions.get(0).scenarios())
                .filteredOn(s -> s.methodCode().equals("DRONE"))
                .singleElement()
                .satisfies(s -> assertThat(s.answers()).isEmpty());
        assertThat(versions.get(2).scenarios())
                .filteredOn(s -> s.methodCode().equals("DRONE"))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.answers()).containsEntry("UAS-2", "PARTLY");
                    assertThat(s.residual()).isEqualTo(8);
                    assertThat(s.reviewComment()).isEqualTo("Detection is not needed here.");
                });
        assertThat(events.stream(AssessmentCompleted.class))
                .filteredOn(e -> e.assessment().equals(assessment.id()))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.version()).isEqualTo(3);
                    assertThat(e.site()).isEqualTo(fixtures.site().id());
                    assertThat(e.highestBand()).isEqualTo(RiskBand.HIGH);
                });
        assertThatThrownBy(() -> assessments.approve(assessment.id(), null, advisor))
                .isInstanceOf(InvalidAssessment.class);
    }

    @Test
    void operatorsCannotReviewAndCannotSeeOtherOrganisationsAssessments() {
        RiskFixtures other = RiskFixtures.create(jdbc, sites, "Other", 500);
        Assessment theirs = assessments.start(other.site().id(), other.operator());
        assessments.submit(theirs.id(), other.operator());

        assertThatThrownBy(() -> assessments.get(theirs.id(), fixtures.operator()))
                .isInstanceOf(AssessmentNotFound.class);
        assertThatThrownBy(() -> assessments.start(other.site().id(), fixtures.operator()))
                .isInstanceOf(AssessmentNotFound.class);
        assertThatThrownBy(() -> assessments.approve(theirs.id(), null, other.operator()))
                .isInstanceOf(ResponseStatusException.class);
        assertThatThrownBy(() -> assessments.get(theirs.id(), RiskFixtures.user(Role.OVERSEER)))
                .isInstanceOf(ResponseStatusException.class);
        assertThatThrownBy(() -> assessments.get(theirs.id(), RiskFixtures.user(Role.ADMIN)))
                .isInstanceOf(ResponseStatusException.class);
    }

    private static ScenarioScore scenario(ScoredAssessment scored, String method) {
        return scored.scenarios().stream()
                .filter(s -> s.method().code().equals(method))
                .findFirst()
                .orElseThrow()
                .score();
    }
}
