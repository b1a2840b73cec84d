package org.bulwark.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.bulwark.geo.GeoJson;
import org.bulwark.geo.GeoPoint;
import org.bulwark.geo.ZoneSamples;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Role;
import org.bulwark.sites.SiteContact;
import org.bulwark.sites.SiteDetails;
import org.bulwark.sites.SiteFixtures;
import org.bulwark.sites.Sites;
import org.bulwark.sites.UseType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class IncidentEventsAndZoneLimitsIntegrationTests {

    @Autowired
    Incidents incidents;

    @Autowired
    MajorEvents events;

    @Autowired
    Sites sites;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    private final BulwarkUser coordinator = SiteFixtures.user(Role.COORDINATOR);
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    private GeoPoint centre;
    private UUID near;
    private UUID event;
    private String eventName;

    @BeforeEach
    void prepare() {
        Random random = new Random();
        centre = new GeoPoint(random.nextDouble() * 100 - 50, random.nextDouble() * 320 - 160);
        near = site(ZoneSamples.destination(centre, 45, 100));
        eventName = "Festival " + UUID.randomUUID();
        event = events.plan(
                        new MajorEventDraft(
                                eventName, now.plus(10, ChronoUnit.DAYS), now.plus(11, ChronoUnit.DAYS), List.of(near)),
                        coordinator)
                .id();
    }

    @Test
    void anIncidentDeclaredAtAnEventIsListedOnTheEventAndLinksBackToIt() throws Exception {
        Incident incident = incidents.declare(
                new IncidentDraft("MARAUDING_FIREARMS", "Main stage", now, List.of(circle(200, now, null)), event),
                coordinator);

        assertThat(incident.event()).isEqualTo(event);
        assertThat(incidents.linkedTo(event, SiteFixtures.user(Role.ANALYST)))
                .extracting(Incident::id)
                .containsExactly(incident.id());
        mvc.perform(get("/incidents/{id}", incident.id()).with(user(SiteFixtures.user(Role.ADVISOR))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/events/" + event)))
                .andExpect(content().string(containsString(eventName)));
        mvc.perform(get("/events/{id}", event).with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/incidents/" + incident.id())))
                .andExpect(content().string(containsString("Main stage")));
        mvc.perform(get("/api/v1/incidents/{id}", incident.id()).with(user(coordinator)))
                .andExpect(jsonPath("$.event").value(event.toString()));
    }

    @Test
    void anIncidentIsLinkedAndUnlinkedLaterAndTheTimelineSaysSo() throws Exception {
        Incident incident = incidents.declare(
                new IncidentDraft("MARAUDING_FIREARMS", "Car park", now, List.of(circle(200, now, null))), coordinator);

        mvc.perform(put("/api/v1/incidents/{id}/event", incident.id())
                        .with(user(coordinator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"event\":\"" + event + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.event").value(event.toString()));
        mvc.perform(put("/api/v1/incidents/{id}/event", incident.id())
                        .with(user(coordinator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"event\":null}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.event").doesNotExist());
        assertThat(incidents.timeline(incident.id(), coordinator))
                .extracting(TimelineEntry::what, TimelineEntry::detail)
                .containsSubsequence(
                        org.assertj.core.groups.Tuple.tuple(TimelineEntry.What.EVENT_LINKED, eventName),
                        org.assertj.core.groups.Tuple.tuple(TimelineEntry.What.EVENT_UNLINKED, null));

        mvc.perform(post("/incidents/{id}/event", incident.id())
                        .with(user(coordinator))
                        .with(csrf())
                        .param("event", event.toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(incidents.get(incident.id(), coordinator).event()).isEqualTo(event);
        assertThatThrownBy(() -> incidents.linkEvent(incident.id(), null, SiteFixtures.user(Role.ANALYST)))
                .isInstanceOf(IncidentsNotPermitted.class);
        assertThat(incidents.get(incident.id(), coordinator).event()).isEqualTo(event);
    }

    @Test
    void anUnknownEventIsRefusedClearlyAndNothingChanges() throws Exception {
        UUID unknown = UUID.randomUUID();
        long before = count("incident");
        String declaration = "{\"type\":\"OTHER\",\"place\":\"Gate\",\"occurredAt\":\"" + now
                + "\",\"event\":\"" + unknown + "\",\"zones\":[{\"kind\":\"CORDON\",\"geometry\":{\"type\":\"Point\","
                + "\"coordinates\":[" + centre.longitude() + "," + centre.latitude() + "]},\"radiusMetres\":200,"
                + "\"validFrom\":\"" + now + "\"}]}";

        mvc.perform(post("/api/v1/incidents")
                        .with(user(coordinator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(declaration))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("event"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString(unknown.toString())));
        mvc.perform(post("/incidents")
                        .with(user(coordinator))
                        .with(csrf())
                        .param("type", Incidents.OTHER)
                        .param("place", "Gate")
                        .param("occurredAt", "2026-05-01T10:15")
                        .param("kind", "CORDON")
                        .param("validFrom", "2026-05-01T10:20")
                        .param("latitude", Double.toString(centre.latitude()))
                        .param("longitude", Double.toString(centre.longitude()))
                        .param("radius", "200")
                        .param("event", "not-an-event"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("not-an-event")));
        assertThat(count("incident")).isEqualTo(before);

        Incident incident = incidents.declare(
                new IncidentDraft("OTHER", "Gate", now, List.of(circle(200, now, null)), event), coordinator);
        mvc.perform(put("/api/v1/incidents/{id}/event", incident.id())
                        .with(user(coordinator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"event\":\"" + unknown + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("event"));
        mvc.perform(put("/api/v1/incidents/{id}/event", UUID.randomUUID())
                        .with(user(coordinator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"event\":\"" + event + "\"}"))
                .andExpect(status().isNotFound());
        assertThat(incidents.get(incident.id(), coordinator).event()).isEqualTo(event);
    }

    @Test
    void affectedSitesCountOnlyZonesInForceUnlessAllAreAsked() throws Exception {
        Incident incident = incidents.declare(
                new IncidentDraft(
                        "OTHER",
                        "Riverside",
                        now,
                        List.of(
                                circle(200, now.minus(1, ChronoUnit.HOURS), null),
                                circle(300, now.plus(2, ChronoUnit.HOURS), null),
                                circle(400, now.minus(3, ChronoUnit.HOURS), now.minus(1, ChronoUnit.HOURS)))),
                coordinator);
        List<IncidentZone> zones = incidents.get(incident.id(), coordinator).zones();

        assertThat(incidents.affectedSites(incident.id(), coordinator))
                .extracting(AffectedSite::zone, AffectedSite::validity)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(zones.get(0).id(), ZoneValidity.CURRENT),
                        org.assertj.core.groups.Tuple.tuple(zones.get(1).id(), ZoneValidity.UPCOMING),
                        org.assertj.core.groups.Tuple.tuple(zones.get(2).id(), ZoneValidity.EXPIRED));
        mvc.perform(get("/api/v1/incidents/{id}/affected-sites", incident.id()).with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].zone").value(zones.get(0).id().toString()))
                .andExpect(jsonPath("$[0].current").value(true))
                .andExpect(jsonPath("$[0].validity").value("CURRENT"));
        mvc.perform(get("/api/v1/incidents/{id}/affected-sites", incident.id())
                        .param("all", "true")
                        .with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[?(@.validity == 'UPCOMING')].current").value(false))
                .andExpect(jsonPath("$[?(@.validity == 'EXPIRED')].current").value(false));
        mvc.perform(get("/incidents/{id}", incident.id()).with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Affected sites now (1)")))
                .andExpect(content().string(containsString("zone not yet valid")))
                .andExpect(content().string(containsString("zone expired")))
                .andExpect(content().string(containsString("zone in force")));
    }

    @Test
    void zonesThatAreNotUsableAreRefusedWithAClearProblemAndNothingIsStored() throws Exception {
        long before = count("incident") + count("incident_zone") + count("incident_affected_site");
        double lat = centre.latitude();
        double lon = centre.longitude();
        // three metres a side: a valid shape, but no usable zone
        double tiny = 0.00003;
        List<String> refused = List.of(
                // open
                polygon("[[" + lon + "," + lat + "],[" + (lon + 0.01) + "," + lat + "],[" + (lon + 0.01) + ","
                        + (lat + 0.01) + "],[" + lon + "," + (lat + 0.01) + "]]"),
                // self-intersecting
                polygon("[[" + lon + "," + lat + "],[" + (lon + 0.01) + "," + (lat + 0.01) + "],[" + (lon + 0.01) + ","
                        + lat + "],[" + lon + "," + (lat + 0.01) + "],[" + lon + "," + lat + "]]"),
                // zero area: every corner on one line
                polygon("[[" + lon + "," + lat + "],[" + (lon + 0.01) + "," + lat + "],[" + (lon + 0.02) + "," + lat
                        + "],[" + lon + "," + lat + "]]"),
                // a few square metres
                polygon("[[" + lon + "," + lat + "],[" + (lon + tiny) + "," + lat + "],[" + (lon + tiny) + ","
                        + (lat + tiny) + "],[" + lon + "," + (lat + tiny) + "],[" + lon + "," + lat + "]]"),
                // continental: 40 degrees of longitude
                polygon("[[0,10],[40,10],[40,50],[0,50],[0,10]]"),
                // about 61 km a side near the equator: 3,700 km², though no two corners are 100 km apart
                polygon("[[10,0],[10.55,0],[10.55,0.55],[10,0.55],[10,0]]"),
                // thin and long: 150 km by 100 m
                polygon("[[10,0],[11.35,0],[11.35,0.001],[10,0.001],[10,0]]"),
                circleGeometry(0),
                circleGeometry(3),
                circleGeometry(60_000),
                circleGeometry(500_000));
        List<String> reasons = List.of(
                "not closed",
                "edges cross",
                "no area",
                "at least 100 m²",
                "at most 2500 km²",
                "at most 2500 km²",
                "at most 100 km",
                "greater than 0",
                "at least 10 metres",
                "at most 50000 metres",
                "at most 100000 metres");
        for (int i = 0; i < refused.size(); i++) {
            mvc.perform(post("/api/v1/incidents")
                            .with(user(coordinator))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"type\":\"OTHER\",\"place\":\"Anywhere\",\"occurredAt\":\"" + now
                                    + "\",\"zones\":[{\"kind\":\"CORDON\",\"geometry\":" + refused.get(i)
                                    + ",\"radiusMetres\":" + radiusOf(refused.get(i)) + ",\"validFrom\":\"" + now
                                    + "\"}]}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("zones[0].geometry"))
                    .andExpect(jsonPath("$.errors[0].reason").value(containsString(reasons.get(i))));
        }
        assertThat(count("incident") + count("incident_zone") + count("incident_affected_site"))
                .isEqualTo(before);

        Incident incident = incidents.declare(
                new IncidentDraft("OTHER", "Square", now, List.of(circle(200, now, null))), coordinator);
        mvc.perform(post("/api/v1/incidents/{id}/zones", incident.id())
                        .with(user(coordinator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"OUTER\",\"geometry\":" + circleGeometry(60_000)
                                + ",\"radiusMetres\":60000,\"validFrom\":\"" + now + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("geometry"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("at most 50000 metres")));
        mvc.perform(post("/incidents/{id}/zones", incident.id())
                        .with(user(coordinator))
                        .with(csrf())
                        .param("kind", "OUTER")
                        .param("validFrom", "2026-05-01T10:20")
                        .param("latitude", Double.toString(lat))
                        .param("longitude", Double.toString(lon))
                        .param("radius", "5"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("at least 10 metres")))
                .andExpect(content().string(not(containsString("Exception"))));
        assertThat(incidents.get(incident.id(), coordinator).zones()).hasSize(1);
    }

    @Test
    void aZoneJustInsideTheLimitsIsAccepted() {
        GeoPoint south = ZoneSamples.destination(centre, 180, 20_000);
        GeoPoint north = ZoneSamples.destination(centre, 0, 20_000);
        GeoPoint west = ZoneSamples.destination(centre, 270, 20_000);
        GeoPoint east = ZoneSamples.destination(centre, 90, 20_000);
        // about 40 x 40 km: 1,600 km², spanning 57 km corner to corner
        String box = GeoJson.writeZone(
                        ZoneSamples.rectangle(south.latitude(), west.longitude(), north.latitude(), east.longitude()))
                .toString();

        Incident incident = incidents.declare(
                new IncidentDraft(
                        "OTHER",
                        "Region",
                        now,
                        List.of(
                                new ZoneDraft(ZoneKind.OUTER, box, now, null),
                                circle(10, now, null),
                                circle(50_000, now, null))),
                coordinator);

        assertThat(incident.zones()).hasSize(3);
    }

    private ZoneDraft circle(double radius, Instant from, Instant until) {
        return new ZoneDraft(
                ZoneKind.CORDON,
                "{\"type\":\"Feature\",\"geometry\":" + circleGeometry(radius) + ",\"properties\":{\"radius\":" + radius
                        + "}}",
                from,
                until);
    }

    private String circleGeometry(double radius) {
        return "{\"type\":\"Point\",\"coordinates\":[" + centre.longitude() + "," + centre.latitude() + "],\"radius\":"
                + radius + "}";
    }

    private static String radiusOf(String geometry) {
        return geometry.contains("\"radius\":") ? geometry.replaceAll(".*\"radius\":([0-9.]+).*", "$1") : "null";
    }

    private static String polygon(String ring) {
        return "{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}";
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private UUID site(GeoPoint position) {
        return sites.register(new SiteDetails(
                        "Event incident site " + UUID.randomUUID(),
                        "Incident test street",
                        position,
                        "retail",
                        UseType.RETAIL_STORE,
                        50,
                        null,
                        SiteContact.NONE,
                        null))
                .id();
    }
}
