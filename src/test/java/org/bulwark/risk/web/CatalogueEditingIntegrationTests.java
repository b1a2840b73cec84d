package org.bulwark.risk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Role;
import org.bulwark.risk.Assessment;
import org.bulwark.risk.RiskAssessments;
import org.bulwark.risk.RiskFixtures;
import org.bulwark.risk.ScenarioChange;
import org.bulwark.risk.internal.Catalogue;
import org.bulwark.risk.internal.CatalogueEntry;
import org.bulwark.sites.Sites;
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

/**
 * Editing the catalogue. Questions are added to the bladed-marauding method, which no worked-example test reads,
 * and each test retires what it added, so the figures other tests compute for new drafts stay as shipped.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CatalogueEditingIntegrationTests {

    static final String METHOD = "MARAUDING_BLADED";

    @Autowired
    MockMvc mvc;

    @Autowired
    Sites sites;

    @Autowired
    RiskAssessments assessments;

    @Autowired
    Catalogue catalogue;

    @Autowired
    JdbcClient jdbc;

    RiskFixtures fixtures;
    BulwarkUser coordinator = RiskFixtures.user(Role.COORDINATOR);
    BulwarkUser advisor = RiskFixtures.user(Role.ADVISOR);

    @BeforeEach
    void aSiteOfAnOrganisationWithAnOperator() {
        fixtures = RiskFixtures.create(jdbc, sites, "Catalogue", 2_000);
    }

    static String uniqueCode() {
        return "MAB-T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    void add(String code, String textEn) throws Exception {
        mvc.perform(post("/risk/catalogue/methods/{m}/questions", METHOD)
                        .with(user(coordinator))
                        .with(csrf())
                        .param("code", code)
                        .param("textEn", textEn)
                        .param("textFr", "Question d’essai " + code)
                        .param("weight", "2")
                        .param("proportionateFrom", "MEDIUM"))
                .andExpect(status().is3xxRedirection());
    }

    void retire(String code) throws Exception {
        mvc.perform(post("/risk/catalogue/questions/{c}/retire", code)
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    String assessmentPage(UUID id) throws Exception {
        return mvc.perform(get("/assessments/{id}", id).with(user(fixtures.operator())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void aQuestionACoordinatorAddsIsOfferedInANewDraft() throws Exception {
        String code = uniqueCode();
        String text = "Stewards rehearse closing the concourse gates " + code + ".";
        add(code, text);
        try {
            mvc.perform(get("/risk/catalogue").with(user(coordinator)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(text)));
            assertThat(catalogue.method(METHOD).orElseThrow().question(code))
                    .hasValueSatisfying(q -> assertThat(q.weight()).isEqualTo(2));

            Assessment draft = assessments.start(fixtures.site().id(), fixtures.operator());
            assertThat(assessmentPage(draft.id())).contains(text);
            Assessment answered = assessments.update(
                    draft.id(),
                    List.of(new ScenarioChange(METHOD, null, null, 3, 3, null, Map.of(code, "IN_PLACE"), Set.of())),
                    fixtures.operator());
            assertThat(answered.scenario(METHOD).orElseThrow().answers()).containsKey(code);
        } finally {
            retire(code);
        }
    }

    @Test
    void aRetiredQuestionIsNotOfferedInANewDraftButAnApprovedVersionStillShowsIt() throws Exception {
        String code = uniqueCode();
        String text = "A rehearsed lockdown covers the east stand " + code + ".";
        add(code, text);
        Assessment assessment = assessments.start(fixtures.site().id(), fixtures.operator());
        assessments.update(
                assessment.id(),
                List.of(new ScenarioChange(METHOD, null, null, 3, 3, null, Map.of(code, "PARTLY"), Set.of())),
                fixtures.operator());
        assessments.submit(assessment.id(), fixtures.operator());
        assessments.approve(assessment.id(), "Fine.", advisor);

        mvc.perform(put("/api/v1/risk/catalogue/questions/{c}", code)
                        .with(user(coordinator))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"textEn": "%s", "textFr": "Confinement répété %s", "weight": 2,
                                 "proportionateFrom": "MEDIUM", "retired": true}
                                """.formatted(text, code)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.retired").value(true));

        assertThat(catalogue.method(METHOD).orElseThrow().question(code)).isEmpty();
        Assessment draft = assessments.start(fixtures.site().id(), fixtures.operator());
        assertThat(assessmentPage(draft.id())).doesNotContain(text);

        String approvedPage = assessmentPage(assessment.id());
        assertThat(approvedPage).contains(text);
        int last = jdbc.sql("select max(number) from risk_assessment_version where assessment_id = ?")
                .param(assessment.id())
                .query(Integer.class)
                .single();
        String html = mvc.perform(get("/assessments/{id}/compare", assessment.id())
                        .param("from", "1")
                        .param("to", String.valueOf(last))
                        .with(user(advisor)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("#comparison tr").eachText())
                .anySatisfy(row -> assertThat(row).startsWith(code + " " + text).endsWith("PARTLY"));
        mvc.perform(get("/api/v1/risk/catalogue").with(user(advisor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == '" + METHOD + "')].questions[?(@.code == '" + code + "')].retired")
                        .value(true));
    }

    @Test
    void aCoordinatorRenamesAMethodInBothLanguages() throws Exception {
        CatalogueEntry shipped = catalogue.entry(METHOD).orElseThrow();
        try {
            mvc.perform(post("/risk/catalogue/methods/{m}", METHOD)
                            .with(user(coordinator))
                            .with(csrf())
                            .param("nameEn", "Bladed attack")
                            .param("nameFr", "Attaque à l’arme blanche"))
                    .andExpect(status().is3xxRedirection());
            assertThat(catalogue.entry(METHOD).orElseThrow())
                    .extracting(CatalogueEntry::nameEn, CatalogueEntry::nameFr)
                    .containsExactly("Bladed attack", "Attaque à l’arme blanche");
            String html = mvc.perform(post("/risk/catalogue/methods/{m}", METHOD)
                            .with(user(coordinator))
                            .with(csrf())
                            .param("nameEn", "Bladed attack, renamed")
                            .param("nameFr", ""))
                    .andExpect(status().isBadRequest())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(Jsoup.parse(html).select("#nf-" + METHOD).hasClass("is-invalid"))
                    .isTrue();
            assertThat(catalogue.entry(METHOD).orElseThrow().nameEn()).isEqualTo("Bladed attack");
        } finally {
            catalogue.rename(METHOD, shipped.nameEn(), shipped.nameFr());
        }
    }

    @Test
    void badInputIsRefusedWithTheFieldNamedAndChangesNothing() throws Exception {
        List<CatalogueEntry> before = catalogue.entries();
        String code = uniqueCode();

        Document weight = refusedAdd(code, "A valid text.", "Un texte valable.", "9");
        assertThat(weight.select("#aw-" + METHOD).hasClass("is-invalid")).isTrue();
        assertThat(weight.select("#aw-" + METHOD + " + .invalid-feedback").text())
                .contains("1 to 3");

        Document french = refusedAdd(code, "A valid text.", "  ", "2");
        assertThat(french.select("#af-" + METHOD).hasClass("is-invalid")).isTrue();
        assertThat(french.select("#aw-" + METHOD).hasClass("is-invalid")).isFalse();
        assertThat(french.select("#ae-" + METHOD).text()).isEqualTo("A valid text.");

        Document duplicate = refusedAdd("VAW-1", "A valid text.", "Un texte valable.", "2");
        assertThat(duplicate.select("#ac-" + METHOD).hasClass("is-invalid")).isTrue();
        assertThat(duplicate.select("#ac-" + METHOD + " + .invalid-feedback").text())
                .contains("already used");

        mvc.perform(put("/api/v1/risk/catalogue/questions/{c}", "VAW-1")
                        .with(user(coordinator))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"textEn": "Changed", "textFr": "", "weight": 9, "proportionateFrom": "LOW"}
                                """))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'weight')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'textFr')]").exists());
        mvc.perform(put("/api/v1/risk/catalogue/questions/{c}", "NO-SUCH-CODE")
                        .with(user(coordinator))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"textEn": "A", "textFr": "B", "weight": 1, "proportionateFrom": "LOW"}
                                """))
                .andExpect(status().isNotFound());

        assertThat(catalogue.entries()).isEqualTo(before);
    }

    Document refusedAdd(String code, String textEn, String textFr, String weight) throws Exception {
        String html = mvc.perform(post("/risk/catalogue/methods/{m}/questions", METHOD)
                        .with(user(coordinator))
                        .with(csrf())
                        .param("code", code)
                        .param("textEn", textEn)
                        .param("textFr", textFr)
                        .param("weight", weight)
                        .param("proportionateFrom", "LOW"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("catalogue-error")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Jsoup.parse(html);
    }

    @Test
    void onlyCoordinatorsEditAndOnlyAdvisorsAnalystsAndCoordinatorsRead() throws Exception {
        BulwarkUser operator = fixtures.operator();
        mvc.perform(get("/risk/catalogue").with(user(operator))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/risk/catalogue").with(user(operator))).andExpect(status().isForbidden());
        mvc.perform(post("/risk/catalogue/methods/{m}/questions", METHOD)
                        .with(user(operator))
                        .with(csrf())
                        .param("code", uniqueCode())
                        .param("textEn", "x")
                        .param("textFr", "y")
                        .param("weight", "1")
                        .param("proportionateFrom", "LOW"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/risk/catalogue/questions/{c}", "VAW-1")
                        .with(user(advisor))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"textEn": "A", "textFr": "B", "weight": 1, "proportionateFrom": "LOW"}
                                """))
                .andExpect(status().isForbidden());
        mvc.perform(post("/risk/catalogue/questions/{c}/retire", "VAW-1")
                        .with(user(advisor))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        for (Role role : List.of(Role.ADVISOR, Role.ANALYST)) {
            mvc.perform(get("/risk/catalogue").with(user(RiskFixtures.user(role))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("VAW-1")))
                    .andExpect(content().string(not(containsString("/risk/catalogue/questions/VAW-1/retire"))));
        }
        mvc.perform(get("/assessments/review").with(user(coordinator)))
                .andExpect(content().string(containsString("/risk/catalogue")));
        assertThat(catalogue.method("VEHICLE_AS_WEAPON").orElseThrow().question("VAW-1"))
                .hasValueSatisfying(q -> assertThat(q.textEn()).startsWith("Rated barriers"));
    }
}
