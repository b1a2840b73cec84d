package org.bulwark.threat.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Role;
import org.bulwark.threat.LevelChange;
import org.bulwark.threat.Scope;
import org.bulwark.threat.ThreatLevels;
import org.bulwark.threat.Visibility;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class ThreatApiIntegrationTests {

    static final BulwarkUser COORDINATOR =
            BulwarkUser.of(UUID.randomUUID(), "casey", "Casey Coordinator", Role.COORDINATOR);
    static final BulwarkUser OPERATOR = BulwarkUser.of(UUID.randomUUID(), "olu", "Olu", Role.OPERATOR);

    @Autowired
    MockMvc mvc;

    @Autowired
    ThreatLevels levels;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anonymousCallersNeverSeeALevelForPartnersOnly() throws Exception {
        String open = newRegion();
        String closed = newRegion();
        levels.change(
                new LevelChange(Scope.region(open), "SEVERE", "Announced to all " + open, null, Visibility.PUBLIC),
                COORDINATOR);
        levels.change(
                new LevelChange(Scope.region(closed), "CRITICAL", "Partners only " + closed, null, Visibility.PARTNERS),
                COORDINATOR);

        mvc.perform(get("/api/v1/threat-levels/current"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].scope.value", hasItem(open)))
                .andExpect(jsonPath("$[*].scope.value", not(hasItem(closed))))
                .andExpect(jsonPath("$[*].visibility", not(hasItem("PARTNERS"))))
                .andExpect(jsonPath("$[*].setBy", not(hasItem("Casey Coordinator"))));

        String page = mvc.perform(get("/public/threat-level"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Announced to all " + open).doesNotContain(closed);
        assertThat(Jsoup.parse(page).select("[data-scope=REGION:" + open + "]").text())
                .contains("SEVERE", "An attack is highly likely");

        mvc.perform(get("/api/v1/threat-levels/current").with(user(OPERATOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].scope.value", hasItem(closed)));
    }

    @Test
    void onlyTheCurrentLevelsAreOpenToAnonymousCallers() throws Exception {
        mvc.perform(get("/api/v1/threat-levels/history")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/threat-schemes")).andExpect(status().isUnauthorized());
        mvc.perform(put("/api/v1/threat-levels/current")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aCoordinatorSetsASectorLevelAndGetsItBack() throws Exception {
        mvc.perform(put("/api/v1/threat-levels/current")
                        .with(user(COORDINATOR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"scope\":{\"kind\":\"SECTOR\",\"value\":\"cinemas-theatres\"},\"level\":\"SEVERE\","
                                + "\"reason\":\"Specific intelligence\",\"expiresAt\":\"2099-01-01T00:00:00Z\","
                                + "\"visibility\":\"PARTNERS\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scope.kind").value("SECTOR"))
                .andExpect(jsonPath("$.level.code").value("SEVERE"))
                .andExpect(jsonPath("$.level.meaning").value("An attack is highly likely"))
                .andExpect(jsonPath("$.expiresAt").value("2099-01-01T00:00:00Z"))
                .andExpect(jsonPath("$.setBy").value("Casey Coordinator"));

        assertThat(levels.current(Scope.sector("cinemas-theatres"))
                        .orElseThrow()
                        .reason())
                .isEqualTo("Specific intelligence");
        mvc.perform(get("/api/v1/threat-levels/history")
                        .param("scopeKind", "SECTOR")
                        .param("scopeValue", "cinemas-theatres")
                        .with(user(OPERATOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.changes[0].reason").value("Specific intelligence"));
    }

    @Test
    void anOperatorCannotSetALevel() throws Exception {
        String region = newRegion();
        mvc.perform(put("/api/v1/threat-levels/current")
                        .with(user(OPERATOR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"scope\":{\"kind\":\"REGION\",\"value\":\"" + region + "\"},\"level\":\"LOW\","
                                + "\"reason\":\"x\",\"visibility\":\"PUBLIC\"}"))
                .andExpect(status().isForbidden());
        assertThat(levels.current(Scope.region(region))).isEmpty();
    }

    @Test
    void aChangeThatCannotBeAcceptedIsAProblemThatSaysWhatToFixAndChangesNothing() throws Exception {
        String region = newRegion();
        mvc.perform(put("/api/v1/threat-levels/current")
                        .with(user(COORDINATOR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"scope\":{\"kind\":\"REGION\",\"value\":\"" + region + "\"},\"level\":\"PURPLE\","
                                + "\"reason\":\"x\",\"visibility\":\"PUBLIC\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("LOW, MODERATE, SUBSTANTIAL, SEVERE, CRITICAL")));

        mvc.perform(put("/api/v1/threat-levels/current")
                        .with(user(COORDINATOR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"scope\":{\"kind\":\"REGION\",\"value\":\"" + region + "\"},\"level\":\"LOW\","
                                + "\"reason\":\"x\",\"visibility\":\"SECRET\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("visibility PUBLIC or PARTNERS")));

        mvc.perform(put("/api/v1/threat-levels/current")
                        .with(user(COORDINATOR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"scope\":"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("Send, for example")));

        mvc.perform(put("/api/v1/threat-levels/current")
                        .with(user(COORDINATOR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"scope\":{\"kind\":\"REGION\"},\"level\":\"LOW\",\"reason\":\"x\","
                                + "\"visibility\":\"PUBLIC\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("names its region")));

        assertThat(levels.current(Scope.region(region))).isEmpty();
    }

    @Test
    void theSchemesAreListedWithTheActiveOne() throws Exception {
        mvc.perform(get("/api/v1/threat-schemes").with(user(OPERATOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'UK')].active").value(hasItem(true)))
                .andExpect(
                        jsonPath("$[?(@.code == 'VIGIPIRATE')].levels[0].code").value(hasItem("VIGILANCE")));
    }

    @Test
    void theApiIsDocumented() throws Exception {
        mvc.perform(get("/v3/api-docs").with(user(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/threat-levels/current'].put.summary")
                        .value("Set the level of a scope"));
    }

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
}
