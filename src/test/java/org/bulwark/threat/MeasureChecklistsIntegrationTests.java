package org.bulwark.threat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Role;
import org.bulwark.sites.Site;
import org.bulwark.sites.Sites;
import org.bulwark.threat.internal.MeasureChecklists;
import org.bulwark.threat.internal.MeasureChecklists.ChecklistItem;
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
class MeasureChecklistsIntegrationTests {

    static final BulwarkUser COORDINATOR = MeasureFixtures.user(Role.COORDINATOR);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Sites sites;

    @Autowired
    ThreatLevels levels;

    @Autowired
    MeasureCatalogue catalogue;

    @Autowired
    MeasureChecklists checklists;

    MeasureFixtures.Organisation organisation;
    BulwarkUser operator;
    Site stadium;
    Site shop;

    @BeforeEach
    void anOrganisationWithAStadiumAndAShop() {
        organisation = MeasureFixtures.organisation(jdbc);
        operator = MeasureFixtures.operatorOf(jdbc, organisation);
        stadium =
                sites.register(MeasureFixtures.stadium("Checklist stadium " + organisation.name(), organisation.id()));
        shop = sites.register(MeasureFixtures.shop("Checklist shop " + organisation.name(), organisation.id()));
    }

    private List<String> activeCodes(Site site) {
        return checklists.checklist(site.id(), checklists.access(COORDINATOR)).items().stream()
                .map(item -> item.measure().code())
                .toList();
    }

    @Test
    void raisingTheStadiaLevelAddsTheMeasuresOfThatLevelToAStadiumButNotToAShop() {
        int stadiumRank =
                levels.effectiveFor("stadia-arenas", organisation.region()).rank();
        int shopRank = levels.effectiveFor("retail", organisation.region()).rank();
        int raisedRank = Math.max(stadiumRank, shopRank) + 1;
        assertThat(raisedRank)
                .as("another test left a level too high for this one")
                .isLessThanOrEqualTo(levels.activeScheme().levels().size());
        String code = MeasureFixtures.uniqueCode();
        catalogue.add(MeasureFixtures.draft(code, raisedRank));
        String previousStadiaLevel = levels.current(Scope.sector("stadia-arenas"))
                .map(l -> l.level().code())
                .orElse(levels.activeScheme().lowest().code());
        List<String> shopBefore = activeCodes(shop);
        assertThat(activeCodes(stadium)).doesNotContain(code);
        assertThat(shopBefore).doesNotContain(code);

        ThreatLevel raised = levels.activeScheme().level(raisedRank).orElseThrow();
        levels.change(
                new LevelChange(Scope.sector("stadia-arenas"), raised.code(), "Test", null, Visibility.PARTNERS),
                COORDINATOR);
        try {
            List<String> stadiumAfter = activeCodes(stadium);
            assertThat(stadiumAfter).contains(code);
            List<String> expected =
                    catalogue
                            .activeFor("stadia-arenas", stadium.details().useType(), stadium.tier(), raisedRank)
                            .stream()
                            .map(ProtectiveMeasure::code)
                            .toList();
            assertThat(stadiumAfter).containsExactlyElementsOf(expected);
            assertThat(activeCodes(shop)).isEqualTo(shopBefore).doesNotContain(code);
            assertThat(checklists
                            .checklist(stadium.id(), checklists.access(operator))
                            .item(code))
                    .get()
                    .extracting(ChecklistItem::toConfirm)
                    .isEqualTo(true);
        } finally {
            levels.change(
                    new LevelChange(
                            Scope.sector("stadia-arenas"), previousStadiaLevel, "Test over", null, Visibility.PARTNERS),
                    COORDINATOR);
            catalogue.retire(code, true);
        }
    }

