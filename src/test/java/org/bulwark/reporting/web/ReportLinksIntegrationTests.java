package org.bulwark.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Role;
import org.bulwark.reporting.internal.CorrelationFacts;
import org.bulwark.reporting.internal.Correlations;
import org.bulwark.reporting.internal.ReportLink;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class ReportLinksIntegrationTests {

    private static final Instant T0 = Instant.parse("2026-05-02T20:30:00Z");

    @Autowired
    MockMvc mvc;

    @Autowired
    Correlations correlations;

    private final BulwarkUser analyst = account(Role.ANALYST);
    private final BulwarkUser operator = account(Role.OPERATOR);
    private final List<UUID> mine = new ArrayList<>();
    private UUID first;
    private UUID second;
    private UUID third;
    private ReportLink plateLink;
    private String plate;

    @BeforeEach
    void threeReportsLinkedByPlateAndPhone() {
        plate = "WEB" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        String phone = "+33 6 " + (10_000_000 + new java.util.Random().nextInt(89_999_999));
        first = report(T0, List.of(plate), List.of());
        second = report(T0.plus(Duration.ofDays(2)), List.of(plate), List.of(phone));
        third = report(T0.plus(Duration.ofDays(3)), List.of(), List.of(phone));
        plateLink = correlations.linksOf(first).get(0);
    }

    @AfterEach
    void forget() {
        correlations.forget(mine);
    }

    @Test
    void theApiListsLinksWithTheirReasonInWords() throws Exception {
        mvc.perform(get("/api/v1/reports/{id}/links", second)
                        .with(user(analyst))
                        .locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].reason").value("PLATE"))
                .andExpect(jsonPath("$[0].other").value(first.toString()))
                .andExpect(jsonPath("$[0].explanation").value("Same vehicle plate " + plateLink.detail()))
                .andExpect(jsonPath("$[0].otherLaterMinutes").value(-2 * 24 * 60))
                .andExpect(jsonPath("$[1].reason").value("PHONE"))
                .andExpect(jsonPath("$[1].dismissed").value(false));
    }

    @Test
    void onlyAnalystsAndCoordinatorsReadLinks() throws Exception {
        mvc.perform(get("/api/v1/reports/{id}/links", second).with(user(operator)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/reports/{id}/links", second).with(user(operator))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reports/{id}/links", second).with(user(account(Role.COORDINATOR))))
                .andExpect(status().isOk());
    }

    @Test
    void aDismissalWithoutANoteIsRefusedAsProblemJsonAndChangesNothing() throws Exception {
        mvc.perform(post("/api/v1/reports/{id}/links/{link}/dismissal", first, plateLink.id())
                        .with(user(analyst))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\": \"   \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("note"));

        assertThat(correlations.linksOf(first)).noneMatch(ReportLink::dismissed);
    }

    @Test
    void anAnalystDismissesALinkOverTheApi() throws Exception {
        mvc.perform(post("/api/v1/reports/{id}/links/{link}/dismissal", first, plateLink.id())
                        .with(user(analyst))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\": \"Cloned plate, different vehicle\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dismissed").value(true))
                .andExpect(jsonPath("$.dismissedBy").value(analyst.accountId().toString()))
                .andExpect(jsonPath("$.dismissalNote").value("Cloned plate, different vehicle"));

        mvc.perform(post("/api/v1/reports/{id}/links/{link}/dismissal", first, plateLink.id())
                        .with(user(analyst))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\": \"again\"}"))
                .andExpect(status().isConflict());
    }

    @Test
    void aLinkOfAnotherReportIsNotFound() throws Exception {
        mvc.perform(post("/api/v1/reports/{id}/links/{link}/dismissal", third, plateLink.id())
                        .with(user(analyst))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\": \"wrong\"}"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void thePageShowsTheListAndAGraphWhoseNodesLeadToTheReports() throws Exception {
        String html = mvc.perform(
                        get("/reports/{id}/links", first).with(user(analyst)).param("lang", "fr"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document page = Jsoup.parse(html);

        assertThat(page.select("#report-links-list li")).hasSize(1);
        assertThat(page.select("#link-" + plateLink.id() + " .link-reason").text())
                .isEqualTo("Même plaque d'immatriculation " + plateLink.detail());
        assertThat(page.select("#report-graph svg a.graph-node"))
                .extracting(node -> node.attr("href"))
                .containsExactlyInAnyOrder("/reports/" + first, "/reports/" + second, "/reports/" + third);
        assertThat(page.select("#report-graph svg g.graph-edge title"))
                .extracting(title -> title.text())
                .contains("Même plaque d'immatriculation " + plateLink.detail());
        assertThat(page.select("#report-graph-text li")).hasSize(2);
        assertThat(page.select("#report-graph svg").attr("aria-labelledby")).isNotBlank();
    }

    @Test
    void aDismissalFromThePageNeedsANote() throws Exception {
        String html = mvc.perform(post("/reports/{id}/links/{link}/dismissal", first, plateLink.id())
                        .with(user(analyst))
                        .with(csrf())
                        .param("note", "")
                        .locale(Locale.ENGLISH))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();

        Document page = Jsoup.parse(html);
        assertThat(page.select("#note-" + plateLink.id() + "-error").text())
                .isEqualTo("Say why the link is wrong: a dismissal needs a note.");
        assertThat(correlations.linksOf(first)).noneMatch(ReportLink::dismissed);
    }

    @Test
    void aDismissalFromThePageFlagsTheLink() throws Exception {
        mvc.perform(post("/reports/{id}/links/{link}/dismissal", first, plateLink.id())
                        .with(user(analyst))
                        .with(csrf())
                        .param("note", "Same plate read on two different cars"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/reports/" + first + "/links"));

        assertThat(correlations.linksOf(first)).singleElement().satisfies(link -> {
            assertThat(link.dismissed()).isTrue();
            assertThat(link.dismissalNote()).isEqualTo("Same plate read on two different cars");
        });
    }

    @Test
    void htmxGetsTheListBackWithTheDismissedLinkFlagged() throws Exception {
        String html = mvc.perform(post("/reports/{id}/links/{link}/dismissal", second, plateLink.id())
                        .with(user(analyst))
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("note", "Misread")
                        .locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"report-links\"")))
                .andReturn()
                .getResponse()
                .getContentAsString();

        Document fragment = Jsoup.parse(html);
        assertThat(fragment.select("html > body > section#report-links")).hasSize(1);
        assertThat(fragment.select("nav")).isEmpty();
        assertThat(fragment.select("#link-" + plateLink.id() + " .link-dismissed")
                        .text())
                .isEqualTo("Dismissed");
        assertThat(fragment.select("#link-" + plateLink.id() + " form")).isEmpty();
        assertThat(fragment.select("#report-links-list li form")).hasSize(1);
    }

    private UUID report(Instant at, List<String> plates, List<String> phones) {
        UUID id = UUID.randomUUID();
        mine.add(id);
        correlations.correlate(new CorrelationFacts(id, at, null, null, null, null, null, plates, phones, List.of()));
        return id;
    }

    private static BulwarkUser account(Role role) {
        String name = role.name().toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID();
        return new BulwarkUser(UUID.randomUUID(), name, name, role, true, null);
    }
}
