package org.bulwark.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.bulwark.geo.GeoJson;
import org.bulwark.geo.GeoPoint;
import org.bulwark.geo.Zone;
import org.bulwark.geo.ZoneSamples;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Role;
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
class IncidentsIntegrationTests {

    @Autowired
    Incidents incidents;

    @Autowired
    Sites sites;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationEvents events;

    private final BulwarkUser coordinator = SiteFixtures.user(Role.COORDINATOR);
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    /** A random place per test, far from the sites of other tests that share the database. */
    private GeoPoint centre;

    private UUID near;
    private UUID edge;
    private UUID far;

    @BeforeEach
    void placeSites() {
        Random random = new Random();
        centre = new GeoPoint(random.nextDouble() * 100 - 50, random.nextDouble() * 320 - 160);
        near = site(ZoneSamples.destination(centre, 45, 100), null);
        edge = site(ZoneSamples.destination(centre, 180, 450), null);
        far = site(ZoneSamples.destination(centre, 90, 1_500), null);
    }

    @Test
    void declaringWithACircleStoresTheSitesInsideItAndPublishesTheEvents() {
        Incident incident = incidents.declare(draft(circle(500), circle(200)), coordinator);

        assertThat(incident.status()).isEqualTo(IncidentStatus.ACTIVE);
        assertThat(incident.zones()).hasSize(2);
        assertThat(affected(incident.id(), incident.zones().get(0).id())).containsExactlyInAnyOrder(near, edge);
        assertThat(affected(incident.id(), incident.zones().get(1).id())).containsExactly(near);
        assertThat(events.stream(IncidentDeclared.class)).containsExactly(new IncidentDeclared(incident.id()));
        assertThat(events.stream(ZoneChanged.class)).hasSize(2);
        assertThat(incidents.timeline(incident.id(), coordinator))
                .extracting(TimelineEntry::what)
                .containsExactly(TimelineEntry.What.DECLARED);
    }

    @Test
    void declaringWithAPolygonStoresExactlyTheSitesInsideIt() {
        // a box around the centre reaching 300 m south: near is inside, edge (450 m south) and far are not
        GeoPoint south = ZoneSamples.destination(centre, 180, 300);
        GeoPoint north = ZoneSamples.destination(centre, 0, 300);
        GeoPoint west = ZoneSamples.destination(centre, 270, 300);
        GeoPoint east = ZoneSamples.destination(centre, 90, 300);
        Zone box = ZoneSamples.rectangle(south.latitude(), west.longitude(), north.latitude(), east.longitude());

        Incident incident = incidents.declare(
                draft(new ZoneDraft(ZoneKind.AVOID, GeoJson.writeZone(box).toString(), now, null)), coordinator);

        assertThat(affectedSites(incident.id())).containsExactly(near);
    }

    @Test
    void redrawingAZoneRecomputesItsAffectedSites() {
        Incident incident = incidents.declare(draft(circle(200)), coordinator);
        IncidentZone zone = incident.zones().get(0);
        assertThat(affectedSites(incident.id())).containsExactly(near);

        IncidentZone redrawn =
                incidents.redrawZone(incident.id(), zone.id(), circle(2_000), zone.version(), coordinator);

        assertThat(redrawn.version()).isEqualTo(zone.version() + 1);
        assertThat(affectedSites(incident.id())).containsExactlyInAnyOrder(near, edge, far);
        assertThat(events.stream(ZoneChanged.class)).contains(new ZoneChanged(incident.id(), zone.id()));
        assertThatThrownBy(
                        () -> incidents.redrawZone(incident.id(), zone.id(), circle(100), zone.version(), coordinator))
                .isInstanceOf(IncidentChangeRefused.class);
        assertThat(affectedSites(incident.id())).containsExactlyInAnyOrder(near, edge, far);
    }

