package org.bulwark.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.bulwark.geo.GeoJson;
import org.bulwark.geo.GeoPoint;
import org.bulwark.geo.ZoneSamples;
import org.bulwark.identity.Accounts;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.NewAccount;
import org.bulwark.identity.Role;
import org.bulwark.sites.SiteFixtures;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

@SpringBootTest
@AutoConfigureMockMvc
class ZoneFeedIntegrationTests {

    private static final String FEED = "/api/v1/zones/active";

    @Autowired
    Incidents incidents;

    @Autowired
    Accounts accounts;

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    private final BulwarkUser coordinator = SiteFixtures.user(Role.COORDINATOR);
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    /** A random place per test, so that its zones are told apart from those of other tests by position too. */
    private GeoPoint centre;

    @BeforeEach
    void pickPlace() {
        Random random = new Random();
        centre = new GeoPoint(random.nextDouble() * 100 - 50, random.nextDouble() * 320 - 160);
    }

    @Test
    void activeZonesAreListedAsGeoJsonWithTheirKindAndValidityAndNothingElseOfTheIncident() throws Exception {
        Instant until = now.plus(2, ChronoUnit.HOURS);
        String box = GeoJson.writeZone(ZoneSamples.rectangle(
                        centre.latitude() - 0.01,
                        centre.longitude() - 0.01,
                        centre.latitude() + 0.01,
                        centre.longitude() + 0.01))
                .toString();
        Incident incident = incidents.declare(
                new IncidentDraft(
                        "MARAUDING_FIREARMS",
                        "Quayside car park " + UUID.randomUUID(),
                        now.minusSeconds(600),
                        List.of(
                                circle(ZoneKind.CORDON, 400, now.minusSeconds(60), null),
                                new ZoneDraft(ZoneKind.AVOID, box, now.minusSeconds(60), until))),
                coordinator);
        IncidentZone cordon = incident.zones().get(0);
        IncidentZone avoid = incident.zones().get(1);

        MvcResult result = mvc.perform(get(FEED).with(as(Role.ANALYST)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(GeoJson.MEDIA_TYPE))
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-cache"))
                .andExpect(header().exists(HttpHeaders.ETAG))
                .andReturn();
        String body = result.getResponse().getContentAsString();
        JsonNode feed = json.readTree(body);

        assertThat(feed.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(Instant.parse(feed.get("generatedAt").asString())).isBetween(now, Instant.now());
        JsonNode circle = feature(feed, cordon.id());
        assertThat(circle.get("type").asString()).isEqualTo("Feature");
        assertThat(circle.at("/properties/incident").asString())
                .isEqualTo(incident.id().toString());
        assertThat(circle.at("/properties/kind").asString()).isEqualTo("CORDON");
        assertThat(Instant.parse(circle.at("/properties/validFrom").asString())).isEqualTo(now.minusSeconds(60));
        assertThat(circle.at("/properties/validUntil").isNull()).isTrue();
        assertThat(circle.at("/properties/version").asLong()).isZero();
        assertThat(circle.at("/properties/radiusMetres").asDouble()).isEqualTo(400);
        assertThat(circle.at("/properties/centre/0").asDouble()).isEqualTo(centre.longitude());
        assertThat(circle.at("/properties/centre/1").asDouble()).isEqualTo(centre.latitude());
        assertThat(circle.at("/geometry/type").asString()).isEqualTo("Polygon");
        List<GeoPoint> ring = ring(circle);
        assertThat(ring).hasSizeGreaterThan(32);
        assertThat(ring.get(ring.size() - 1)).isEqualTo(ring.get(0));
        // every corner lies just beyond the radius, so that routing around the polygon keeps out of the circle
        assertThat(ring)
                .allSatisfy(corner -> assertThat(centre.distanceMetres(corner)).isBetween(400.0, 401.0));
        // and the sides between them stay outside it as well
        for (int i = 0; i + 1 < ring.size(); i++) {
            GeoPoint middle = new GeoPoint(
                    (ring.get(i).latitude() + ring.get(i + 1).latitude()) / 2,
                    (ring.get(i).longitude() + ring.get(i + 1).longitude()) / 2);
            assertThat(centre.distanceMetres(middle)).isGreaterThanOrEqualTo(399.9);
        }

        JsonNode polygon = feature(feed, avoid.id());
        assertThat(polygon.at("/properties/kind").asString()).isEqualTo("AVOID");
        assertThat(Instant.parse(polygon.at("/properties/validUntil").asString()))
                .isEqualTo(until);
        assertThat(polygon.at("/properties/radiusMetres").isMissingNode()).isTrue();
        assertThat(polygon.get("geometry")).isEqualTo(json.readTree(box).get("geometry"));

        assertThat(body)
                .doesNotContain(incident.place())
                .doesNotContain("MARAUDING_FIREARMS")
                .doesNotContain(coordinator.displayName());
    }

    @Test
    void zonesNotYetValidExpiredOrOfAClosedIncidentAreLeftOut() throws Exception {
        Incident incident = incidents.declare(
                draft(
                        circle(ZoneKind.INNER, 300, now.minusSeconds(60), now.plus(1, ChronoUnit.HOURS)),
                        circle(ZoneKind.OUTER, 900, now.plus(1, ChronoUnit.HOURS), null),
                        circle(ZoneKind.AVOID, 2_000, now.minus(2, ChronoUnit.HOURS), now.minus(1, ChronoUnit.HOURS))),
                coordinator);
        Incident closed =
                incidents.declare(draft(circle(ZoneKind.CORDON, 100, now.minusSeconds(60), null)), coordinator);
        incidents.close(closed.id(), coordinator);

        List<String> listed = ids(json.readTree(feed(as(Role.COORDINATOR))));

        assertThat(listed)
                .contains(incident.zones().get(0).id().toString())
                .doesNotContain(
                        incident.zones().get(1).id().toString(),
                        incident.zones().get(2).id().toString(),
                        closed.zones().get(0).id().toString());
        assertThat(incidents.activeZones(now.plus(90, ChronoUnit.MINUTES), coordinator))
                .extracting(active -> active.zone().id())
                .contains(incident.zones().get(1).id())
                .doesNotContain(
                        incident.zones().get(0).id(), closed.zones().get(0).id());
    }

    @Test
    void aRedrawChangesTheEtagAndTheGeometryWhileAnUnchangedFeedAnswersNotModified() throws Exception {
        Incident incident =
                incidents.declare(draft(circle(ZoneKind.CORDON, 250, now.minusSeconds(60), null)), coordinator);
        IncidentZone zone = incident.zones().get(0);
        MvcResult first = mvc.perform(get(FEED).with(as(Role.ADVISOR)))
                .andExpect(status().isOk())
                .andReturn();
        String etag = first.getResponse().getHeader(HttpHeaders.ETAG);

        mvc.perform(get(FEED).with(as(Role.ADVISOR)).header(HttpHeaders.IF_NONE_MATCH, etag))
                .andExpect(status().isNotModified())
                .andExpect(header().string(HttpHeaders.ETAG, etag))
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-cache"))
                .andExpect(content().string(""));

        incidents.redrawZone(
                incident.id(), zone.id(), circle(ZoneKind.CORDON, 1_200, now.minusSeconds(60), null), 0L, coordinator);

        MvcResult redrawn = mvc.perform(get(FEED).with(as(Role.ADVISOR)).header(HttpHeaders.IF_NONE_MATCH, etag))
                .andExpect(status().isOk())
                .andExpect(content().contentType(GeoJson.MEDIA_TYPE))
                .andReturn();
        assertThat(redrawn.getResponse().getHeader(HttpHeaders.ETAG)).isNotEqualTo(etag);
        JsonNode feature = feature(json.readTree(redrawn.getResponse().getContentAsString()), zone.id());
        assertThat(feature.at("/properties/version").asLong()).isEqualTo(1);
        assertThat(feature.at("/properties/radiusMetres").asDouble()).isEqualTo(1_200);
        assertThat(centre.distanceMetres(ring(feature).get(0))).isBetween(1_200.0, 1_203.0);
    }

    @Test
    void aPartnerSystemReadsTheFeedWithItsBearerToken() throws Exception {
        Incident incident =
                incidents.declare(draft(circle(ZoneKind.AVOID, 500, now.minusSeconds(60), null)), coordinator);
        String username = "rides-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.register(new NewAccount(
                username, "Ride partner", username + "@rides.example", Role.INTEGRATION, "ride partner secret"));
        String issued = mvc.perform(post("/api/v1/auth/token")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(
                                Map.of("username", username, "password", "ride partner secret"))))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String token = json.readTree(issued).get("token").asString();

