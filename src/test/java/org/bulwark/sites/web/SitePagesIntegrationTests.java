package org.bulwark.sites.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Role;
import org.bulwark.sites.Site;
import org.bulwark.sites.SiteFixtures;
import org.bulwark.sites.Sites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class SitePagesIntegrationTests {

    static final BulwarkUser COORDINATOR = SiteFixtures.user(Role.COORDINATOR);

    @Autowired
    MockMvc mvc;

    @Autowired
    Sites sites;

    @Autowired
    JdbcClient jdbc;

    @Test
    void listReturnsOnlyTheTableForHtmxAndTheWholePageOtherwise() throws Exception {
        String name = SiteFixtures.unique("Listed");
        sites.register(SiteFixtures.details(name, null, 250));

        String fragment = mvc.perform(get("/sites")
                        .param("q", name)
                        .header("HX-Request", "true")
                        .with(user(COORDINATOR)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(fragment)
                .doesNotContain("<html")
                .doesNotContain("site-filters")
                .contains("id=\"site-results\"");
        assertThat(Jsoup.parse(fragment).select("#site-table tbody tr")).hasSize(1);
        assertThat(fragment).contains(name).contains("Standard");

        mvc.perform(get("/sites").param("q", name).with(user(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("id=\"site-filters\"")))
                .andExpect(content().string(containsString(name)));
    }

    @Test
    void listFiltersByTierAndUse() throws Exception {
        String tag = SiteFixtures.unique("Filter");
        sites.register(SiteFixtures.details(tag + " small", null, 100));
        sites.register(SiteFixtures.details(tag + " large", null, 5000));

        Document page = Jsoup.parse(mvc.perform(get("/sites")
                        .param("q", tag)
                        .param("tier", "ENHANCED")
                        .param("use", "arena")
                        .header("HX-Request", "true")
                        .with(user(COORDINATOR)))
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(page.select("#site-table tbody tr").text())
                .contains(tag + " large")
                .doesNotContain(tag + " small");
    }

    @Test
    void formErrorsComeBackNextToTheFieldsAndNothingIsStored() throws Exception {
        long before = sites.count();

        String html = mvc.perform(post("/sites")
                        .param("name", "")
                        .param("address", "1 Street")
                        .param("latitude", "north")
                        .param("longitude", "-0.1")
                        .param("sector", "retail")
                        .param("useType", "market")
                        .param("capacity", "lots")
                        .with(user(COORDINATOR))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        Document page = Jsoup.parse(html);
        assertThat(page.select("#name-error").text()).isEqualTo("name is required");
        assertThat(page.select("#latitude-error").text()).isEqualTo("latitude 'north' is not a number");
        assertThat(page.select("#capacity-error").text()).isEqualTo("capacity 'lots' is not a whole number");
        assertThat(page.select("#address").val()).isEqualTo("1 Street");
        assertThat(sites.count()).isEqualTo(before);
    }

    @Test
    void formErrorsAreInTheReadersLanguage() throws Exception {
        String html = mvc.perform(post("/sites")
                        .param("lang", "fr")
                        .param("capacity", "beaucoup")
                        .with(user(COORDINATOR))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(Jsoup.parse(html).select("#capacity-error").text())
                .isEqualTo("la capacité « beaucoup » n’est pas un nombre entier");
    }

    @Test
    void aSiteCreatedThroughTheFormHasItsPageWithTheTierExplained() throws Exception {
        String name = SiteFixtures.unique("Form Arena");

        String location = mvc.perform(post("/sites")
                        .param("name", name)
                        .param("address", "5 Stadium Way")
                        .param("latitude", "51.555")
                        .param("longitude", "-0.279")
                        .param("sector", "stadia-arenas")
                        .param("useType", "stadium")
                        .param("capacity", "90000")
                        .param("openingHours", "Match days")
                        .with(user(COORDINATOR))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/sites/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        Document page = Jsoup.parse(mvc.perform(get(location).with(user(COORDINATOR)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("#site-name").text()).isEqualTo(name);
        assertThat(page.select("#tier-explanation").text()).isEqualTo("Enhanced: capacity 800 or more");
        assertThat(page.select("#site-map").attr("data-lat")).isEqualTo("51.555");

        mvc.perform(get(location + "/edit").with(user(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + name + "\"")));
    }

    @Test
    void movingASiteThroughTheFormKeepsItsIdentity() throws Exception {
        Site site = sites.register(SiteFixtures.details(SiteFixtures.unique("Mover"), null, 300));

        mvc.perform(post("/sites/{id}", site.id())
                        .param("name", site.details().name())
                        .param("address", "New place")
                        .param("latitude", "48.8566")
                        .param("longitude", "2.3522")
                        .param("sector", "stadia-arenas")
                        .param("useType", "arena")
                        .param("capacity", "300")
                        .param("version", "0")
                        .with(user(COORDINATOR))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        Site moved = sites.findById(site.id()).orElseThrow();
        assertThat(moved.details().location().latitude()).isEqualTo(48.8566);
        assertThat(moved.version()).isEqualTo(1);

        mvc.perform(post("/sites/{id}", site.id())
                        .param("name", site.details().name())
                        .param("address", "Stale")
                        .param("latitude", "48.8566")
                        .param("longitude", "2.3522")
                        .param("sector", "stadia-arenas")
                        .param("useType", "arena")
                        .param("capacity", "300")
                        .param("version", "0")
                        .with(user(COORDINATOR))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else changed this site")));
    }

    @Test
    void mapPageCarriesItsSettingsAndTheGeoJsonHonoursTheBoundingBox() throws Exception {
        String name = SiteFixtures.unique("Mapped");
        sites.register(SiteFixtures.details(name, null, 1000));

        Document page = Jsoup.parse(mvc.perform(get("/map").with(user(COORDINATOR)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("#site-map").attr("data-geojson-url")).isEqualTo("/sites/map.geojson");
        assertThat(page.select("#site-map").attr("data-tile-url")).isEmpty();
        assertThat(page.select("#map-legend li")).hasSize(3);
        assertThat(page.select("script[src*=markercluster]")).hasSize(1);

        mvc.perform(get("/sites/map.geojson")
                        .param("q", name)
                        .param("bbox", "-1,51,1,52")
                        .with(user(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("application/geo+json")))
                .andExpect(jsonPath("$.features.length()").value(1))
                .andExpect(jsonPath("$.features[0].properties.tier").value("ENHANCED"))
                .andExpect(jsonPath("$.features[0].properties.url", containsString("/sites/")));
        mvc.perform(get("/sites/map.geojson")
                        .param("q", name)
                        .param("bbox", "10,10,11,11")
                        .with(user(COORDINATOR)))
                .andExpect(jsonPath("$.features.length()").value(0));
    }

    @Test
    void importPageDocumentsTheColumnsAndOffersTheTemplate() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/sites/import").with(user(COORDINATOR)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(page.select("#import-columns tbody tr")).hasSize(12);
        assertThat(page.select("#import-template").attr("href")).isEqualTo("/sites/import/template.csv");
        assertThat(page.select("#import-form").attr("enctype")).isEqualTo("multipart/form-data");

        mvc.perform(post("/sites/import").with(user(COORDINATOR)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose a file to import.")))
                .andExpect(content().string(not(containsString("import-job"))));
    }
}
