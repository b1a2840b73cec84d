package org.bulwark.threat.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Role;
import org.bulwark.threat.LevelChange;
import org.bulwark.threat.Scope;
import org.bulwark.threat.ScopeLevel;
import org.bulwark.threat.ThreatLevels;
import org.bulwark.threat.Visibility;
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
class ThreatPagesIntegrationTests {

    static final BulwarkUser COORDINATOR =
            BulwarkUser.of(UUID.randomUUID(), "casey", "Casey Coordinator", Role.COORDINATOR);

    @Autowired
    MockMvc mvc;

    @Autowired
    ThreatLevels levels;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCoordinatorSetsARegionLevelWithTheFormAndEveryoneSeesItWithItsMeaningReasonAuthorAndExpiry()
            throws Exception {
        String region = newRegion();

        mvc.perform(post("/threat")
                        .with(user(COORDINATOR))
                        .with(csrf())
                        .param("scopeKind", "REGION")
                        .param("region", region)
                        .param("level", "SEVERE")
                        .param("reason", "Hostile reconnaissance reported")
                        .param("expiresAt", "2099-07-01T12:00")
                        .param("visibility", "PARTNERS"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/threat"));

        ScopeLevel set = levels.current(Scope.region(region)).orElseThrow();
        assertThat(set.level().code()).isEqualTo("SEVERE");
        assertThat(set.authorName()).isEqualTo("Casey Coordinator");
        // typed in Europe/London, where July is summer time
        assertThat(set.expiresAt()).isEqualTo(Instant.parse("2099-07-01T11:00:00Z"));

        Document page = page("/threat", operator());
        String card =
                page.select("#region-levels [data-scope=REGION:" + region + "]").text();
        assertThat(card)
                .contains(region, "SEVERE", "An attack is highly likely", "Hostile reconnaissance reported")
                .contains("Casey Coordinator", "1 Jul 2099 12:00", "Partners only");
        assertThat(page.select("#scheme-levels dt")).extracting(e -> e.text()).startsWith("CRITICAL");
        assertThat(page.select("#level-form"))
                .as("only coordinators get the form")
                .isEmpty();
        assertThat(page("/threat", COORDINATOR).select("#level-form")).hasSize(1);
    }

    @Test
    void aFormWithAMissingReasonAndAPastExpiryComesBackWithTheMessagesNextToTheFieldsAndChangesNothing()
            throws Exception {
        String region = newRegion();
        long before = changes();

        String html = mvc.perform(post("/threat")
                        .with(user(COORDINATOR))
                        .with(csrf())
                        .param("scopeKind", "REGION")
                        .param("region", region)
                        .param("level", "PURPLE")
                        .param("reason", " ")
                        .param("expiresAt", "2001-01-01T10:00")
                        .param("visibility", "PUBLIC"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        Document page = Jsoup.parse(html);
        assertThat(page.select("#reason-error").text()).contains("Give the reason");
        assertThat(page.select("#expiresAt-error").text()).contains("future");
        assertThat(page.select("#level-error").text()).contains("Choose a level of UK national threat levels");
        assertThat(page.select("#region").select("option[selected]").val()).isEqualTo(region);
        assertThat(changes()).isEqualTo(before);
        assertThat(levels.current(Scope.region(region))).isEmpty();
    }

    @Test
    void onlyCoordinatorsMaySetALevelAndPartnerSystemsDoNotGetThePage() throws Exception {
        String region = newRegion();
        mvc.perform(post("/threat")
                        .with(user(operator()))
                        .with(csrf())
                        .param("scopeKind", "REGION")
                        .param("region", region)
                        .param("level", "LOW")
                        .param("reason", "x")
                        .param("visibility", "PUBLIC"))
                .andExpect(status().isForbidden());
        assertThat(levels.current(Scope.region(region))).isEmpty();

        mvc.perform(get("/threat").with(user(someone(Role.INTEGRATION)))).andExpect(status().isForbidden());
        mvc.perform(get("/threat").with(user(someone(Role.OVERSEER)))).andExpect(status().isOk());
    }

    @Test
    void theHistoryListsEveryChangeOfAScopeNewestFirst() throws Exception {
        String region = newRegion();
        levels.change(new LevelChange(Scope.region(region), "MODERATE", "First", null, Visibility.PUBLIC), COORDINATOR);
        levels.change(
                new LevelChange(Scope.region(region), "CRITICAL", "Second", null, Visibility.PUBLIC), COORDINATOR);

        Document page = page("/threat/history?scope=REGION:" + region, operator());

        assertThat(page.select("#history-table tbody tr"))
                .extracting(row -> row.select("td").get(3).text())
                .containsExactly("Second", "First");
        String fragment = mvc.perform(get("/threat/history")
                        .param("scope", "REGION:" + region)
                        .header("HX-Request", "true")
                        .with(user(operator())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(fragment)
                .doesNotContain("<html")
                .contains("id=\"history-results\"")
                .contains("Second");
    }

    @Test
    void theHomePageShowsTheNationalLevelAsABadge() throws Exception {
        String national = levels.current(Scope.NATIONAL)
                .map(l -> l.level().name())
                .orElse(levels.activeScheme().lowest().name());

        Document page = page("/", operator());

        assertThat(page.select("#home-threat-national").text()).isEqualTo(national);
        assertThat(page.select("#home-threat-national").attr("class")).contains("threat-severity-");
    }

    private Document page(String path, BulwarkUser viewer) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user(viewer)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private long changes() {
        return jdbc.sql("select count(*) from threat_level_change")
                .query(Long.class)
                .single();
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

    static BulwarkUser operator() {
        return someone(Role.OPERATOR);
    }

    static BulwarkUser someone(Role role) {
        return BulwarkUser.of(UUID.randomUUID(), role.name().toLowerCase(Locale.ROOT), "Test " + role, role);
    }
}
