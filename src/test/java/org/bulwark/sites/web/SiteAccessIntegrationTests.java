package org.bulwark.sites.web;

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

import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Role;
import org.bulwark.sites.Site;
import org.bulwark.sites.SiteFixtures;
import org.bulwark.sites.Sites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class SiteAccessIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Sites sites;

    @Autowired
    JdbcClient jdbc;

    String tag;
    SiteFixtures.Organisation mine;
    SiteFixtures.Organisation theirs;
    BulwarkUser operator;
    Site own;
    Site other;

    @BeforeEach
    void twoOrganisationsWithOneSiteEach() {
        tag = SiteFixtures.unique("Access");
        mine = SiteFixtures.organisation(jdbc, "Mine");
        theirs = SiteFixtures.organisation(jdbc, "Theirs");
        operator = SiteFixtures.operatorOf(jdbc, mine);
        own = sites.register(SiteFixtures.details(tag + " own", mine.id(), 500));
        other = sites.register(SiteFixtures.details(tag + " other", theirs.id(), 500));
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"COORDINATOR", "ANALYST", "ADVISOR", "INTEGRATION"})
    void policeRolesAndPartnerSystemsReadEverySite(Role role) throws Exception {
        mvc.perform(get("/api/v1/sites").param("q", tag).with(user(SiteFixtures.user(role))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(2));
        mvc.perform(get("/api/v1/sites/{id}", other.id()).with(user(SiteFixtures.user(role))))
                .andExpect(status().isOk());
    }

    @Test
    void operatorReadsOnlyTheSitesOfTheirOwnOrganisationEverywhere() throws Exception {
        mvc.perform(get("/api/v1/sites").param("q", tag).with(user(operator)))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].id").value(own.id().toString()));
        mvc.perform(get("/api/v1/sites/{id}", other.id()).with(user(operator))).andExpect(status().isNotFound());
        mvc.perform(get("/sites/{id}", other.id()).with(user(operator))).andExpect(status().isNotFound());
        mvc.perform(get("/sites").param("q", tag).with(user(operator)))
                .andExpect(content().string(containsString(tag + " own")))
                .andExpect(content().string(not(containsString(tag + " other"))));
        mvc.perform(get("/sites/map.geojson").param("q", tag).with(user(operator)))
                .andExpect(jsonPath("$.features.length()").value(1))
                .andExpect(jsonPath("$.features[0].id").value(own.id().toString()));
    }

    @Test
    void operatorEditsTheirOwnSiteButNotAnotherOrganisations() throws Exception {
        String body = """
                {"name": "%s", "address": "1 Test Street", "latitude": 51.5, "longitude": -0.12,
                 "sector": "stadia-arenas", "useType": "arena", "capacity": 900}""";

        mvc.perform(put("/api/v1/sites/{id}", own.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(tag + " own renamed"))
                        .with(user(operator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.organisationId").value(mine.id().toString()));
        mvc.perform(put("/api/v1/sites/{id}", other.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(tag + " hijacked"))
                        .with(user(operator)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/sites/{id}", other.id())
                        .param("name", tag + " hijacked")
                        .with(user(operator))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/sites")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(tag + " theirs")
                                .replace("}", ", \"organisation\": \"" + theirs.name() + "\"}"))
                        .with(user(operator)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("organisation"));
        mvc.perform(post("/sites/{id}/delete", own.id()).with(user(operator)).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"OVERSEER", "ADMIN"})
    void oversightAndAdministrationHaveNoAccessToTheRegistry(Role role) throws Exception {
        BulwarkUser user = SiteFixtures.user(role);
        mvc.perform(get("/api/v1/sites").with(user(user))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/sites/{id}", own.id()).with(user(user))).andExpect(status().isForbidden());
        mvc.perform(get("/sites").with(user(user))).andExpect(status().isForbidden());
        mvc.perform(get("/sites/{id}", own.id()).with(user(user))).andExpect(status().isForbidden());
        mvc.perform(get("/map").with(user(user))).andExpect(status().isForbidden());
        mvc.perform(get("/sites/map.geojson").with(user(user))).andExpect(status().isForbidden());
        mvc.perform(get("/sites/import").with(user(user))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/sites/import")
                        .contentType("text/csv")
                        .content("x")
                        .with(user(user)))
                .andExpect(status().isForbidden());
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"ANALYST", "INTEGRATION"})
    void readersCannotChangeSites(Role role) throws Exception {
        BulwarkUser user = SiteFixtures.user(role);
        mvc.perform(get("/sites/new").with(user(user))).andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/sites/{id}", own.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"x\"}")
                        .with(user(user)))
                .andExpect(status().isForbidden());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(
                                "/api/v1/sites/{id}", own.id())
                        .with(user(user)))
                .andExpect(status().isForbidden());
    }

    @Test
    void anOperatorWithoutAnOrganisationSeesNoSites() throws Exception {
        mvc.perform(get("/api/v1/sites").param("q", tag).with(user(SiteFixtures.user(Role.OPERATOR))))
                .andExpect(jsonPath("$.totalElements").value(0));
    }
}