    @Test
    void closingStopsEveryChange() {
        Incident incident = incidents.declare(draft(circle(200)), coordinator);

        Incident closed = incidents.close(incident.id(), coordinator);

        assertThat(closed.status()).isEqualTo(IncidentStatus.CLOSED);
        assertThat(closed.closedAt()).isNotNull();
        assertThat(events.stream(IncidentClosed.class)).containsExactly(new IncidentClosed(incident.id()));
        assertThatThrownBy(() -> incidents.close(incident.id(), coordinator)).isInstanceOf(IncidentChangeRefused.class);
        assertThatThrownBy(() -> incidents.addZone(incident.id(), circle(900), coordinator))
                .isInstanceOf(IncidentChangeRefused.class);
        assertThatThrownBy(() -> incidents.redrawZone(
                        incident.id(), incident.zones().get(0).id(), circle(900), null, coordinator))
                .isInstanceOf(IncidentChangeRefused.class);
        assertThat(affectedSites(incident.id())).containsExactly(near);
        assertThat(incidents.timeline(incident.id(), coordinator))
                .extracting(TimelineEntry::what)
                .containsExactly(TimelineEntry.What.DECLARED, TimelineEntry.What.CLOSED);
    }

    @Test
    void badInputIsRefusedWithTheGeoKernelsReasonAndChangesNothing() {
        long before = count("incident") + count("incident_zone") + count("incident_affected_site");
        String open = "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1]]]}";
        String crossing = "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]}";

        assertThatThrownBy(() -> incidents.declare(
                        draft(circle(200), new ZoneDraft(ZoneKind.INNER, open, now, null)), coordinator))
                .isInstanceOf(InvalidIncident.class)
                .hasMessageContaining("zones[1].geometry")
                .hasMessageContaining("not closed");
        assertThatThrownBy(
                        () -> incidents.declare(draft(new ZoneDraft(ZoneKind.INNER, crossing, now, null)), coordinator))
                .hasMessageContaining("edges cross");
        assertThatThrownBy(() -> incidents.declare(draft(circle(0)), coordinator))
                .hasMessageContaining("greater than 0");
        assertThatThrownBy(() -> incidents.declare(draft(circle(5_000_000)), coordinator))
                .hasMessageContaining("at most 100000 metres");
        assertThatThrownBy(
                        () -> incidents.declare(new IncidentDraft("KNIFE_JUGGLING", " ", null, List.of()), coordinator))
                .isInstanceOf(InvalidIncident.class)
                .satisfies(e -> assertThat(((InvalidIncident) e).problems())
                        .extracting(InvalidIncident.Problem::field)
                        .containsExactly("type", "place", "occurredAt", "zones"));
        assertThatThrownBy(() -> incidents.declare(
                        draft(new ZoneDraft(ZoneKind.OUTER, circleJson(100), now, now.minusSeconds(60))), coordinator))
                .hasMessageContaining("validUntil");
        assertThat(count("incident") + count("incident_zone") + count("incident_affected_site"))
                .isEqualTo(before);
        assertThat(events.stream(IncidentDeclared.class)).isEmpty();

        Incident incident = incidents.declare(draft(circle(200)), coordinator);
        IncidentZone zone = incident.zones().get(0);
        assertThatThrownBy(() -> incidents.redrawZone(
                        incident.id(), zone.id(), new ZoneDraft(ZoneKind.CORDON, open, now, null), null, coordinator))
                .isInstanceOf(InvalidIncident.class);
        assertThatThrownBy(() -> incidents.redrawZone(incident.id(), UUID.randomUUID(), circle(300), null, coordinator))
                .isInstanceOf(IncidentNotFound.class);
        assertThat(incidents.get(incident.id(), coordinator).zones()).containsExactly(zone);
        assertThat(affectedSites(incident.id())).containsExactly(near);
    }

