package org.bulwark.sharing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.UUID;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Role;
import org.bulwark.sharing.IndicatorReaders;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
@Import(IndicatorReaders.Configuration.class)
class IndicatorPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    IndicatorReaders readers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Test
    void theCatalogueIsGroupedByPartAndCategoryAndEveryEntryShowsItsTlpMarking() throws Exception {
        Document page = page(get("/indicators"), as(Role.ANALYST));

        assertThat(page.select("html")).isNotEmpty();
        assertThat(page.select("#part-a h2").text()).startsWith("Part A");
        assertThat(page.select("#part-a > article.indicator-category").eachAttr("id"))
                .containsSubsequence("indicator-breach-intrusion", "indicator-aviation-activity");
        assertThat(page.select("#part-b > article.indicator-category").eachAttr("id"))
                .containsSubsequence("indicator-eliciting-information", "indicator-sector-specific-incident");
        assertThat(page.select("#indicator-photography > .card-body > ul.indicator-examples > li"))
                .hasSizeBetween(2, 4);
        assertThat(page.select("#indicator-photography > .card-body > .indicator-marking .tlp-badge.tlp-green")
                        .text())
                .isEqualTo("TLP:GREEN");
        assertThat(page.select("#indicator-photography > .card-body > .indicator-marking .tlp-meaning")
                        .text())
                .isEqualTo(messages.getMessage("tlp.green.meaning", null, Locale.ENGLISH));
        assertThat(page.select("#indicator-transport-restricted-areas .indicator-audience")
                        .text())
                .contains("Transport");
        assertThat(page.select("#new-category")).isEmpty();
    }

    @Test
    void anHtmxRequestGetsTheResultsFragmentOnly() throws Exception {
        String fragment = mvc.perform(get("/indicators")
                        .param("q", "drone")
                        .header("HX-Request", "true")
                        .with(as(Role.OPERATOR)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(fragment).doesNotContain("<html", "<nav class=\"navbar").contains("id=\"indicator-results\"");
        Document results = Jsoup.parse(fragment);
        assertThat(results.select("#indicator-aviation-activity")).isNotEmpty();
        assertThat(results.select("#indicator-photography")).isEmpty();
        Document full = page(get("/indicators"), as(Role.OPERATOR));
        assertThat(full.select("form#indicator-filters").attr("hx-get")).isEqualTo("/indicators");
    }

    @Test
    void theSectorFilterKeepsThatSectorsIndicatorsOnly() throws Exception {
        Document page = page(get("/indicators").param("sector", "transport"), as(Role.COORDINATOR));

        assertThat(page.select("#indicator-transport-restricted-areas")).isNotEmpty();
        assertThat(page.select("#indicator-hotels-service-areas")).isEmpty();
        assertThat(page.select("#indicator-photography")).isNotEmpty();
        assertThat(page.select("#sector option[selected]").val()).isEqualTo("transport");
    }

    @Test
    void anOperatorSeesHotelIndicatorsOnlyWhenTheHotelSectorNamesThem() throws Exception {
        UUID retailer = readers.give(UUID.randomUUID(), "sector:retail");
        UUID hotelier = readers.give(UUID.randomUUID(), "sector:hotels-restaurants");

        assertThat(page(get("/indicators"), as(retailer, Role.OPERATOR)).select("#indicator-hotels-room-kept-closed"))
                .isEmpty();
        assertThat(page(get("/indicators"), as(hotelier, Role.OPERATOR)).select("#indicator-hotels-room-kept-closed"))
                .isNotEmpty();
    }

    @Test
    void aCoordinatorAddsACategoryAndASectorIndicatorThroughTheForms() throws Exception {
        String code = "form-category-" + suffix();
        Document form = page(get("/indicators/new"), as(Role.COORDINATOR));
        assertThat(form.select("form#indicator-form input[name=_csrf]")).isNotEmpty();
        assertThat(form.select("#tlp option[selected]").val()).isEqualTo("GREEN");

        mvc.perform(post("/indicators")
                        .with(as(Role.COORDINATOR))
                        .with(csrf())
                        .param("kind", "category")
                        .param("code", code)
                        .param("part", "A")
                        .param("nameEn", "Crowd crush attempt " + code)
                        .param("nameFr", "Tentative de bousculade " + code)
                        .param("descriptionEn", "Pushing a crowd towards a narrow exit on purpose.")
                        .param("descriptionFr", "Pousser délibérément une foule vers une sortie étroite.")
                        .param("examplesEn", "A group shoves from the back of a queue.\nSomeone shouts false alarms.")
                        .param(
                                "examplesFr",
                                "Un groupe pousse depuis l'arrière de la file.\nQuelqu'un crie de fausses alertes.")
                        .param("tlp", "GREEN"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/indicators#indicator-" + code));
        mvc.perform(post("/indicators")
                        .with(as(Role.COORDINATOR))
                        .with(csrf())
                        .param("kind", "sector")
                        .param("code", code + "-stadium")
                        .param("category", code)
                        .param("sector", "stadia-arenas")
                        .param("nameEn", "Pushing at the turnstiles")
                        .param("nameFr", "Bousculade aux tourniquets")
                        .param("descriptionEn", "Pushing at turnstiles as the gates open.")
                        .param("descriptionFr", "Bousculer aux tourniquets à l'ouverture des portes."))
                .andExpect(status().is3xxRedirection());

        Document page = page(get("/indicators"), as(Role.COORDINATOR));
        assertThat(page.select("#part-a #indicator-" + code + " h3").text()).contains("Crowd crush attempt");
        assertThat(page.select("#indicator-" + code + " > .card-body > ul.indicator-examples > li")
                        .eachText())
                .containsExactly("A group shoves from the back of a queue.", "Someone shouts false alarms.");
        assertThat(page.select("#indicator-" + code + "-stadium .indicator-audience")
                        .text())
                .contains("Stadia and arenas");
    }

    @Test
    void aCoordinatorEditsAnEntryAndWithdrawsIt() throws Exception {
        String code = "form-edit-" + suffix();
        create(code);
        Document edit = page(get("/indicators/{code}/edit", code), as(Role.COORDINATOR));
        assertThat(edit.select("#code").attr("readonly")).isNotNull();
        assertThat(edit.select("#audience option[selected]").eachAttr("value")).containsExactly("network");

        mvc.perform(post("/indicators/{code}", code)
                        .with(as(Role.COORDINATOR))
                        .with(csrf())
                        .param("part", "B")
                        .param("nameEn", "Renamed " + code)
                        .param("nameFr", "Renommé " + code)
                        .param("descriptionEn", "Still behaviour.")
                        .param("descriptionFr", "Toujours un comportement.")
                        .param("tlp", "AMBER")
                        .param("audience", "network", "sector:retail"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/indicators/{code}/activation", code)
                        .with(as(Role.COORDINATOR))
                        .with(csrf())
                        .param("active", "false"))
                .andExpect(redirectedUrlPattern("/indicators?inactive=true*"));

        Document withdrawn = page(get("/indicators").param("inactive", "true"), as(Role.COORDINATOR));
        assertThat(withdrawn.select("#part-b #indicator-" + code + " h3").text())
                .contains("Renamed");
        assertThat(withdrawn
                        .select("#indicator-" + code + " .tlp-badge.tlp-amber")
                        .text())
                .isEqualTo("TLP:AMBER");
        assertThat(page(get("/indicators"), as(Role.COORDINATOR)).select("#indicator-" + code))
                .isEmpty();
    }

    @Test
    void aFormWithMistakesComesBackWithEachErrorAndStoresNothing() throws Exception {
        long before = count();

        Document form = Jsoup.parse(mvc.perform(post("/indicators")
                        .with(as(Role.COORDINATOR))
                        .with(csrf())
                        .param("kind", "sector")
                        .param("code", "photography")
                        .param("category", "photography")
                        .param("sector", "spaceports")
                        .param("nameEn", "")
                        .param("nameFr", "Nom")
                        .param("descriptionEn", "Behaviour.")
                        .param("descriptionFr", "Comportement.")
                        .param("tlp", "PURPLE"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(form.select("#form-errors")).isNotEmpty();
        assertThat(form.select(".is-invalid").eachAttr("id")).contains("code", "sector", "nameEn", "tlp");
        assertThat(form.select("#code ~ .invalid-feedback").text()).contains("photography");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void onlyCoordinatorsOpenOrSendTheForms() throws Exception {
        long before = count();

        mvc.perform(get("/indicators/new").with(as(Role.OPERATOR))).andExpect(status().isForbidden());
        mvc.perform(get("/indicators/photography/edit").with(as(Role.ANALYST))).andExpect(status().isForbidden());
        mvc.perform(post("/indicators")
                        .with(as(Role.ANALYST))
                        .with(csrf())
                        .param("kind", "category")
                        .param("code", "refused-" + suffix())
                        .param("part", "A")
                        .param("nameEn", "Refused")
                        .param("nameFr", "Refusé")
                        .param("descriptionEn", "Refused.")
                        .param("descriptionFr", "Refusé."))
                .andExpect(status().isForbidden());
        mvc.perform(post("/indicators/photography/activation")
                        .with(as(Role.ADVISOR))
                        .with(csrf())
                        .param("active", "false"))
                .andExpect(status().isForbidden());

        assertThat(count()).isEqualTo(before);
        assertThat(page(get("/indicators"), as(Role.OPERATOR)).select("#indicator-photography"))
                .isNotEmpty();
    }

    @Test
    void theCatalogueIsForSignedInNetworkMembersOnly() throws Exception {
        mvc.perform(get("/indicators")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/indicators").with(as(Role.OVERSEER))).andExpect(status().isForbidden());
    }

    @Test
    void theFrenchPageShowsTheFrenchText() throws Exception {
        Document page = page(get("/indicators").param("lang", "fr"), as(Role.ADVISOR));

        assertThat(page.select("#indicator-photography h3").text()).contains("Prises de vues");
        assertThat(page.select("#part-b h2").text()).startsWith("Partie B");
    }

    private void create(String code) throws Exception {
        mvc.perform(post("/indicators")
                        .with(as(Role.COORDINATOR))
                        .with(csrf())
                        .param("kind", "category")
                        .param("code", code)
                        .param("part", "A")
                        .param("nameEn", "Entry " + code)
                        .param("nameFr", "Entrée " + code)
                        .param("descriptionEn", "Behaviour.")
                        .param("descriptionFr", "Comportement.")
                        .param("tlp", "GREEN"))
                .andExpect(status().is3xxRedirection());
    }

    private Document page(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private long count() {
        return jdbc.sql("select count(*) from indicator").query(Long.class).single();
    }

    static RequestPostProcessor as(Role role) {
        return as(UUID.randomUUID(), role);
    }

    static RequestPostProcessor as(UUID account, Role role) {
        return user(BulwarkUser.of(account, role.name().toLowerCase(Locale.ROOT), "Test " + role.name(), role));
    }

    static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
