package org.bulwark.risk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class RiskMapIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Sites sites;

    @Autowired
    RiskAssessments assessments;

    @Autowired
    JdbcClient jdbc;

    BulwarkUser advisor = RiskFixtures.user(Role.ADVISOR);
    RiskFixtures approved;
    RiskFixtures draftOnly;

    @BeforeEach
    void oneSiteWithAnApprovedAssessmentAndOneWithADraft() {
        approved = RiskFixtures.create(jdbc, sites, "Mapped", 12_000);
        Assessment assessment = assessments.start(approved.site().id(), approved.operator());
        assessments.update(assessment.id(), List.of(RiskFixtures.workedVehicle()), approved.operator());
        assessments.submit(assessment.id(), approved.operator());
        assessments.approve(assessment.id(), null, advisor);
        draftOnly = RiskFixtures.create(jdbc, sites, "Unmapped", 500);
        assessments.start(draftOnly.site().id(), draftOnly.operator());
    }

    @Test
    void theGeoJsonColoursSitesByTheHighestBandOfTheirLatestApprovedAssessment() throws Exception {
        String id = approved.site().id().toString();
        mvc.perform(get("/risk/map.geojson").with(user(advisor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("FeatureCollection"))
                .andExpect(jsonPath("$.features[?(@.properties.id == '" + id + "')].properties.band")
                        .value("HIGH"))
                .andExpect(jsonPath("$.features[?(@.properties.id == '" + id + "')].geometry.coordinates[0]")
                        .value(-0.12))
                .andExpect(jsonPath("$.features[*].properties.id")
                        .value(not(hasItem(draftOnly.site().id().toString()))));
    }

    @Test
    void operatorsSeeOnlyTheirOwnSitesOnTheRiskMapAndOversightNothing() throws Exception {
        mvc.perform(get("/risk/map.geojson").with(user(draftOnly.operator())))
                .andExpect(jsonPath("$.features[*].properties.id")
                        .value(not(hasItem(approved.site().id().toString()))));
        mvc.perform(get("/risk/map.geojson").with(user(approved.operator())))
                .andExpect(jsonPath("$.features.length()").value(1));
        mvc.perform(get("/risk/map").with(user(RiskFixtures.user(Role.OVERSEER))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/risk/map").with(user(approved.operator()))).andExpect(status().isOk());
    }

    @Test
    void theChartsCountSitesByBandPerSectorAndRegion() throws Exception {
        String html = mvc.perform(get("/risk/charts").with(user(approved.operator())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        Document page = Jsoup.parse(html);
        Element region = page.selectFirst("#by-region tr.chart-row[data-group=Centre]");
        assertThat(region).isNotNull();
        assertThat(region.select("td[data-band=HIGH]").text()).isEqualTo("1");
        assertThat(region.select("td.total").text()).isEqualTo("1");
        assertThat(region.select("rect[data-band=HIGH]").attr("width")).isEqualTo("400");
        assertThat(page.select("#by-sector tr.chart-row")).hasSize(1);
        assertThat(page.select("[style]")).isEmpty();
    }
}