    @Test
    void onlyCoordinatorsChangeIncidentsAndOperatorsSeeOnlyThoseAroundTheirSites() {
        SiteFixtures.Organisation mine = SiteFixtures.organisation(jdbc, "Incident partner");
        SiteFixtures.Organisation other = SiteFixtures.organisation(jdbc, "Other partner");
        UUID ownSite = site(ZoneSamples.destination(centre, 0, 50), mine.id());
        UUID otherSite = site(ZoneSamples.destination(centre, 270, 50), other.id());
        BulwarkUser operator = SiteFixtures.operatorOf(jdbc, mine);
        Incident around = incidents.declare(draft(circle(200)), coordinator);
        Incident elsewhere = incidents.declare(
                draft(new ZoneDraft(
                        ZoneKind.CORDON, circleJson(ZoneSamples.destination(centre, 90, 1_500), 10), now, null)),
                coordinator);

        for (Role role : List.of(Role.ANALYST, Role.ADVISOR, Role.OPERATOR)) {
            BulwarkUser someone = role == Role.OPERATOR ? operator : SiteFixtures.user(role);
            assertThatThrownBy(() -> incidents.declare(draft(circle(200)), someone))
                    .isInstanceOf(IncidentsNotPermitted.class);
            assertThatThrownBy(() -> incidents.close(around.id(), someone)).isInstanceOf(IncidentsNotPermitted.class);
        }
        for (Role role : List.of(Role.ANALYST, Role.ADVISOR)) {
            assertThat(incidents.list(SiteFixtures.user(role)))
                    .extracting(Incident::id)
                    .contains(around.id(), elsewhere.id());
        }
        for (Role role : List.of(Role.INTEGRATION, Role.OVERSEER, Role.ADMIN)) {
            assertThatThrownBy(() -> incidents.list(SiteFixtures.user(role))).isInstanceOf(IncidentsNotPermitted.class);
        }

        assertThat(incidents.list(operator)).extracting(Incident::id).containsExactly(around.id());
        assertThat(incidents.affectedSites(around.id(), operator))
                .extracting(AffectedSite::site)
                .containsExactly(ownSite);
        assertThat(affectedSites(around.id())).contains(ownSite, otherSite, near);
        assertThatThrownBy(() -> incidents.get(elsewhere.id(), operator)).isInstanceOf(IncidentNotFound.class);
        assertThat(incidents.get(around.id(), operator).id()).isEqualTo(around.id());
    }

