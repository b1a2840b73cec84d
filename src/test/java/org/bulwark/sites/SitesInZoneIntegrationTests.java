package org.bulwark.sites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.bulwark.geo.GeoJson;
import org.bulwark.geo.GeoPoint;
import org.bulwark.geo.Zone;
import org.bulwark.geo.ZoneSamples;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Role;
import org.bulwark.sites.internal.JdbcSites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class SitesInZoneIntegrationTests {

    @Autowired
    SitesInZone sitesInZone;

    @Autowired
    JdbcSites sites;

    @Autowired
    MockMvc mvc;

    private final Map<UUID, GeoPoint> mine = new HashMap<>();

    @AfterEach
    void removeMySites() {
        sites.findAllById(mine.keySet()).forEach(sites::delete);
    }

    @Test
    void theDatabaseAnswerEqualsTheExactTestOnEverySiteForCirclesAndPolygonsAnywhere() {
        Random random = new Random();
        // a random place per run, so that rows of other tests rarely share it; they are ignored anyway
        GeoPoint city = new GeoPoint(random.nextDouble() * 120 - 60, random.nextDouble() * 340 - 170);
        GeoPoint pacific = new GeoPoint(-16.5, 179.99);
        List<Zone> zones = List.of(
                Zone.circle(city, 2_000),
                ZoneSamples.star(city, 30, 2_500, true, random.nextLong()),
                ZoneSamples.rectangle(
                        city.latitude() - 0.01,
                        city.longitude() - 0.02,
                        city.latitude() + 0.012,
                        city.longitude() + 0.005),
                Zone.circle(pacific, 3_000),
                ZoneSamples.star(pacific, 12, 4_000, false, random.nextLong()));
        for (Zone zone : zones) {
            insertSites(ZoneSamples.probes(zone, random, 60));
        }
        assertThat(mine).hasSizeGreaterThan(500);

        for (Zone zone : zones) {
            Set<UUID> expected = new HashSet<>();
            mine.forEach((id, position) -> {
                if (zone.contains(position)) {
                    expected.add(id);
                }
            });
            Set<UUID> found = new HashSet<>(sitesInZone.inside(zone));
            found.retainAll(mine.keySet());
            assertThat(found).as("sites inside %s", zone).isEqualTo(expected);
            assertThat(expected).as("the zone holds some of the sites").isNotEmpty();
            Set<UUID> located = new HashSet<>();
            sitesInZone.locatedInside(zone).forEach(site -> located.add(site.id()));
            located.retainAll(mine.keySet());
            assertThat(located).as("sites with names inside %s", zone).isEqualTo(expected);
        }
    }

    @Test
    void theApiReturnsTheSitesInsideAZoneAsGeoJson() throws Exception {
        GeoPoint centre = new GeoPoint(-41.2866, 174.7756);
        UUID near = insertSite(ZoneSamples.destination(centre, 90, 100));
        UUID far = insertSite(ZoneSamples.destination(centre, 90, 900));
        String zone = GeoJson.writeZone(Zone.circle(centre, 500)).toString();

        String body = mvc.perform(post("/api/v1/sites/inside")
                        .with(user(BulwarkUser.of(UUID.randomUUID(), "coordinator", "Casey", Role.COORDINATOR)))
                        .contentType(GeoJson.MEDIA_TYPE)
                        .content(zone))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(GeoJson.MEDIA_TYPE))
                .andExpect(jsonPath("$.type").value("FeatureCollection"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body)
                .contains(near.toString())
                .doesNotContain(far.toString())
                .contains("\"type\":\"Point\"");
    }

    @Test
    void anOperatorMayNotAskWhichSitesAreInsideAZone() throws Exception {
        mvc.perform(post("/api/v1/sites/inside")
                        .with(user(BulwarkUser.of(UUID.randomUUID(), "operator", "Olly", Role.OPERATOR)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(GeoJson.writeZone(Zone.circle(new GeoPoint(0, 0), 10))
                                .toString()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aZoneThatIsNotUsableIsAProblemSayingWhy() throws Exception {
        mvc.perform(post("/api/v1/sites/inside")
                        .with(user(BulwarkUser.of(UUID.randomUUID(), "analyst", "Ana", Role.ANALYST)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"Polygon\",\"coordinates\":[[[2,48],[3,48],[3,49],[2,49]]]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail")
                        .value("polygon ring 1 (outer ring) is not closed: first position [2, 48] differs from last"
                                + " [2, 49]; repeat the first position at the end"));
    }

    private UUID insertSite(GeoPoint position) {
        return insertSites(List.of(position)).get(0);
    }

    private List<UUID> insertSites(List<GeoPoint> positions) {
        List<SiteDetails> details = new ArrayList<>();
        for (GeoPoint position : positions) {
            details.add(new SiteDetails(
                    "Zone test site " + UUID.randomUUID(),
                    "Zone test street",
                    position,
                    "retail",
                    UseType.RETAIL_STORE,
                    50,
                    null,
                    SiteContact.NONE,
                    null));
        }
        List<UUID> ids = sites.registerAll(details);
        for (int i = 0; i < ids.size(); i++) {
            mine.put(ids.get(i), positions.get(i));
        }
        return ids;
    }
}
