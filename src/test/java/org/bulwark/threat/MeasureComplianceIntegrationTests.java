package org.bulwark.threat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Role;
import org.bulwark.sites.Site;
import org.bulwark.sites.Sites;
import org.bulwark.threat.internal.MeasureChecklists;
import org.bulwark.threat.internal.MeasureChecklists.SiteCompliance;
import org.bulwark.threat.internal.MeasureChecklists.StatusCounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class MeasureComplianceIntegrationTests {

    static final BulwarkUser COORDINATOR = MeasureFixtures.user(Role.COORDINATOR);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Sites sites;

    @Autowired
    MeasureChecklists checklists;

    MeasureFixtures.Organisation organisation;
    BulwarkUser operator;
    Site stadium;

    @BeforeEach
    void aStadium() {
        organisation = MeasureFixtures.organisation(jdbc);
        operator = MeasureFixtures.operatorOf(jdbc, organisation);
        stadium =
                sites.register(MeasureFixtures.stadium("Compliance stadium " + organisation.name(), organisation.id()));
    }

    private StatusCounts countsOf(Site site) {
        return checklists.compliance(checklists.access(COORDINATOR)).sites().stream()
                .filter(s -> s.site().id().equals(site.id()))
                .map(SiteCompliance::counts)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aStatementOverTheApiMovesAMeasureFromToConfirmToItsStatusInTheFigures() throws Exception {
        StatusCounts before = countsOf(stadium);
        assertThat(before.toConfirm()).isEqualTo(before.total()).isPositive();

        mvc.perform(put("/api/v1/sites/{id}/measures/{code}", stadium.id(), "GAT-01")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"PARTLY\",\"note\":\"Half the staff trained\"}")
                        .with(user(operator))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PARTLY"))
                .andExpect(jsonPath("$.toConfirm").value(false));

        StatusCounts after = countsOf(stadium);
        assertThat(after.partly()).isEqualTo(before.partly() + 1);
        assertThat(after.toConfirm()).isEqualTo(before.toConfirm() - 1);
        assertThat(after.total()).isEqualTo(before.total());
        mvc.perform(get("/api/v1/sites/{id}/measures", stadium.id()).with(user(operator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.toConfirm").value(after.toConfirm()))
                .andExpect(jsonPath("$.measures[?(@.code == 'GAT-01')].note").value(hasItem("Half the staff trained")));
    }

    @Test
    void aBadStatementOverTheApiIsAProblemThatNamesTheFieldAndChangesNothing() throws Exception {
        mvc.perform(put("/api/v1/sites/{id}/measures/{code}", stadium.id(), "GAT-01")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"NOT_POSSIBLE\"}")
                        .with(user(operator))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.errors[0].field").value("note"));
        mvc.perform(put("/api/v1/sites/{id}/measures/{code}", stadium.id(), "GAT-01")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"DONE\",\"note\":\"x\"}")
                        .with(user(operator))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(put("/api/v1/sites/{id}/measures/{code}", java.util.UUID.randomUUID(), "GAT-01")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"IN_PLACE\"}")
                        .with(user(operator))
                        .with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")));
        assertThat(jdbc.sql("select count(*) from threat_measure_confirmation where site_id = ?")
                        .param(stadium.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void coordinatorsSeeComplianceChartsBySectorAndRegionAndTheMap() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/measures").with(user(COORDINATOR)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("#by-sector svg.compliance-bar")).isNotEmpty();
        assertThat(page.select("#by-region th").eachText()).contains(organisation.region());
        assertThat(page.select("[style]")).isEmpty();

        mvc.perform(get("/measures/map").with(user(COORDINATOR))).andExpect(status().isOk());
        mvc.perform(get("/measures/map.geojson").with(user(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("FeatureCollection"))
                .andExpect(jsonPath("$.features[?(@.id == '" + stadium.id() + "')].properties.percentInPlace")
                        .value(hasItem(0)));
        mvc.perform(get("/api/v1/measures/compliance").with(user(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.bySector['stadia-arenas'].total").isNumber());
        mvc.perform(get("/api/v1/measures/compliance").with(user(operator))).andExpect(status().isForbidden());
    }

    @Test
    void theCatalogueIsReadableOverTheApiWithTheLevelNames() throws Exception {
        mvc.perform(get("/api/v1/measures").with(user(operator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'GAT-03')].fromLevel").value(hasItem("SUBSTANTIAL")))
                .andExpect(jsonPath("$[?(@.code == 'GAT-01')].permanent").value(hasItem(true)));
        mvc.perform(get("/v3/api-docs").with(user(COORDINATOR)))
                .andExpect(content().string(containsString("/api/v1/sites/{id}/measures/{code}")));
    }
}
