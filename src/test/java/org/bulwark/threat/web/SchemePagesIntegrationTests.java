package org.bulwark.threat.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Role;
import org.bulwark.threat.LevelChange;
import org.bulwark.threat.Scope;
import org.bulwark.threat.ThreatLevel;
import org.bulwark.threat.ThreatLevels;
import org.bulwark.threat.ThreatScheme;
import org.bulwark.threat.Visibility;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class SchemePagesIntegrationTests {

    static final BulwarkUser COORDINATOR =
            BulwarkUser.of(UUID.randomUUID(), "casey", "Casey Coordinator", Role.COORDINATOR);

    @Autowired
    MockMvc mvc;

    @Autowired
    ThreatLevels levels;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCoordinatorCreatesACustomSchemeWithItsLevelsInOrderAndDeletesItWhileUnused() throws Exception {
        String code = newCode();

        mvc.perform(post("/threat/schemes")
                        .with(user(COORDINATOR))
                        .with(csrf())
                        .param("code", code)
                        .param("name", "City states " + code)
                        .param("levels[0].code", "normal")
                        .param("levels[0].name", "Normal")
                        .param("levels[0].meaning", "No specific threat")
                        .param("levels[2].code", "HIGH")
                        .param("levels[2].name", "High")
                        .param("levels[2].meaning", "An attack is likely"))
                .andExpect(redirectedUrl("/threat/schemes"));

        ThreatScheme created = levels.scheme(code).orElseThrow();
        assertThat(created.levels()).extracting(ThreatLevel::code).containsExactly("NORMAL", "HIGH");
        assertThat(created.active()).isFalse();
        Document page = page("/threat/schemes");
        assertThat(page.select(".threat-scheme[data-code=" + code + "]").text()).contains("Normal", "High");
        assertThat(page.select(".threat-scheme[data-code=UK] form"))
                .as("presets cannot be deleted")
                .isEmpty();

        mvc.perform(post("/threat/schemes/{code}/delete", code)
                        .with(user(COORDINATOR))
                        .with(csrf()))
                .andExpect(redirectedUrl("/threat/schemes"));
        assertThat(levels.scheme(code)).isEmpty();
    }

    @Test
    void aSchemeWithOneLevelOrRepeatedCodesComesBackWithTheMessageAndIsNotCreated() throws Exception {
        String code = newCode();

        Document one = Jsoup.parse(mvc.perform(post("/threat/schemes")
                        .with(user(COORDINATOR))
                        .with(csrf())
                        .param("code", code)
                        .param("name", "Too short")
                        .param("levels[0].code", "ONLY")
                        .param("levels[0].name", "Only")
                        .param("levels[0].meaning", "One"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(one.select("#levels-error").text()).contains("at least two levels");
        assertThat(one.select("#code").val()).isEqualTo(code);

        Document repeated = Jsoup.parse(mvc.perform(post("/threat/schemes")
                        .with(user(COORDINATOR))
                        .with(csrf())
                        .param("code", code)
                        .param("name", "Repeated")
                        .param("levels[0].code", "SAME")
                        .param("levels[0].name", "One")
                        .param("levels[0].meaning", "One")
                        .param("levels[1].code", "same")
                        .param("levels[1].name", "Two")
                        .param("levels[1].meaning", "Two"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(repeated.select("#levels-error").text()).contains("SAME is used by two levels");
        assertThat(levels.scheme(code)).isEmpty();
    }

    @Test
    void makingASchemeActiveWarnsFirstAndThenLevelsOfThePreviousSchemeNoLongerApply() throws Exception {
        String code = newCode();
        mvc.perform(post("/api/v1/threat-schemes")
                        .with(user(COORDINATOR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"" + code + "\",\"name\":\"Two states\",\"levels\":["
                                + "{\"code\":\"CALM\",\"name\":\"Calm\",\"meaning\":\"Nothing specific\"},"
                                + "{\"code\":\"ALERT\",\"name\":\"Alert\",\"meaning\":\"Be on guard\"}]}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.levels[1].code").value("ALERT"));
        Scope region = Scope.region(newRegion());
        levels.change(new LevelChange(region, "SEVERE", "Before", null, Visibility.PUBLIC), COORDINATOR);

        assertThat(page("/threat/schemes/" + code + "/activate")
                        .select("#activation-warning")
                        .text())
                .contains("Levels stated in UK national threat levels will no longer apply");
        try {
            mvc.perform(put("/api/v1/threat-schemes/{code}/active", code).with(user(COORDINATOR)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.active").value(true));
            assertThat(levels.activeScheme().code()).isEqualTo(code);
            assertThat(levels.current(region)).isEmpty();
            assertThat(levels.effectiveFor("retail", region.value()).code()).isEqualTo("CALM");

            mvc.perform(delete("/api/v1/threat-schemes/{code}", code).with(user(COORDINATOR)))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.detail", containsString("is active")));
        } finally {
            mvc.perform(post("/threat/schemes/UK/activate")
                            .with(user(COORDINATOR))
                            .with(csrf()))
                    .andExpect(redirectedUrl("/threat/schemes"));
        }
        assertThat(levels.activeScheme().code()).isEqualTo("UK");
        assertThat(levels.current(region).orElseThrow().reason()).isEqualTo("Before");
    }

    @Test
    void presetsStayAndOnlyCoordinatorsManageSchemes() throws Exception {
        mvc.perform(delete("/api/v1/threat-schemes/VIGIPIRATE").with(user(COORDINATOR)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("shipped with the platform")));
        mvc.perform(post("/api/v1/threat-schemes")
                        .with(user(COORDINATOR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("levels from the lowest up")));
        BulwarkUser analyst = BulwarkUser.of(UUID.randomUUID(), "ana", "Ana", Role.ANALYST);
        mvc.perform(get("/threat/schemes").with(user(analyst))).andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/threat-schemes/VIGIPIRATE/active").with(user(analyst)))
                .andExpect(status().isForbidden());
        assertThat(levels.activeScheme().code()).isEqualTo("UK");
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user(COORDINATOR)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    /** A region of its own, through an organisation registered in it. */
    private String newRegion() {
        String region = "Region " + UUID.randomUUID().toString().substring(0, 8);
        String name = "Org " + region;
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("insert into organisation (id, name, name_key, kind, region, status, created_at, updated_at, version)"
                        + " values (?, ?, ?, 'PRIVATE', ?, 'APPROVED', ?, ?, 0)")
                .params(UUID.randomUUID(), name, name.toLowerCase(Locale.ROOT), region, now, now)
                .update();
        return region;
    }

    private static String newCode() {
        return "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }
}
