package org.bulwark.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.bulwark.identity.Role;
import org.bulwark.risk.Assessment;
import org.bulwark.risk.AssessmentStatus;
import org.bulwark.risk.RiskAssessments;
import org.bulwark.risk.RiskFixtures;
import org.bulwark.sites.Sites;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class DemoAssessmentsIntegrationTests {

    @Autowired
    RiskAssessments assessments;

    @Autowired
    Sites sites;

    @Autowired
    JdbcClient jdbc;

    @Test
    void bothDemoAssessmentsAreAcceptedByTheRiskModuleAndEndApproved() {
        for (int index = 0; index < 2; index++) {
            RiskFixtures fixtures = RiskFixtures.create(jdbc, sites, "Demo", 8_000);

            Assessment approved = DemoAssessments.approved(
                    assessments, fixtures.site().id(), index, fixtures.operator(), RiskFixtures.user(Role.ADVISOR));

            assertThat(approved.status()).isEqualTo(AssessmentStatus.APPROVED);
            assertThat(approved.highestBand()).isNotNull();
            assertThat(approved.createdByName()).isEqualTo(fixtures.operator().displayName());
            assertThat(approved.scenarios())
                    .filteredOn(s -> !s.answers().isEmpty())
                    .hasSize(DemoAssessments.scenarios(index).size());
        }
    }
}
