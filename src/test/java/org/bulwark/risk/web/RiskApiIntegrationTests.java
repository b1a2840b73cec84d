package org.bulwark.risk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Role;
import org.bulwark.risk.AssessmentCompleted;
import org.bulwark.risk.RiskAssessments;
import org.bulwark.risk.RiskFixtures;
import org.bulwark.sites.Sites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class RiskApiIntegrationTests {

    static final String WORKED_EXAMPLE = """
            {"scenarios": [
              {"methodCode": "VEHICLE_AS_WEAPON", "likelihoodOverride": 4, "likelihoodReason": "Pinned for the test.",
               "crowdDensity": 4, "symbolicValue": 3,
               "answers": {"VAW-1": "PARTLY", "VAW-2": "IN_PLACE", "VAW-3": "NOT_IN_PLACE", "VAW-5": "IN_PLACE"},
               "demanded": ["VAW-4"]},
              {"methodCode": "DRONE", "likelihoodOverride": 2, "likelihoodReason": "Restricted airspace.",
               "crowdDensity": 4, "symbolicValue": 3,
               "answers": {"UAS-1": "NOT_IN_PLACE", "UAS-2": "PARTLY", "UAS-3": "IN_PLACE", "UAS-4": "IN_PLACE"},
               "demanded": ["UAS-1"]}
            ]}
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    Sites sites;

    @Autowired
    RiskAssessments assessments;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    RiskFixtures fixtures;
    BulwarkUser advisor = RiskFixtures.user(Role.ADVISOR);

    @BeforeEach
    void aSite() {
        fixtures = RiskFixtures.create(jdbc, sites, "Api", 12_000);
    }

    @Test
    void anOperatorCreatesSubmitsAndAnAdvisorApprovesOverTheApi() throws Exception {
        String location = mvc.perform(
                        post("/api/v1/sites/{id}/assessments", fixtures.site().id())
                                .with(user(fixtures.operator()))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(WORKED_EXAMPLE))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/assessments/")))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.scenarios.length()").value(10))
                .andExpect(jsonPath("$.scenarios[?(@.methodCode == 'VEHICLE_AS_WEAPON')].residualRisk")
                        .value(12))
                .andExpect(jsonPath("$.scenarios[?(@.methodCode == 'VEHICLE_AS_WEAPON')].inherentBand")
                        .value("HIGH"))
                .andExpect(jsonPath("$.scenarios[?(@.methodCode == 'DRONE')].disproportionate[0]")
                        .value("UAS-1"))
                .andExpect(jsonPath("$.highestResidualBand").value("HIGH"))
                .andReturn()
                .getResponse()
                .getHeader("Location");
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));

        mvc.perform(post("/api/v1/assessments/{id}/submit", id).with(user(fixtures.operator())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.versions[0].number").value(1));
        mvc.perform(post("/api/v1/assessments/{id}/approve", id).with(user(fixtures.operator())))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/assessments/{id}/approve", id)
                        .with(user(advisor))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"comment\": \"Agreed.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.approvedBy").value(advisor.displayName()))
                .andExpect(jsonPath("$.versions[1].status").value("APPROVED"));
        mvc.perform(get("/api/v1/sites/{id}/assessments", fixtures.site().id()).with(user(fixtures.operator())))
                .andExpect(jsonPath("$[0].id").value(id.toString()))
                .andExpect(jsonPath("$[0].highestApprovedBand").value("HIGH"));
        assertThat(events.stream(AssessmentCompleted.class)).anySatisfy(e -> {
            assertThat(e.assessment()).isEqualTo(id);
            assertThat(e.version()).isEqualTo(2);
        });
        mvc.perform(post("/api/v1/assessments/{id}/submit", id).with(user(fixtures.operator())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
    }

    @Test
    void badInputIsAProblemNamingEachFieldAndCreatesNothing() throws Exception {
        mvc.perform(post("/api/v1/sites/{id}/assessments", fixtures.site().id())
                        .with(user(fixtures.operator()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"scenarios": [
                                  {"methodCode": "ALIENS"},
                                  {"methodCode": "FIRE", "likelihoodOverride": 6, "crowdDensity": 9},
                                  {"methodCode": "CBR", "answers": {"CBR-1": "SOMETIMES"}}
                                ]}
                                """))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("methodCode")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("FIRE.likelihoodOverride")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("FIRE.likelihoodReason")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("FIRE.crowdDensity")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("CBR.answers.CBR-1")));
        assertThat(assessments.ofSite(fixtures.site().id(), fixtures.operator()))
                .isEmpty();
    }

    @Test
    void otherOrganisationsAndUnknownAssessmentsAreNotFound() throws Exception {
        RiskFixtures other = RiskFixtures.create(jdbc, sites, "Api other", 100);
        mvc.perform(get("/api/v1/sites/{id}/assessments", fixtures.site().id()).with(user(other.operator())))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/assessments/{id}", UUID.randomUUID()).with(user(advisor)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/sites/{id}/assessments", fixtures.site().id())
                        .with(user(RiskFixtures.user(Role.INTEGRATION))))
                .andExpect(status().isForbidden());
    }
}