    @Test
    void aStatementWithABadStatusOrWithoutTheNoteItNeedsIsRefusedAndChangesNothing() throws Exception {
        String code = "GAT-01";
        long before = jdbc.sql("select count(*) from threat_measure_confirmation where site_id = ?")
                .param(stadium.id())
                .query(Long.class)
                .single();

        Document badStatus = Jsoup.parse(mvc.perform(post("/sites/{id}/measures/{code}", stadium.id(), code)
                        .param("status", "MAYBE")
                        .with(user(operator))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(badStatus.select("#measure-GAT-01 .invalid-feedback").text()).contains("in place");

        Document missingNote = Jsoup.parse(mvc.perform(post("/sites/{id}/measures/{code}", stadium.id(), code)
                        .param("status", "PARTLY")
                        .param("note", "  ")
                        .with(user(operator))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(missingNote.select("#measure-GAT-01 .invalid-feedback").text())
                .contains("Explain in a note");

        assertThat(jdbc.sql("select count(*) from threat_measure_confirmation where site_id = ?")
                        .param(stadium.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void theOperatorConfirmsAMeasureAndTheStatementIsKeptWithWhoAndWhen() throws Exception {
        mvc.perform(post("/sites/{id}/measures/{code}", stadium.id(), "GAT-01")
                        .param("status", "NOT_POSSIBLE")
                        .param("note", "No budget this year")
                        .with(user(operator))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        ChecklistItem item = checklists
                .checklist(stadium.id(), checklists.access(operator))
                .item("GAT-01")
                .orElseThrow();
        assertThat(item.confirmation()).isNotNull();
        assertThat(item.confirmation().status()).isEqualTo(MeasureStatus.NOT_POSSIBLE);
        assertThat(item.confirmation().note()).isEqualTo("No budget this year");
        assertThat(item.confirmation().byName()).isEqualTo("Ola");
        mvc.perform(get("/sites/{id}/measures", stadium.id()).with(user(operator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No budget this year")));
        mvc.perform(get("/measures").with(user(operator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(stadium.details().name())))
                .andExpect(content().string(containsString(shop.details().name())));
    }

    @Test
    void anOperatorNeitherSeesNorConfirmsTheSitesOfAnotherOrganisation() throws Exception {
        MeasureFixtures.Organisation other = MeasureFixtures.organisation(jdbc);
        BulwarkUser stranger = MeasureFixtures.operatorOf(jdbc, other);

        mvc.perform(get("/sites/{id}/measures", stadium.id()).with(user(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/sites/{id}/measures/{code}", stadium.id(), "GAT-01")
                        .param("status", "IN_PLACE")
                        .with(user(stranger))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/measures").with(user(stranger)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(stadium.details().name()))));
        mvc.perform(get("/measures/map.geojson").with(user(stranger))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from threat_measure_confirmation where site_id = ?")
                        .param(stadium.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void analystsReadChecklistsButCannotConfirm() throws Exception {
        BulwarkUser analyst = MeasureFixtures.user(Role.ANALYST);
        mvc.perform(get("/sites/{id}/measures", stadium.id()).with(user(analyst)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("GAT-01")))
                .andExpect(content().string(not(containsString("confirm-form"))));
        mvc.perform(post("/sites/{id}/measures/{code}", stadium.id(), "GAT-01")
                        .param("status", "IN_PLACE")
                        .with(user(analyst))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/sites/{id}/measures", stadium.id()).with(user(MeasureFixtures.user(Role.OVERSEER))))
                .andExpect(status().isForbidden());
    }

    @Test
    void aMeasureThatIsNotActiveForTheSiteCannotBeConfirmed() throws Exception {
        mvc.perform(post("/sites/{id}/measures/{code}", shop.id(), "GAT-03")
                        .param("status", "IN_PLACE")
                        .with(user(operator))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("statement-error")));
        assertThat(jdbc.sql("select count(*) from threat_measure_confirmation where site_id = ?")
                        .param(shop.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void removingASiteLetsGoOfItsStatements() throws Exception {
        checklists.confirm(stadium.id(), "GAT-01", "IN_PLACE", null, checklists.access(operator));

        mvc.perform(post("/sites/{id}/delete", stadium.id())
                        .with(user(COORDINATOR))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .until(() -> jdbc.sql("select count(*) from threat_measure_confirmation where site_id = ?")
                                .param(stadium.id())
                                .query(Long.class)
                                .single()
                        == 0);
    }
}
