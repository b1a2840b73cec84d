package org.bulwark.sites.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Role;
import org.bulwark.sites.Site;
import org.bulwark.sites.SiteFixtures;
import org.bulwark.sites.Sites;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class SiteApiIntegrationTests {

    static final BulwarkUser COORDINATOR = SiteFixtures.user(Role.COORDINATOR);

    @Autowired
    MockMvc mvc;

    @Autowired
    Sites sites;

    @Autowired
    JdbcClient jdbc;

    @Test
    void listIsJsonByDefaultAndGeoJsonWhenTheClientAcceptsIt() throws Exception {
        String name = SiteFixtures.unique("Api Arena");
        sites.register(SiteFixtures.details(name, null, 900));

        mvc.perform(get("/api/v1/sites").param("q", name).with(user(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.content[0].name").value(name))
                .andExpect(jsonPath("$.content[0].tier").value("ENHANCED"))
                .andExpect(jsonPath("$.content[0].tierExplanation").value("Enhanced: capacity 800 or more"))
                .andExpect(jsonPath("$.totalElements").value(1));

        mvc.perform(get("/api/v1/sites")
                        .param("q", name)
                        .accept(MediaType.parseMediaType("application/geo+json"))
                        .with(user(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("application/geo+json")))
                .andExpect(jsonPath("$.type").value("FeatureCollection"))
                .andExpect(jsonPath("$.features[0].type").value("Feature"))
                .andExpect(jsonPath("$.features[0].geometry.type").value("Point"))
                .andExpect(jsonPath("$.features[0].geometry.coordinates[0]").value(-0.12))
                .andExpect(jsonPath("$.features[0].geometry.coordinates[1]").value(51.5))
                .andExpect(jsonPath("$.features[0].properties.name").value(name));
    }

    @Test
    void oneSiteIsAGeoJsonFeatureWhenAskedAndJsonOtherwise() throws Exception {
        Site site = sites.register(SiteFixtures.details(SiteFixtures.unique("Api Hall"), null, 300));

        mvc.perform(get("/api/v1/sites/{id}", site.id()).with(user(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.id").value(site.id().toString()))
                .andExpect(jsonPath("$.latitude").value(51.5))
                .andExpect(jsonPath("$.tier").value("STANDARD"));
        mvc.perform(get("/api/v1/sites/{id}", site.id())
                        .header("Accept", "application/geo+json, application/json;q=0.5")
                        .with(user(COORDINATOR)))
                .andExpect(header().string("Content-Type", containsString("application/geo+json")))
                .andExpect(jsonPath("$.type").value("Feature"))
                .andExpect(jsonPath("$.properties.tier").value("STANDARD"));
    }

    @Test
    void createUpdateAndDeleteASite() throws Exception {
        String name = SiteFixtures.unique("Api Church");
        String body = """
                {"name": "%s", "address": "3 Church Lane", "latitude": 51.51, "longitude": -0.13,
                 "sector": "places-of-worship", "useType": "place-of-worship", "capacity": 1500,
                 "contact": {"name": "Rev. Ada", "phone": "+44 20 7946 0003", "email": "ada@example.org"},
                 "openingHours": "Daily 08:00-19:00"}""".formatted(name);

        String location = mvc.perform(post("/api/v1/sites")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(user(COORDINATOR)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.tier").value("STANDARD"))
                .andExpect(jsonPath("$.version").value(0))
                .andReturn()
                .getResponse()
                .getHeader("Location");
        assertThat(location).startsWith("/api/v1/sites/");

        mvc.perform(put(location)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("\"capacity\": 1500", "\"capacity\": 150")
                                .replace("}\"", "}\"")
                                .replace("\"openingHours\"", "\"version\": 0, \"openingHours\""))
                        .with(user(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tier").value("OUT_OF_SCOPE"))
                .andExpect(jsonPath("$.version").value(1));

        mvc.perform(put(location)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("\"openingHours\"", "\"version\": 0, \"openingHours\""))
                        .with(user(COORDINATOR)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        mvc.perform(delete(location).with(user(COORDINATOR))).andExpect(status().isNoContent());
        mvc.perform(get(location).with(user(COORDINATOR))).andExpect(status().isNotFound());
    }

    @Test
    void badInputIsAProblemListingEveryFieldAndStoresNothing() throws Exception {
        long before = sites.count();

        mvc.perform(post("/api/v1/sites")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": "", "address": "1 Street", "latitude": 95, "longitude": -0.1,
                                 "sector": "nope", "useType": "arena", "capacity": -3}""")
                        .with(user(COORDINATOR)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("name")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("latitude")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("sector")))
                .andExpect(jsonPath("$.errors[*].reason", hasItem("capacity -3 is negative")));

        mvc.perform(post("/api/v1/sites")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{not json")
                        .with(user(COORDINATOR)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        mvc.perform(get("/api/v1/sites").param("bbox", "1,2,3").with(user(COORDINATOR)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("west,south,east,north")));

        assertThat(sites.count()).isEqualTo(before);
    }

    @Test
    void boundingBoxKeepsOnlySitesInside() throws Exception {
        String inside = SiteFixtures.unique("Box In");
        sites.register(SiteFixtures.details(inside, null, 10));

        mvc.perform(get("/api/v1/sites")
                        .param("q", inside)
                        .param("bbox", "-0.2,51.4,0.0,51.6")
                        .with(user(COORDINATOR)))
                .andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get("/api/v1/sites")
                        .param("q", inside)
                        .param("bbox", "2.2,48.8,2.4,48.9")
                        .with(user(COORDINATOR)))
                .andExpect(jsonPath("$.totalElements").value(0));
    }
}
