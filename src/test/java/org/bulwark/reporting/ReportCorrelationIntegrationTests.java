package org.bulwark.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.bulwark.geo.GeoPoint;
import org.bulwark.identity.Role;
import org.bulwark.reporting.internal.CorrelationFacts;
import org.bulwark.reporting.internal.Correlations;
import org.bulwark.reporting.internal.ReportCorrelation;
import org.bulwark.reporting.internal.ReportLinkReason;
import org.bulwark.sites.Site;
import org.bulwark.sites.SiteContact;
import org.bulwark.sites.SiteDetails;
import org.bulwark.sites.SiteFixtures;
import org.bulwark.sites.Sites;
import org.bulwark.sites.UseType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.ObjectMapper;

/** A report sent through the API is linked to the related ones once stored, and the analyst sees the links. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(ReportReaders.Configuration.class)
class ReportCorrelationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ReportReaders readers;

    @Autowired
    Correlations correlations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    @Autowired
    ReportCorrelation correlation;

    @Autowired
    Sites sites;

    @Test
    void twoPartnersReportingTheSamePlateAreLinkedAndTheAnalystSeesWhy() throws Exception {
        String plate = "PA" + ThreadLocalRandom.current().nextInt(10, 99) + " K"
                + (char) ('A' + ThreadLocalRandom.current().nextInt(26))
                + UUID.randomUUID().toString().substring(0, 2);
        UUID hotel = readers.member(UUID.randomUUID(), UUID.randomUUID());
        UUID arena = readers.member(UUID.randomUUID(), UUID.randomUUID());
        UUID analyst = readers.member(UUID.randomUUID(), UUID.randomUUID());

        UUID first = send(hotel, plate, 53.31, 0.25);
        UUID second = send(arena, plate.toLowerCase().replace(" ", "-"), 53.20, 0.40);

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(correlations.linksOf(second)).anySatisfy(link -> {
                    assertThat(link.other()).isEqualTo(first);
                    assertThat(link.reason()).isEqualTo(ReportLinkReason.PLATE);
                }));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.sql("select count(*) from report where id in (?, ?) and correlated_at is not null")
                                .params(first, second)
                                .query(Long.class)
                                .single()
                        == 2);
        assertThat(correlation.correlateOnce(second))
                .as("a report is correlated once, by one worker")
                .isFalse();
        String firstReference = jdbc.sql("select reference from report where id = ?")
                .param(first)
                .query(String.class)
                .single();

        mvc.perform(get("/reports/{id}", second).with(ReportingIntegrationTests.as(analyst, Role.ANALYST)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"report-links-slot\"")));
        mvc.perform(get("/reports/{id}/links", second).with(ReportingIntegrationTests.as(analyst, Role.ANALYST)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(firstReference)));
        mvc.perform(get("/reports/{id}/links", second).with(ReportingIntegrationTests.as(arena, Role.OPERATOR)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aReportPlacedByCoordinatesCountsAsAboutTheRegisteredSiteBesideIt() {
        // a point far from the demo city and from other tests' sites, with a hotel on it and one 400 m away
        double latitude = 57.0 + ThreadLocalRandom.current().nextDouble(0.5);
        double longitude = -4.0 - ThreadLocalRandom.current().nextDouble(0.5);
        Site hotel = sites.register(new SiteDetails(
                SiteFixtures.unique("Quayside Hotel"),
                "1 Quay",
                new GeoPoint(latitude, longitude),
                "hotels-restaurants",
                UseType.HOTEL,
                300,
                null,
                SiteContact.NONE,
                null));
        UUID report = UUID.randomUUID();
        CorrelationFacts beside = new CorrelationFacts(
                report, Instant.now(), latitude + 0.0004, longitude, null, null, null, List.of(), List.of(), List.of());
        CorrelationFacts away = new CorrelationFacts(
                report, Instant.now(), latitude + 0.0036, longitude, null, null, null, List.of(), List.of(), List.of());

        CorrelationFacts placed = correlation.placed(beside);

        assertThat(placed.site()).isEqualTo(hotel.id());
        assertThat(placed.sector()).isEqualTo("hotels-restaurants");
        assertThat(correlation.placed(away).site())
                .as("400 m away is not at the hotel")
                .isNull();
    }

    @Test
    void aBulletinFromAPublicReportBesideAHotelIsForTheHotelSector() throws Exception {
        double latitude = 56.0 + ThreadLocalRandom.current().nextDouble(0.5);
        double longitude = -5.0 - ThreadLocalRandom.current().nextDouble(0.5);
        sites.register(new SiteDetails(
                SiteFixtures.unique("Loch Hotel"),
                "1 Shore Road",
                new GeoPoint(latitude, longitude),
                "hotels-restaurants",
                UseType.HOTEL,
                300,
                null,
                SiteContact.NONE,
                null));
        UUID analyst = readers.member(UUID.randomUUID(), UUID.randomUUID());
        String answer = mvc.perform(post("/api/v1/public/reports")
                        .with(request -> {
                            request.setRemoteAddr(
                                    "198.51.100." + ThreadLocalRandom.current().nextInt(1, 250));
                            return request;
                        })
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"description": "A man filmed the hotel's side door and paced out the car park.",
                                 "latitude": %s, "longitude": %s}
                                """.formatted(latitude + 0.0003, longitude)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        UUID report = UUID.fromString(json.readTree(answer).get("id").asString());
        mvc.perform(
                        post("/api/v1/reports/{id}/transitions", report)
                                .with(ReportingIntegrationTests.as(analyst, Role.ANALYST))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"transition\": \"ESCALATE\", \"category\": \"observation-surveillance\","
                                                + " \"text\": \"Filmed the side door for twenty minutes and paced out the car park.\"}"))
                .andExpect(status().isOk());

        String draft = mvc.perform(post("/api/v1/reports/{id}/bulletin-draft", report)
                        .with(ReportingIntegrationTests.as(analyst, Role.ANALYST)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();

        UUID bulletin = UUID.fromString(json.readTree(draft).get("bulletin").asString());
        assertThat(jdbc.sql("select audience_key from bulletin_audience where bulletin_id = ?")
                        .param(bulletin)
                        .query(String.class)
                        .list())
                .containsExactly("sector:hotels-restaurants");
    }

    private UUID send(UUID operator, String plate, double latitude, double longitude) throws Exception {
        String body = """
                {"description": "A driver watched the service gate for an hour.", "category": "observation-surveillance",
                 "observedAt": "2026-11-20T18:30:00Z", "latitude": %s, "longitude": %s,
                 "vehicles": [{"plate": "%s", "description": "silver van"}]}
                """.formatted(latitude, longitude, plate);
        String answer = mvc.perform(post("/api/v1/reports")
                        .with(ReportingIntegrationTests.as(operator, Role.OPERATOR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return UUID.fromString(json.readTree(answer).get("id").asString());
    }
}
