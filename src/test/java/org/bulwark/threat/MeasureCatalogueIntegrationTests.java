package org.bulwark.threat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Role;
import org.bulwark.sites.Site;
import org.bulwark.sites.Sites;
import org.bulwark.sites.Tier;
import org.bulwark.sites.UseType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class MeasureCatalogueIntegrationTests {

    static final BulwarkUser COORDINATOR = MeasureFixtures.user(Role.COORDINATOR);

    @Autowired
    MeasureCatalogue catalogue;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Sites sites;

    @Test
    void theShippedCatalogueHasTheThirteenVigipirateDomainsAndAPresetForCrowdedPlaces() {
        assertThat(catalogue.domains()).hasSize(13);
        assertThat(catalogue.domain("GAT").orElseThrow().name(Locale.FRENCH)).isEqualTo("Rassemblements");
        assertThat(catalogue.measures().stream().filter(m -> m.code().matches("[A-Z]{3}-0[0-9]")))
                .hasSizeGreaterThanOrEqualTo(25);
        ProtectiveMeasure bagSearch = catalogue.measure("GAT-03").orElseThrow();
        assertThat(bagSearch.fromRank()).isEqualTo(3);
        assertThat(bagSearch.appliesTo("stadia-arenas", UseType.STADIUM, Tier.ENHANCED))
                .isTrue();
        assertThat(bagSearch.appliesTo("retail", UseType.RETAIL_STORE, Tier.STANDARD))
                .isFalse();
        assertThat(catalogue.measure("GAT-01").orElseThrow().permanent()).isTrue();
        assertThat(catalogue.measure("BLD-04").orElseThrow().tiers()).containsExactly(Tier.ENHANCED);
    }

    @Test
    void aMeasureWithMistakesIsRefusedFieldByFieldAndNothingIsStored() {
        long before = jdbc.sql("select count(*) from threat_measure")
                .query(Long.class)
                .single();
        MeasureDraft wrong = new MeasureDraft(
                "gat 3", "NOPE", " ", "", List.of("no-such-sector"), List.of("spaceport"), List.of("TOP"), 9);

        assertThatThrownBy(() -> catalogue.add(wrong))
                .isInstanceOfSatisfying(
                        InvalidMeasure.class,
                        ex -> assertThat(ex.violations())
                                .extracting(InvalidMeasure.Violation::field)
                                .containsExactly(
                                        "code",
                                        "domainCode",
                                        "textEn",
                                        "textFr",
                                        "sectors",
                                        "useTypes",
                                        "tiers",
                                        "fromRank"));
        assertThatThrownBy(() -> catalogue.add(MeasureFixtures.draft("GAT-03", null)))
                .isInstanceOfSatisfying(
                        InvalidMeasure.class,
                        ex -> assertThat(ex.violations())
                                .extracting(InvalidMeasure.Violation::code)
                                .containsExactly("measures.error.code.taken"));
        assertThat(jdbc.sql("select count(*) from threat_measure")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void coordinatorAddsAMeasureOnThePageAndSeesMistakesNextToTheFields() throws Exception {
        String code = MeasureFixtures.uniqueCode();
        mvc.perform(post("/measures/catalogue")
                        .with(user(COORDINATOR))
                        .with(csrf())
                        .param("code", code)
                        .param("domainCode", "GAT")
                        .param("textEn", "")
                        .param("textFr", "Texte")
                        .param("fromRank", "3"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("invalid-feedback")))
                .andExpect(content().string(containsString("Say what to do.")));
        assertThat(catalogue.measure(code)).isEmpty();

        mvc.perform(post("/measures/catalogue")
                        .with(user(COORDINATOR))
                        .with(csrf())
                        .param("code", code)
                        .param("domainCode", "GAT")
                        .param("textEn", "Check queues")
                        .param("textFr", "Vérifier les files")
                        .param("sectors", "stadia-arenas")
                        .param("useTypes", "stadium", "arena")
                        .param("tiers", "ENHANCED")
                        .param("fromRank", "4"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/measures/catalogue"));

        ProtectiveMeasure added = catalogue.measure(code).orElseThrow();
        assertThat(added.useTypes()).containsExactlyInAnyOrder(UseType.STADIUM, UseType.ARENA);
        assertThat(added.fromRank()).isEqualTo(4);
        mvc.perform(get("/measures/catalogue").param("q", code).with(user(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Check queues")))
                .andExpect(content().string(containsString("From SEVERE")));
        mvc.perform(get("/measures/catalogue")
                        .param("q", code)
                        .param("lang", "fr")
                        .with(user(COORDINATOR)))
                .andExpect(content().string(containsString("Vérifier les files")));
    }

    @Test
    void aMeasureThatSitesHaveConfirmedIsRetiredRatherThanDeleted() throws Exception {
        String code = MeasureFixtures.uniqueCode();
        catalogue.add(MeasureFixtures.draft(code, null));
        Site site = sites.register(MeasureFixtures.shop("Retire shop " + code, null));
        jdbc.sql("insert into threat_measure_confirmation (site_id, measure_code, status, confirmed_by,"
                        + " confirmed_by_name, confirmed_at) values (?, ?, 'IN_PLACE', ?, 'Ola', current_timestamp)")
                .params(site.id(), code, COORDINATOR.accountId())
                .update();

        mvc.perform(post("/measures/catalogue/{c}/removal", code)
                        .with(user(COORDINATOR))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(catalogue.measure(code)).isPresent();

        mvc.perform(post("/measures/catalogue/{c}/retirement", code)
                        .param("retired", "true")
                        .with(user(COORDINATOR))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(catalogue.measure(code).orElseThrow().retired()).isTrue();
        assertThat(catalogue.activeFor("retail", UseType.RETAIL_STORE, Tier.STANDARD, 5))
                .extracting(ProtectiveMeasure::code)
                .doesNotContain(code);

        String unused = MeasureFixtures.uniqueCode();
        catalogue.add(MeasureFixtures.draft(unused, 2));
        mvc.perform(post("/measures/catalogue/{c}/removal", unused)
                        .with(user(COORDINATOR))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(catalogue.measure(unused)).isEmpty();
    }

    @Test
    void onlyCoordinatorsEditTheCatalogueAndOperatorsDoNotSeeIt() throws Exception {
        mvc.perform(get("/measures/catalogue").with(user(MeasureFixtures.user(Role.OPERATOR))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/measures/catalogue").with(user(MeasureFixtures.user(Role.ADVISOR))))
                .andExpect(status().isOk());
        mvc.perform(get("/measures/catalogue/new").with(user(MeasureFixtures.user(Role.ADVISOR))))
                .andExpect(status().isForbidden());
    }

    @Test
    void coordinatorRenamesAnActionDomainAndABlankNameIsRefused() throws Exception {
        mvc.perform(post("/measures/catalogue/domains/MAR")
                        .with(user(COORDINATOR))
                        .with(csrf())
                        .param("nameEn", "")
                        .param("nameFr", "Maritime"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Give the name.")));
        assertThat(catalogue.domain("MAR").orElseThrow().nameEn()).isEqualTo("Maritime and river");
    }
}