        String body = mvc.perform(get(FEED).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(content().contentType(GeoJson.MEDIA_TYPE))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(feature(json.readTree(body), incident.zones().get(0).id())
                        .at("/properties/kind")
                        .asString())
                .isEqualTo("AVOID");
    }

    @Test
    void operatorsOverseersAndAdministratorsAreRefusedAndAnonymousCallersAskedToAuthenticate() throws Exception {
        for (Role role : List.of(Role.OPERATOR, Role.OVERSEER, Role.ADMIN)) {
            mvc.perform(get(FEED).with(as(role)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        mvc.perform(get(FEED)).andExpect(status().isUnauthorized());
    }

    private String feed(RequestPostProcessor who) throws Exception {
        return mvc.perform(get(FEED).with(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static RequestPostProcessor as(Role role) {
        return user(SiteFixtures.user(role));
    }

    private static JsonNode feature(JsonNode feed, UUID zone) {
        for (JsonNode feature : feed.get("features")) {
            if (feature.get("id").asString().equals(zone.toString())) {
                return feature;
            }
        }
        throw new AssertionError("zone " + zone + " is not in the feed: " + ids(feed));
    }

    private static List<String> ids(JsonNode feed) {
        List<String> ids = new ArrayList<>();
        feed.get("features").forEach(feature -> ids.add(feature.get("id").asString()));
        return ids;
    }

    private static List<GeoPoint> ring(JsonNode feature) {
        List<GeoPoint> ring = new ArrayList<>();
        feature.at("/geometry/coordinates/0")
                .forEach(position -> ring.add(
                        new GeoPoint(position.get(1).asDouble(), position.get(0).asDouble())));
        return ring;
    }

    private IncidentDraft draft(ZoneDraft... zones) {
        return new IncidentDraft("MARAUDING_FIREARMS", "Ring road", now.minusSeconds(600), List.of(zones));
    }

    private ZoneDraft circle(ZoneKind kind, double radius, Instant from, @Nullable Instant until) {
        String feature = "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[" + centre.longitude()
                + "," + centre.latitude() + "]},\"properties\":{\"radius\":" + radius + "}}";
        return new ZoneDraft(kind, feature, from, until);
    }
}
