package org.bulwark.risk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Role;
import org.bulwark.risk.Assessment;
import org.bulwark.risk.RiskAssessments;
import org.bulwark.risk.RiskFixtures;
import org.bulwark.sites.Sites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class AssessmentPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Sites sites;

    @Autowired
    RiskAssessments assessments;

    @Autowired
    JdbcClient jdbc;

    RiskFixtures fixtures;
    BulwarkUser advisor = RiskFixtures.user(Role.ADVISOR);

    @BeforeEach
    void aSiteOfAnOrganisationWithAnOperator() {
        fixtures = RiskFixtures.create(jdbc, sites, "Pages", 12_000);
    }

    @Test
    void anOperatorStartsAnAssessmentFromTheSitesAssessmentList() throws Exception {
        mvc.perform(get("/sites/{id}/assessments", fixtures.site().id()).with(user(fixtures.operator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("new-assessment")));
        mvc.perform(post("/sites/{id}/assessments", fixtures.site().id())
                        .with(user(fixtures.operator()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/assessments/*"));
        assertThat(assessments.ofSite(fixtures.site().id(), fixtures.operator()))
                .singleElement()
                .satisfies(a -> assertThat(a.createdByName())
                        .isEqualTo(fixtures.operator().displayName()));
        mvc.perform(get("/sites/{id}", fixtures.site().id()).with(user(fixtures.operator())))
                .andExpect(content()
                        .string(containsString("/sites/" + fixtures.site().id() + "/assessments")));
    }

    @Test
    void theAssessmentPageShowsTheFiguresMatrixRecommendationsAndDisproportionateFlags() throws Exception {
        Assessment assessment = assessments.start(fixtures.site().id(), fixtures.operator());
        assessments.update(
                assessment.id(),
                List.of(RiskFixtures.workedVehicle(), RiskFixtures.workedDrone()),
                fixtures.operator());

        String html = mvc.perform(get("/assessments/{id}", assessment.id()).with(user(fixtures.operator())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        Document page = Jsoup.parse(html);
        assertThat(page.select("#summary tr[data-method=VEHICLE_AS_WEAPON] .residual")
                        .text())
                .isEqualTo("12");
        assertThat(page.select("#summary tr[data-method=DRONE] .residual").text())
                .isEqualTo("8");
        // other scenarios are blank and depend on the threat level in force, so only a lower bound holds
        assertThat(Integer.parseInt(page.select("#residual-matrix td[data-likelihood=3][data-consequence=4]")
                        .attr("data-count")))
                .isGreaterThanOrEqualTo(1);
        assertThat(page.select("#residual-matrix td[data-likelihood=3][data-consequence=4]")
                        .hasClass("bg-danger-subtle"))
                .isTrue();
        assertThat(page.select("#residual-matrix td[data-likelihood=2][data-consequence=2]")
                        .hasClass("bg-success-subtle"))
                .isTrue();
        assertThat(page.select("#scenario-DRONE tr[data-question=UAS-1] .disproportionate"))
                .hasSize(1);
        assertThat(page.select("#scenario-VEHICLE_AS_WEAPON .disproportionate")).isEmpty();
        assertThat(page.select("#scenario-VEHICLE_AS_WEAPON ol.recommendations li")
                        .eachAttr("data-question"))
                .containsExactly("VAW-3", "VAW-4", "VAW-1");
        assertThat(page.select("[style]")).isEmpty();
    }

    @Test
    void aChangedLikelihoodWithoutAReasonComesBackWithTheMessageAndChangesNothing() throws Exception {
        Assessment assessment = assessments.start(fixtures.site().id(), fixtures.operator());

        String html = mvc.perform(post("/assessments/{id}/scenarios/{m}", assessment.id(), "FIRE")
                        .with(user(fixtures.operator()))
                        .with(csrf())
                        .param("likelihoodOverride", "5")
                        .param("likelihoodReason", "")
                        .param("crowdDensity", "4")
                        .param("symbolicValue", "3")
                        .param("answer.FIRE-1", "IN_PLACE"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();

        Document page = Jsoup.parse(html);
        assertThat(page.select("#scenario-FIRE .invalid-feedback").text())
                .contains("Give the reason for changing the suggested likelihood.");
        assertThat(page.select("#lo-FIRE option[selected]").val()).isEqualTo("5");
        Assessment after = assessments.get(assessment.id(), fixtures.operator());
        assertThat(after.version()).isZero();
        assertThat(after.scenario("FIRE").orElseThrow().answers()).isEmpty();
        assertThat(after.scenario("FIRE").orElseThrow().likelihoodOverride()).isNull();
    }

    @Test
    void anUnknownMethodIsRejectedAndAValidScenarioIsSaved() throws Exception {
        Assessment assessment = assessments.start(fixtures.site().id(), fixtures.operator());
        mvc.perform(post("/assessments/{id}/scenarios/{m}", assessment.id(), "TELEPORT")
                        .with(user(fixtures.operator()))
                        .with(csrf())
                        .param("crowdDensity", "3")
                        .param("symbolicValue", "3"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/assessments/{id}/scenarios/{m}", assessment.id(), "FIRE")
                        .with(user(fixtures.operator()))
                        .with(csrf())
                        .param("likelihoodOverride", "2")
                        .param("likelihoodReason", "Sprinklers throughout.")
                        .param("crowdDensity", "4")
                        .param("symbolicValue", "3")
                        .param("answer.FIRE-1", "IN_PLACE")
                        .param("demanded", "FIRE-4"))
                .andExpect(status().is3xxRedirection());
        Assessment after = assessments.get(assessment.id(), fixtures.operator());
        assertThat(after.version()).isEqualTo(1);
        assertThat(after.scenario("FIRE").orElseThrow().likelihoodOverride()).isEqualTo(2);
        assertThat(after.scenario("FIRE").orElseThrow().demanded()).containsExactly("FIRE-4");
    }

    @Test
    void theComparisonHighlightsWhatChangedBetweenTwoVersions() throws Exception {
        Assessment assessment = assessments.start(fixtures.site().id(), fixtures.operator());
        assessments.update(assessment.id(), List.of(RiskFixtures.workedVehicle()), fixtures.operator());
        assessments.submit(assessment.id(), fixtures.operator());
        assessments.returnForChanges(assessment.id(), "Add the drone scenario.", advisor);
        assessments.update(assessment.id(), List.of(RiskFixtures.workedDrone()), fixtures.operator());
        assessments.submit(assessment.id(), fixtures.operator());

        String html = mvc.perform(get("/assessments/{id}/compare", assessment.id())
                        .param("from", "1")
                        .param("to", "2")
                        .with(user(advisor)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        Document page = Jsoup.parse(html);
        List<String> changed = page.select("#comparison tr.changed").eachText();
        assertThat(changed)
                .anySatisfy(row -> assertThat(row).startsWith("UAS-2").endsWith("PARTLY"));
        assertThat(changed).anySatisfy(row -> assertThat(row).isEqualTo("Vulnerability 5 3"));
        assertThat(changed).noneSatisfy(row -> assertThat(row).startsWith("VAW-"));
        mvc.perform(get("/assessments/{id}/compare", assessment.id())
                        .param("from", "1")
                        .param("to", "9")
                        .with(user(advisor)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theReviewQueueListsSubmittedAssessmentsForAdvisorsOnly() throws Exception {
        Assessment assessment = assessments.start(fixtures.site().id(), fixtures.operator());
        assessments.submit(assessment.id(), fixtures.operator());

        mvc.perform(get("/assessments/review").with(user(advisor)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(fixtures.site().details().name())));
        mvc.perform(get("/assessments/review").with(user(fixtures.operator()))).andExpect(status().isForbidden());
        mvc.perform(post("/assessments/{id}/approve", assessment.id())
                        .with(user(advisor))
                        .with(csrf())
                        .param("comment", "Fine."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/assessments/{id}", assessment.id()).with(user(fixtures.operator())))
                .andExpect(content().string(containsString("sign-off")));
    }

    @Test
    void operatorsOfOtherOrganisationsAndOversightSeeNothing() throws Exception {
        RiskFixtures other = RiskFixtures.create(jdbc, sites, "Elsewhere", 300);
        Assessment assessment = assessments.start(fixtures.site().id(), fixtures.operator());

        mvc.perform(get("/assessments/{id}", assessment.id()).with(user(other.operator())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/sites/{id}/assessments", fixtures.site().id()).with(user(other.operator())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/sites/{id}/assessments", fixtures.site().id())
                        .with(user(other.operator()))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        for (Role role : List.of(Role.OVERSEER, Role.ADMIN)) {
            mvc.perform(get("/assessments/{id}", assessment.id()).with(user(RiskFixtures.user(role))))
                    .andExpect(status().isForbidden());
        }
    }
}