    @Test
    void theApiDeclaresRedrawsClosesAndAnswersProblems() throws Exception {
        String declaration = "{\"type\":\"MARAUDING_FIREARMS\",\"place\":\"Market square\",\"occurredAt\":\"" + now
                + "\",\"zones\":[{\"kind\":\"CORDON\",\"geometry\":{\"type\":\"Point\",\"coordinates\":["
                + centre.longitude() + "," + centre.latitude() + "]},\"radiusMetres\":200,\"validFrom\":\"" + now
                + "\"}]}";
        String body = mvc.perform(post("/api/v1/incidents")
                        .with(user(coordinator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(declaration))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.type").value("MARAUDING_FIREARMS"))
                .andExpect(jsonPath("$.zones[0].kind").value("CORDON"))
                .andExpect(jsonPath("$.zones[0].geometry.properties.radius").value(200.0))
                .andReturn()
                .getResponse()
                .getContentAsString();
        UUID id = UUID.fromString(body.replaceAll("(?s).*?\"id\":\"([0-9a-f-]{36})\".*", "$1"));
        UUID zone = incidents.get(id, coordinator).zones().get(0).id();

        mvc.perform(get("/api/v1/incidents/{id}/affected-sites", id).with(user(SiteFixtures.user(Role.ANALYST))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].site").value(near.toString()));

        // a box around all three sites: far lies 1.5 km east of the centre
        String polygon = GeoJson.writeZone(ZoneSamples.rectangle(
                        centre.latitude() - 0.01,
                        centre.longitude() - 0.01,
                        centre.latitude() + 0.01,
                        centre.longitude() + 0.03))
                .get("geometry")
                .toString();
        mvc.perform(put("/api/v1/incidents/{id}/zones/{zone}", id, zone)
                        .with(user(coordinator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"OUTER\",\"geometry\":" + polygon + ",\"validFrom\":\"" + now
                                + "\",\"version\":0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        assertThat(affectedSites(id)).containsExactlyInAnyOrder(near, edge, far);

        mvc.perform(post("/api/v1/incidents/{id}/zones", id)
                        .with(user(coordinator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"AVOID\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                                + "[[[0,0],[1,1],[1,0],[0,1],[0,0]]]},\"validFrom\":\"" + now + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("geometry"))
                .andExpect(jsonPath("$.errors[0].reason").value(org.hamcrest.Matchers.containsString("edges cross")));
        mvc.perform(post("/api/v1/incidents")
                        .with(user(SiteFixtures.user(Role.ANALYST)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(declaration))
                .andExpect(status().isForbidden());
        assertThat(incidents.get(id, coordinator).zones()).hasSize(1);

        mvc.perform(post("/api/v1/incidents/{id}/close", id).with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"));
        mvc.perform(post("/api/v1/incidents/{id}/close", id).with(user(coordinator)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/incidents/{id}", UUID.randomUUID()).with(user(coordinator)))
                .andExpect(status().isNotFound());
    }

    @Test
    void thePagesDeclareAnIncidentFromAClickedCircleAndShowItsAffectedSites() throws Exception {
        String location = mvc.perform(post("/incidents")
                        .with(user(coordinator))
                        .with(csrf())
                        .param("type", Incidents.OTHER)
                        .param("place", "Station forecourt")
                        .param("occurredAt", "2026-05-01T10:15")
                        .param("kind", "CORDON")
                        .param("validFrom", "2026-05-01T10:20")
                        .param("latitude", Double.toString(centre.latitude()))
                        .param("longitude", Double.toString(centre.longitude()))
                        .param("radius", "500"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        assertThat(affectedSites(id)).containsExactlyInAnyOrder(near, edge);

        String page = mvc.perform(get("/incidents/{id}", id).with(user(coordinator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Station forecourt", near.toString(), edge.toString())
                .doesNotContain(far.toString());
        IncidentZone zone = incidents.get(id, coordinator).zones().get(0);
        mvc.perform(post("/incidents/{id}/zones", id)
                        .with(user(coordinator))
                        .with(csrf())
                        .param("zone", zone.id() + ":" + zone.version())
                        .param("kind", "INNER")
                        .param("validFrom", "2026-05-01T10:20")
                        .param("validUntil", "2026-05-01T18:00")
                        .param("latitude", Double.toString(centre.latitude()))
                        .param("longitude", Double.toString(centre.longitude()))
                        .param("radius", "200"))
                .andExpect(status().is3xxRedirection());
        assertThat(affectedSites(id)).containsExactly(near);
        assertThat(incidents.get(id, coordinator).zones().get(0).kind()).isEqualTo(ZoneKind.INNER);
        mvc.perform(get("/incidents/new").with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"incident-map\"")));
        mvc.perform(get("/incidents").with(user(SiteFixtures.user(Role.ADVISOR))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Station forecourt")));

        long before = count("incident");
        mvc.perform(post("/incidents")
                        .with(user(coordinator))
                        .with(csrf())
                        .param("type", Incidents.OTHER)
                        .param("place", "Nowhere")
                        .param("occurredAt", "2026-05-01T10:15")
                        .param("kind", "CORDON")
                        .param("validFrom", "2026-05-01T10:20")
                        .param("geoJson", "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1]]]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("not closed")));
        assertThat(count("incident")).isEqualTo(before);
        mvc.perform(get("/incidents/new").with(user(SiteFixtures.user(Role.ANALYST))))
                .andExpect(status().isForbidden());
    }

    private IncidentDraft draft(ZoneDraft... zones) {
        return new IncidentDraft("MARAUDING_FIREARMS", "Harbour front", now.minusSeconds(600), List.of(zones));
    }

    private ZoneDraft circle(double radius) {
        return new ZoneDraft(ZoneKind.CORDON, circleJson(radius), now, null);
    }

    private String circleJson(double radius) {
        return circleJson(centre, radius);
    }

    private static String circleJson(GeoPoint at, double radius) {
        return "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[" + at.longitude() + ","
                + at.latitude() + "]},\"properties\":{\"radius\":" + radius + "}}";
    }

    private List<UUID> affected(UUID incident, UUID zone) {
        return jdbc.sql("select site_id from incident_affected_site where incident_id = ? and zone_id = ?")
                .params(incident, zone)
                .query(UUID.class)
                .list();
    }

    private List<UUID> affectedSites(UUID incident) {
        return new ArrayList<>(incidents.affectedSites(incident, coordinator).stream()
                .map(AffectedSite::site)
                .distinct()
                .toList());
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private UUID site(GeoPoint position, @Nullable UUID organisation) {
        return sites.register(new SiteDetails(
                        "Incident test site " + UUID.randomUUID(),
                        "Incident test street",
                        position,
                        "retail",
                        UseType.RETAIL_STORE,
                        50,
                        organisation,
                        SiteContact.NONE,
                        null))
                .id();
    }
}
