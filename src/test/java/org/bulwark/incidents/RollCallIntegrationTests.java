package org.bulwark.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.bulwark.geo.GeoPoint;
import org.bulwark.geo.ZoneSamples;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Reader;
import org.bulwark.identity.Role;
import org.bulwark.reporting.ReportDraft;
import org.bulwark.reporting.Reports;
import org.bulwark.sites.SiteContact;
import org.bulwark.sites.SiteDetails;
import org.bulwark.sites.SiteFixtures;
import org.bulwark.sites.Sites;
import org.bulwark.sites.UseType;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class RollCallIntegrationTests {

    @Autowired
    Incidents incidents;

    @Autowired
    RollCall rollCall;

    @Autowired
    Sites sites;

    @Autowired
    Reports reports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationEvents events;

    private final BulwarkUser coordinator = SiteFixtures.user(Role.COORDINATOR);
    private final BulwarkUser analyst = SiteFixtures.user(Role.ANALYST);
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    private GeoPoint centre;
    private SiteFixtures.Organisation harbour;
    private BulwarkUser operator;
    private UUID own;
    private UUID others;
    private UUID outside;
    private Incident incident;

    @BeforeEach
    void declareAroundTwoOrganisationsSites() {
        Random random = new Random();
        centre = new GeoPoint(random.nextDouble() * 100 - 50, random.nextDouble() * 320 - 160);
        harbour = SiteFixtures.organisation(jdbc, "Harbour venues");
        SiteFixtures.Organisation market = SiteFixtures.organisation(jdbc, "Market venues");
        operator = SiteFixtures.operatorOf(jdbc, harbour);
        own = site("Harbour Hall", ZoneSamples.destination(centre, 0, 100), harbour.id());
        others = site("Market Arcade", ZoneSamples.destination(centre, 180, 100), market.id());
        outside = site("Distant Stadium", ZoneSamples.destination(centre, 90, 3_000), harbour.id());
        incident = incidents.declare(
                new IncidentDraft(
                        "MARAUDING_FIREARMS",
                        "Harbour front " + UUID.randomUUID().toString().substring(0, 6),
                        now.minusSeconds(600),
                        List.of(new ZoneDraft(ZoneKind.CORDON, circle(500), now, null))),
                coordinator);
    }

    @Test
    void operatorAnswersForTheirSiteOverTheApiAndTheLatestAnswerIsCountedAndEveryAnswerKept() throws Exception {
        mvc.perform(post("/api/v1/incidents/{id}/sites/{site}/status", incident.id(), own)
                        .with(user(operator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"SAFE\",\"note\":\"All 40 staff accounted for\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.site").value(own.toString()))
                .andExpect(jsonPath("$.status").value("SAFE"))
                .andExpect(jsonPath("$.channel").value("API"))
                .andExpect(jsonPath("$.reportedBy").value("Olu"));
        assertThat(rollCall.counts(incident.id(), coordinator).of(SiteStatus.SAFE))
                .isEqualTo(1);

        mvc.perform(post("/api/v1/incidents/{id}/sites/{site}/status", incident.id(), own)
                        .with(user(operator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"needs_help\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("NEEDS_HELP"));

        RollCallCounts counts = rollCall.counts(incident.id(), coordinator);
        assertThat(counts.of(SiteStatus.SAFE)).isZero();
        assertThat(counts.of(SiteStatus.NEEDS_HELP)).isEqualTo(1);
        assertThat(counts.unanswered()).isEqualTo(1);
        assertThat(counts.total()).isEqualTo(2);
        assertThat(incidents.timeline(incident.id(), coordinator))
                .filteredOn(e -> e.what() == TimelineEntry.What.STATUS_REPORTED)
                .extracting(TimelineEntry::site, TimelineEntry::who, TimelineEntry::detail)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(own, "Olu", "SAFE · API · All 40 staff accounted for"),
                        org.assertj.core.groups.Tuple.tuple(own, "Olu", "NEEDS_HELP · API"));
        assertThat(events.stream(SiteStatusReported.class))
                .containsExactly(
                        new SiteStatusReported(incident.id(), own, SiteStatus.SAFE),
                        new SiteStatusReported(incident.id(), own, SiteStatus.NEEDS_HELP));
        // the operator's view of the roll-call holds their own site only
        assertThat(rollCall.counts(incident.id(), operator).total()).isEqualTo(1);
    }

    @Test
    void coordinatorsAnswerForAnySiteAndPartnerSystemsOfTheOrganisationForItsSitesOnly() {
        BulwarkUser system = member(harbour, Role.INTEGRATION);

        rollCall.answer(incident.id(), others, SiteStatus.EVACUATING, "phoned in", "API", coordinator);
        rollCall.answer(incident.id(), own, SiteStatus.SHELTERING, null, "API", system);

        assertThat(rollCall.sites(incident.id(), null, 0, 10, coordinator).sites())
                .extracting(SiteRollCall::site, SiteRollCall::status)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(own, SiteStatus.SHELTERING),
                        org.assertj.core.groups.Tuple.tuple(others, SiteStatus.EVACUATING));
        assertThatThrownBy(() -> rollCall.answer(incident.id(), others, SiteStatus.SAFE, null, "API", system))
                .isInstanceOf(IncidentsNotPermitted.class);
    }

    @Test
    void unknownSitesOtherOrganisationsSitesClosedIncidentsAndBadInputAreRefusedClearlyAndChangeNothing()
            throws Exception {
        long before = count("incident_site_status") + count("incident_timeline");
        String url = "/api/v1/incidents/{id}/sites/{site}/status";

        mvc.perform(post(url, incident.id(), own)
                        .with(user(operator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"FINE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("status"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("NEEDS_HELP")));
        mvc.perform(post(url, incident.id(), own)
                        .with(user(operator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"SAFE\",\"note\":\"" + "x".repeat(501) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("note"));
        mvc.perform(post(url, incident.id(), UUID.randomUUID())
                        .with(user(coordinator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"SAFE\"}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Site not affected"))
                .andExpect(jsonPath("$.detail").value(containsString("not among the sites affected")));
        mvc.perform(post(url, incident.id(), outside)
                        .with(user(operator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"SAFE\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post(url, incident.id(), others)
                        .with(user(operator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"SAFE\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("your organisation's sites")));
        mvc.perform(post(url, incident.id(), own)
                        .with(user(analyst))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"SAFE\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post(url, UUID.randomUUID(), own)
                        .with(user(coordinator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"SAFE\"}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Incident not found"));
        assertThat(count("incident_site_status") + count("incident_timeline")).isEqualTo(before);

        incidents.close(incident.id(), coordinator);
        long closed = count("incident_site_status") + count("incident_timeline");
        mvc.perform(post(url, incident.id(), own)
                        .with(user(operator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"SAFE\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("closed")));
        assertThat(count("incident_site_status") + count("incident_timeline")).isEqualTo(closed);
        assertThat(events.stream(SiteStatusReported.class)).isEmpty();
    }

    @Test
    void theFormAnswersBackToTheReferringPageOrWithJsonForScriptsAndRefusesWithAPage() throws Exception {
        String path = "/incidents/{id}/sites/{site}/status";
        mvc.perform(post(path, incident.id(), own)
                        .with(user(operator))
                        .with(csrf())
                        .header("Referer", "http://localhost/incidents/" + incident.id() + "?tab=1")
                        .param("status", "SHELTERING"))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/incidents/" + incident.id() + "?tab=1"));
        mvc.perform(post(path, incident.id(), own)
                        .with(user(operator))
                        .with(csrf())
                        .header("Referer", "https://elsewhere.example/phish")
                        .param("status", "SAFE"))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/incidents/" + incident.id()));
        mvc.perform(post(path, incident.id(), own)
                        .with(user(operator))
                        .with(csrf().asHeader())
                        .accept(MediaType.APPLICATION_JSON)
                        .param("status", "EVACUATING"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("EVACUATING"))
                .andExpect(jsonPath("$.site").value(own.toString()));
        assertThat(latest(own)).isEqualTo("EVACUATING");

        long before = count("incident_site_status") + count("incident_timeline");
        mvc.perform(post(path, incident.id(), own)
                        .with(user(operator))
                        .with(csrf())
                        .param("status", "PANIC"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose one of the answers")))
                .andExpect(content().string(containsString("Nothing was changed")));
        mvc.perform(post(path, incident.id(), others)
                        .with(user(operator))
                        .with(csrf())
                        .param("status", "SAFE"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("only for the sites of your own organisation")));
        mvc.perform(post(path, incident.id(), UUID.randomUUID())
                        .with(user(coordinator))
                        .with(csrf().asHeader())
                        .accept(MediaType.APPLICATION_JSON)
                        .param("status", "SAFE"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post(path, incident.id(), own).with(user(operator)).param("status", "SAFE"))
                .andExpect(status().isForbidden());
        assertThat(count("incident_site_status") + count("incident_timeline")).isEqualTo(before);
        assertThat(latest(own)).isEqualTo("EVACUATING");
    }

    @Test
    void operatorsAnswerFromTheIncidentPageForTheirOwnSitesOnly() throws Exception {
        mvc.perform(get("/incidents/{id}", incident.id()).with(user(operator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"own-site-" + own + "\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("own-site-" + others))))
                .andExpect(content().string(containsString("value=\"NEEDS_HELP\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"operations-link\""))));
        mvc.perform(get("/incidents/{id}", incident.id()).with(user(analyst)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"operations-link\"")))
                .andExpect(content().string(containsString("id=\"timeline-pdf\"")))
                .andExpect(content().string(containsString("0 of 2 affected sites have answered")));
    }

    @Test
    void theOperationsPictureServesItsFragmentsAndJsonToOperationsStaffOnly() throws Exception {
        rollCall.answer(incident.id(), own, SiteStatus.NEEDS_HELP, null, "API", operator);

        mvc.perform(get("/incidents/{id}/operations", incident.id()).with(user(analyst)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"operations-map\"")))
                .andExpect(content().string(containsString("id=\"count-NEEDS_HELP\"")))
                .andExpect(content().string(containsString("Market Arcade")));
        String counts = mvc.perform(get("/incidents/{id}/operations/counts", incident.id())
                        .with(user(SiteFixtures.user(Role.ADVISOR)))
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(counts)
                .startsWith("<section id=\"counts\"")
                .doesNotContain("<html")
                .containsPattern("(?s)id=\"count-NEEDS_HELP\".*?count-value\">1<")
                .containsPattern("(?s)id=\"count-UNANSWERED\".*?count-value\">1<");
        mvc.perform(get("/incidents/{id}/operations/unanswered", incident.id()).with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-site=\"" + others + "\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("data-site=\"" + own + "\""))));
        mvc.perform(get("/incidents/{id}/operations/sites.json", incident.id()).with(user(analyst)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2));
        mvc.perform(get("/incidents/{id}/operations/sites.json", incident.id())
                        .param("site", own.toString())
                        .with(user(analyst)))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0][0]").value(own.toString()))
                .andExpect(jsonPath("$[0][1]").value("Harbour Hall"))
                .andExpect(jsonPath("$[0][4]").value("NEEDS_HELP"));
        mvc.perform(get("/incidents/{id}/operations/zones.json", incident.id()).with(user(analyst)))
                .andExpect(jsonPath("$.features[0].properties.zoneKind").value("CORDON"));

        mvc.perform(get("/api/v1/incidents/{id}/statuses", incident.id()).with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.NEEDS_HELP").value(1))
                .andExpect(jsonPath("$.counts.SAFE").value(0))
                .andExpect(jsonPath("$.unanswered").value(1))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.sites.length()").value(2));
        mvc.perform(get("/api/v1/incidents/{id}/statuses", incident.id())
                        .param("status", "unanswered")
                        .with(user(coordinator)))
                .andExpect(jsonPath("$.matching").value(1))
                .andExpect(jsonPath("$.sites[0].site").value(others.toString()))
                .andExpect(jsonPath("$.sites[0].status").doesNotExist());
        mvc.perform(get("/api/v1/incidents/{id}/statuses", incident.id()).with(user(operator)))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.sites[0].site").value(own.toString()));
        mvc.perform(get("/api/v1/incidents/{id}/statuses", incident.id())
                        .param("status", "BORED")
                        .with(user(coordinator)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));

        for (String path : List.of("", "/counts", "/unanswered", "/reports", "/timeline", "/sites.json")) {
            mvc.perform(get("/incidents/{id}/operations" + path, incident.id()).with(user(operator)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/incidents/{id}/operations", incident.id()).with(user(operator)))
                .andExpect(content().string(containsString("Your role does not allow this")));
    }

    @Test
    void reportsPlacedInsideTheZonesSinceTheIncidentBeganAreListedOnThePicture() throws Exception {
        Reader reporter = new Reader(UUID.randomUUID(), Role.ANALYST, null, Set.of());
        GeoPoint inside = ZoneSamples.destination(centre, 45, 200);
        GeoPoint away = ZoneSamples.destination(centre, 45, 5_000);
        String insideReference =
                reports.submit(reporter, report(inside), List.of()).reference();
        String awayReference = reports.submit(reporter, report(away), List.of()).reference();

        mvc.perform(get("/incidents/{id}/operations/reports", incident.id()).with(user(analyst)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(insideReference)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(awayReference))));
        // advisors see only the reports their organisation sent
        mvc.perform(get("/incidents/{id}/operations/reports", incident.id())
                        .with(user(SiteFixtures.user(Role.ADVISOR))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(insideReference))));
    }

    @Test
    void theEscalationWaitIsSetWhenDeclaringOrOnTheIncidentPageWithinItsBounds() throws Exception {
        assertThat(rollCall.escalationWait(incident.id(), coordinator)).isEqualTo(Duration.ofMinutes(10));

        mvc.perform(post("/incidents/{id}/escalation-wait", incident.id())
                        .with(user(coordinator))
                        .with(csrf())
                        .param("minutes", "25"))
                .andExpect(status().is3xxRedirection());
        assertThat(rollCall.escalationWait(incident.id(), coordinator)).isEqualTo(Duration.ofMinutes(25));
        mvc.perform(post("/incidents/{id}/escalation-wait", incident.id())
                        .with(user(coordinator))
                        .with(csrf())
                        .param("minutes", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("between 1 and 1440")));
        mvc.perform(post("/incidents/{id}/escalation-wait", incident.id())
                        .with(user(analyst))
                        .with(csrf())
                        .param("minutes", "5"))
                .andExpect(status().isForbidden());
        assertThat(rollCall.escalationWait(incident.id(), coordinator)).isEqualTo(Duration.ofMinutes(25));
        assertThat(incidents.timeline(incident.id(), coordinator))
                .filteredOn(e -> e.what() == TimelineEntry.What.ESCALATION_WAIT_SET)
                .extracting(TimelineEntry::detail)
                .containsExactly("25");

        long before = count("incident");
        String declaration = "{\"type\":\"OTHER\",\"place\":\"Quay\",\"occurredAt\":\"" + now
                + "\",\"escalationWaitMinutes\":%d,\"zones\":[{\"kind\":\"CORDON\",\"geometry\":{\"type\":\"Point\","
                + "\"coordinates\":[" + centre.longitude() + "," + centre.latitude() + "]},\"radiusMetres\":100,"
                + "\"validFrom\":\"" + now + "\"}]}";
        mvc.perform(post("/api/v1/incidents")
                        .with(user(coordinator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(declaration.formatted(0)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("escalationWaitMinutes"));
        assertThat(count("incident")).isEqualTo(before);
        String body = mvc.perform(post("/api/v1/incidents")
                        .with(user(coordinator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(declaration.formatted(3)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        UUID declared = UUID.fromString(body.replaceAll("(?s).*?\"id\":\"([0-9a-f-]{36})\".*", "$1"));
        assertThat(rollCall.escalationWait(declared, coordinator)).isEqualTo(Duration.ofMinutes(3));
    }

    @Test
    void theTimelinePdfIsTheAfterActionRecordWithEveryEntryAndTheRollCall() throws Exception {
        rollCall.answer(incident.id(), own, SiteStatus.SAFE, "Doors closed, 40 inside", "API", operator);
        rollCall.answer(incident.id(), others, SiteStatus.EVACUATING, null, "APP", coordinator);
        rollCall.setEscalationWait(incident.id(), Duration.ofMinutes(15), coordinator);

        byte[] pdf = mvc.perform(
                        get("/incidents/{id}/timeline.pdf", incident.id()).with(user(analyst)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        StringBuilder text = new StringBuilder();
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
        } finally {
            reader.close();
        }
        // table cells wrap their lines where the column ends: compare without any white space
        assertThat(text.toString().replaceAll("\\s+", ""))
                .contains(squeezed("After-action record"))
                .contains(squeezed(incident.place()))
                .contains(squeezed("declared the incident"))
                .contains(squeezed("reported for Harbour Hall: Safe"))
                .contains(squeezed("through the API — Doors closed, 40 inside"))
                .contains(squeezed("reported for Market Arcade: Evacuating"))
                .contains(squeezed("set the wait before escalation to 15 minutes"))
                .contains(squeezed("Olu"))
                .contains(squeezed("Cordon"))
                .contains(squeezed("No answer yet0"))
                .contains(squeezed("Evacuating1"));
        assertThat(incidents.timeline(incident.id(), coordinator)).hasSize(4);
        mvc.perform(get("/incidents/{id}/timeline.pdf", incident.id()).with(user(operator)))
                .andExpect(status().isForbidden());
    }

    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    private ReportDraft report(GeoPoint at) {
        return new ReportDraft(
                now,
                at.latitude(),
                at.longitude(),
                null,
                null,
                null,
                "Someone filmed the exits for an hour and left when approached",
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                "en");
    }

    private BulwarkUser member(SiteFixtures.Organisation organisation, Role role) {
        UUID account = UUID.randomUUID();
        jdbc.sql("insert into member (id, organisation_id, full_name, email, role, account_id, created_at, version)"
                        + " values (?, ?, 'Venue system', 'system@example.org', ?, ?, ?, 0)")
                .params(UUID.randomUUID(), organisation.id(), role.name(), account, OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        return BulwarkUser.of(account, "system-" + account.toString().substring(0, 8), "Venue system", role);
    }

    private @Nullable String latest(UUID site) {
        return jdbc.sql("select status from incident_site_status where incident_id = ? and site_id = ?")
                .params(incident.id(), site)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private String circle(double radius) {
        return "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[" + centre.longitude() + ","
                + centre.latitude() + "]},\"properties\":{\"radius\":" + radius + "}}";
    }

    private UUID site(String name, GeoPoint position, UUID organisation) {
        return sites.register(new SiteDetails(
                        name,
                        "1 Quay Street",
                        position,
                        "stadia-arenas",
                        UseType.ARENA,
                        500,
                        organisation,
                        SiteContact.NONE,
                        null))
                .id();
    }
}
