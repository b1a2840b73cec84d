package org.bulwark.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.nio.charset.StandardCharsets;
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
import org.bulwark.incidents.Incident;
import org.bulwark.incidents.IncidentDraft;
import org.bulwark.incidents.Incidents;
import org.bulwark.incidents.TimelineEntry;
import org.bulwark.incidents.ZoneDraft;
import org.bulwark.incidents.ZoneKind;
import org.bulwark.interop.AtomIndex;
import org.bulwark.interop.Cap;
import org.bulwark.interop.CapSchema;
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
import org.springframework.test.web.servlet.MvcResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
class AlertsIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    Incidents incidents;

    @Autowired
    Sites sites;

    @Autowired
    JdbcClient jdbc;

    private final BulwarkUser coordinator = SiteFixtures.user(Role.COORDINATOR);
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    /** A random place per test, far from the sites of other tests that share the database. */
    private GeoPoint centre;

    private SiteFixtures.Organisation inside;
    private SiteFixtures.Organisation outside;

    @BeforeEach
    void placeSites() {
        Random random = new Random();
        centre = new GeoPoint(random.nextDouble() * 100 - 50, random.nextDouble() * 320 - 160);
        inside = SiteFixtures.organisation(jdbc, "Alert inside");
        outside = SiteFixtures.organisation(jdbc, "Alert outside");
        site(ZoneSamples.destination(centre, 45, 100), inside.id());
        site(ZoneSamples.destination(centre, 90, 5_000), outside.id());
    }

    @Test
    void anAlertFromAnIncidentCoversItsCircleAndPolygonInEnglishAndFrenchAsValidCap() throws Exception {
        Incident incident = incident();

        JsonNode alert = issue(body(incident.id(), "PUBLIC", null), coordinator);

        JsonNode message = alert.path("messages").get(0);
        byte[] xml = publicCap(message.path("id").asString());
        Document document = CapSchema.parse(xml);
        assertThat(text(document, "msgType")).isEqualTo("Alert");
        assertThat(text(document, "scope")).isEqualTo("Public");
        assertThat(text(document, "status")).isEqualTo("Actual");
        assertThat(text(document, "identifier"))
                .isEqualTo(message.path("identifier").asString());
        assertThat(text(document, "identifier")).startsWith("urn:uuid:");
        assertThat(text(document, "sender")).isEqualTo("bulwark@localhost");
        assertThat(text(document, "sent")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+00:00");
        assertThat(languages(document)).containsExactly("en", "fr");
        assertThat(all(document, "circle")).hasSize(2).allMatch(c -> c.matches("-?[0-9.]+,-?[0-9.]+ 0\\.3"));
        assertThat(all(document, "polygon")).hasSize(2).allSatisfy(polygon -> {
            String[] pairs = polygon.split(" ");
            assertThat(pairs).hasSize(5);
            assertThat(pairs[0]).isEqualTo(pairs[4]);
        });
        assertThat(all(document, "areaDesc")).containsExactly("Around the harbour", "Autour du port");
        assertThat(all(document, "web"))
                .containsOnly("http://localhost:8080/public/alerts/"
                        + message.path("id").asString());
    }

    @Test
    void anAlertAboutAnIncidentItsUpdateAndItsCancellationGoOnTheIncidentsTimeline() throws Exception {
        Incident incident = incident();

        String id = issue(body(incident.id(), "PUBLIC", null), coordinator)
                .path("id")
                .asString();
        send(post("/api/v1/alerts/" + id + "/updates"), body(null, null, circle(600)), coordinator);
        send(post("/api/v1/alerts/" + id + "/cancellation"), "{}", coordinator);

        assertThat(incidents.timeline(incident.id(), coordinator))
                .filteredOn(entry -> entry.what().name().startsWith("CAP_"))
                .extracting(TimelineEntry::what, TimelineEntry::who, TimelineEntry::detail)
                .containsExactly(
                        tuple(
                                TimelineEntry.What.CAP_ISSUED,
                                coordinator.displayName(),
                                "\"Avoid the harbour\" (Public)"),
                        tuple(
                                TimelineEntry.What.CAP_UPDATED,
                                coordinator.displayName(),
                                "\"Avoid the harbour\" (Public)"),
                        tuple(
                                TimelineEntry.What.CAP_CANCELLED,
                                coordinator.displayName(),
                                "\"Avoid the harbour\" (Public)"));
    }

    @Test
    void anUpdateAndACancellationReferToEveryEarlierMessageAndAreValidCap() throws Exception {
        JsonNode alert = issue(body(null, "PUBLIC", circle(300)), coordinator);
        String id = alert.path("id").asString();

        JsonNode updated = send(post("/api/v1/alerts/" + id + "/updates"), body(null, null, circle(600)), coordinator);
        JsonNode cancelled = send(
                post("/api/v1/alerts/" + id + "/cancellation"), "{\"note\": \"The area is open again.\"}", coordinator);

        JsonNode first = cancelled.path("messages").get(0);
        JsonNode update = cancelled.path("messages").get(1);
        JsonNode cancel = cancelled.path("messages").get(2);
        assertThat(updated.path("messages")).hasSize(2);
        assertThat(cancelled.path("cancelled").asBoolean()).isTrue();
        Document updateXml = CapSchema.parse(publicCap(update.path("id").asString()));
        Document cancelXml = CapSchema.parse(publicCap(cancel.path("id").asString()));
        assertThat(text(updateXml, "msgType")).isEqualTo("Update");
        assertThat(text(updateXml, "references")).isEqualTo(reference(first));
        assertThat(all(updateXml, "circle")).allMatch(c -> c.endsWith(" 0.6"));
        assertThat(text(cancelXml, "msgType")).isEqualTo("Cancel");
        assertThat(text(cancelXml, "references")).isEqualTo(reference(first) + " " + reference(update));
        assertThat(text(cancelXml, "note")).isEqualTo("The area is open again.");
        assertThat(text(cancelXml, "urgency")).isEqualTo("Past");
        assertThat(all(cancelXml, "instruction")).isEmpty();
        assertThat(List.of(first, update, cancel))
                .extracting(m -> m.path("identifier").asString())
                .doesNotHaveDuplicates();
    }

    @Test
    void aRestrictedAlertIsValidCapButNeverPublic() throws Exception {
        JsonNode alert = issue(body(incident().id(), "RESTRICTED", null), coordinator);
        String id = alert.path("id").asString();

        byte[] xml = mvc.perform(get("/api/v1/alerts/" + id)
                        .accept(MediaType.parseMediaType(Cap.MEDIA_TYPE))
                        .with(user(SiteFixtures.user(Role.ANALYST))))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(Cap.MEDIA_TYPE))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        CapSchema.assertValid(xml);
        Document document = CapSchema.parse(xml);
        assertThat(text(document, "scope")).isEqualTo("Restricted");
        assertThat(text(document, "restriction")).isEqualTo("Partner sites of the Port Alder network");
        assertThat(all(document, "web")).isEmpty();
        mvc.perform(get("/public/alerts/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/public/alerts/" + id + ".xml")).andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/public/alerts")).andReturn().getResponse().getContentAsString())
                .doesNotContain(id);
        assertThat(new String(feed(), StandardCharsets.UTF_8)).doesNotContain(id);
    }

    @Test
    void operatorsReadRestrictedAlertsOnlyWhenTheyCoverOneOfTheirSites() throws Exception {
        JsonNode alert = issue(body(null, "RESTRICTED", circle(300)), coordinator);
        String id = alert.path("id").asString();
        BulwarkUser concerned = SiteFixtures.operatorOf(jdbc, inside);
        BulwarkUser elsewhere = SiteFixtures.operatorOf(jdbc, outside);

        mvc.perform(get("/api/v1/alerts/" + id).with(user(concerned))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/alerts/" + id + ".xml").with(user(concerned)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(Cap.MEDIA_TYPE));
        mvc.perform(get("/api/v1/alerts/" + id).with(user(elsewhere)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/alerts/" + id)
                        .accept(MediaType.parseMediaType(Cap.MEDIA_TYPE))
                        .with(user(elsewhere)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(ids(mvc.perform(get("/api/v1/alerts").with(user(concerned))).andReturn()))
                .contains(id);
        assertThat(ids(mvc.perform(get("/api/v1/alerts").with(user(elsewhere))).andReturn()))
                .doesNotContain(id);
        assertThat(ids(mvc.perform(get("/api/v1/alerts").with(user(SiteFixtures.user(Role.INTEGRATION))))
                        .andReturn()))
                .contains(id);
        assertThat(ids(mvc.perform(get("/api/v1/alerts").with(user(SiteFixtures.user(Role.OVERSEER))))
                        .andReturn()))
                .doesNotContain(id);
        mvc.perform(get("/alerts/" + id).with(user(elsewhere))).andExpect(status().isNotFound());
    }

    @Test
    void theAtomFeedListsEveryPublicMessageAndEachEntryLinksToAValidCapMessage() throws Exception {
        JsonNode alert = issue(body(null, "PUBLIC", circle(300)), coordinator);
        String id = alert.path("id").asString();
        send(post("/api/v1/alerts/" + id + "/updates"), body(null, null, circle(400)), coordinator);
        JsonNode cancelled = send(post("/api/v1/alerts/" + id + "/cancellation"), "{}", coordinator);

        Document feed = CapSchema.parse(feed());

        Element root = feed.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(AtomIndex.NAMESPACE);
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(atom(root, "id")).isNotBlank();
        assertThat(Instant.parse(atom(root, "updated").replace("+00:00", "Z"))).isAfterOrEqualTo(now);
        List<String> mine = new ArrayList<>();
        NodeList entries = root.getElementsByTagNameNS(AtomIndex.NAMESPACE, "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            assertThat(atom(entry, "id")).startsWith("urn:uuid:");
            assertThat(atom(entry, "title")).isNotBlank();
            assertThat(atom(entry, "updated")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+00:00");
            String capUrl = link(entry, Cap.MEDIA_TYPE);
            String pageUrl = link(entry, "text/html");
            if (cancelled.path("messages").toString().contains(atom(entry, "id"))) {
                mine.add(atom(entry, "title"));
                byte[] xml = mvc.perform(get(URI.create(capUrl).getPath()))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray();
                CapSchema.assertValid(xml);
                assertThat(text(CapSchema.parse(xml), "identifier")).isEqualTo(atom(entry, "id"));
                mvc.perform(get(URI.create(pageUrl).getPath())).andExpect(status().isOk());
            }
        }
        assertThat(mine)
                .containsExactly("Cancelled: Avoid the harbour", "Update: Avoid the harbour", "Avoid the harbour");
    }

    @Test
    void thePublicPagesShowAnAlertWithoutSignInInEnglishAndFrench() throws Exception {
        JsonNode alert = issue(body(null, "PUBLIC", circle(300)), coordinator);
        String id = alert.path("id").asString();

        String list = mvc.perform(get("/public/alerts"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String english = mvc.perform(get("/public/alerts/" + id))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String french = mvc.perform(get("/public/alerts/" + id).param("lang", "fr"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(list).contains("/public/alerts/" + id, "Avoid the harbour", "/public/alerts.atom");
        assertThat(english).contains("Avoid the harbour", "Avoid the area.", "In force");
        assertThat(french).contains("Évitez le port", "Évitez le secteur.", "En vigueur");
        assertThat(english).doesNotContain("<script>", "navigator.");
    }

    @Test
    void badAlertsAreRefusedAsProblemsNamingTheFieldAndNothingIsSent() throws Exception {
        long before =
                jdbc.sql("select count(*) from alert_message").query(Long.class).single();

        problem(body(null, "PUBLIC", circle(300)).replace("\"Avoid the harbour\"", "\"\""), 400, "texts[1].headline");
        problem(body(null, "PUBLIC", circle(300)).replace("\"Immediate\"", "\"Soon\""), 400, "urgency");
        problem(body(null, "PUBLIC", circle(300)).replace("\"Security\"", "\"Terror\""), 400, "category");
        problem(body(null, "SECRET", circle(300)), 400, "scope");
        problem(body(null, "PUBLIC", null), 400, "areas");
        problem(
                body(null, "RESTRICTED", circle(300)).replace("Partner sites of the Port Alder network", ""),
                400,
                "restriction");
        problem(
                body(null, "PUBLIC", circle(300))
                        .replace(
                                now.plus(6, ChronoUnit.HOURS).toString(),
                                now.minusSeconds(60).toString()),
                400,
                "expires");

        assertThat(jdbc.sql("select count(*) from alert_message")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void aCancelledAlertCannotBeUpdatedOrCancelledAgain() throws Exception {
        String id =
                issue(body(null, "PUBLIC", circle(300)), coordinator).path("id").asString();
        send(post("/api/v1/alerts/" + id + "/cancellation"), "{}", coordinator);

        mvc.perform(post("/api/v1/alerts/" + id + "/updates")
                        .with(user(coordinator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(null, null, circle(300))))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/alerts/" + id + "/cancellation").with(user(coordinator)))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/alerts/" + id + "/updates")
                        .with(user(coordinator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(null, "RESTRICTED", circle(300))))
                .andExpect(status().isConflict());
    }

    @Test
    void onlyCoordinatorsIssueAlerts() throws Exception {
        for (Role role : List.of(Role.ANALYST, Role.ADVISOR, Role.OPERATOR, Role.INTEGRATION)) {
            mvc.perform(post("/api/v1/alerts")
                            .with(user(SiteFixtures.user(role)))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body(null, "PUBLIC", circle(300))))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        mvc.perform(get("/alerts/new").with(user(SiteFixtures.user(Role.ANALYST))))
                .andExpect(status().isForbidden());
    }

    @Test
    void theFormOpenedFromAnIncidentIsFilledInAndSendsAnAlertOverItsZones() throws Exception {
        Incident incident = incident();

        String page = mvc.perform(get("/alerts/new")
                        .param("incident", incident.id().toString())
                        .with(user(coordinator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Police incident near " + incident.place(), "Autour de " + incident.place());

        MvcResult sent = mvc.perform(post("/alerts")
                        .with(user(coordinator))
                        .with(csrf())
                        .param("incident", incident.id().toString())
                        .param("scope", "PUBLIC")
                        .param("category", "SECURITY")
                        .param("urgency", "IMMEDIATE")
                        .param("severity", "SEVERE")
                        .param("certainty", "OBSERVED")
                        .param("expires", "2099-01-01T10:00")
                        .param("eventEn", "Police incident")
                        .param("headlineEn", "Avoid the harbour")
                        .param("descriptionEn", "An incident.")
                        .param("areaEn", "Harbour")
                        .param("areaSource", "INCIDENT"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String location = sent.getResponse().getRedirectedUrl();
        String id = location.substring(location.lastIndexOf('/') + 1);
        Document document = CapSchema.parse(publicCap(id));
        assertThat(languages(document)).containsExactly("en");
        assertThat(all(document, "circle")).hasSize(1);
        assertThat(all(document, "polygon")).hasSize(1);

        mvc.perform(post("/alerts")
                        .with(user(coordinator))
                        .with(csrf())
                        .param("scope", "PUBLIC")
                        .param("category", "SECURITY")
                        .param("urgency", "IMMEDIATE")
                        .param("severity", "SEVERE")
                        .param("certainty", "OBSERVED")
                        .param("expires", "2099-01-01T10:00")
                        .param("areaSource", "DRAWN"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("texts[0].headline")));
    }

    private void problem(String body, int status, String field) throws Exception {
        mvc.perform(post("/api/v1/alerts")
                        .with(user(coordinator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItem(field)));
    }

    private JsonNode issue(String body, BulwarkUser user) throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/alerts")
                        .with(user(user))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andReturn();
        return JSON.readTree(result.getResponse().getContentAsString());
    }

    private JsonNode send(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            String body,
            BulwarkUser user)
            throws Exception {
        MvcResult result = mvc.perform(request.with(user(user))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andReturn();
        return JSON.readTree(result.getResponse().getContentAsString());
    }

    private byte[] publicCap(String id) throws Exception {
        byte[] xml = mvc.perform(get("/public/alerts/" + id + ".xml"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(Cap.MEDIA_TYPE))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        CapSchema.assertValid(xml);
        return xml;
    }

    private byte[] feed() throws Exception {
        return mvc.perform(get("/public/alerts.atom"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(AtomIndex.MEDIA_TYPE))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private String body(java.util.UUID incident, String scope, String area) {
        return """
                {%s%s"restriction": "Partner sites of the Port Alder network",
                 "category": "Security", "urgency": "Immediate", "severity": "Severe", "certainty": "Observed",
                 "expires": "%s",
                 "texts": [
                   {"language": "fr", "event": "Intervention de police", "headline": "Évitez le port",
                    "description": "La police intervient.", "instruction": "Évitez le secteur.",
                    "area": "Autour du port"},
                   {"language": "en", "event": "Police incident", "headline": "Avoid the harbour",
                    "description": "The police are dealing with an incident.", "instruction": "Avoid the area.",
                    "area": "Around the harbour"}]%s}
                """.formatted(
                        incident == null ? "" : "\"incident\": \"" + incident + "\", ",
                        scope == null ? "" : "\"scope\": \"" + scope + "\", ",
                        now.plus(6, ChronoUnit.HOURS),
                        area == null ? "" : ", \"areas\": [" + area + "]");
    }

    private String circle(double radiusMetres) {
        return GeoJson.writeZone(Zone.circle(centre, radiusMetres)).toString();
    }

    /** An incident with a 300 m circle and a square polygon around the centre. */
    private Incident incident() {
        GeoPoint south = ZoneSamples.destination(centre, 180, 300);
        GeoPoint north = ZoneSamples.destination(centre, 0, 300);
        GeoPoint west = ZoneSamples.destination(centre, 270, 300);
        GeoPoint east = ZoneSamples.destination(centre, 90, 300);
        Zone box = ZoneSamples.rectangle(south.latitude(), west.longitude(), north.latitude(), east.longitude());
        return incidents.declare(
                new IncidentDraft(
                        "OTHER",
                        "Harbour " + UUID.randomUUID().toString().substring(0, 8),
                        now,
                        List.of(
                                new ZoneDraft(ZoneKind.CORDON, circle(300), now, null),
                                new ZoneDraft(
                                        ZoneKind.AVOID, GeoJson.writeZone(box).toString(), now, null))),
                coordinator);
    }

    private void site(GeoPoint position, UUID organisation) {
        sites.register(new SiteDetails(
                "Alert test site " + UUID.randomUUID(),
                "Alert test street",
                position,
                "retail",
                UseType.RETAIL_STORE,
                50,
                organisation,
                SiteContact.NONE,
                null));
    }

    private static List<String> ids(MvcResult result) throws Exception {
        List<String> ids = new ArrayList<>();
        JSON.readTree(result.getResponse().getContentAsString())
                .forEach(a -> ids.add(a.path("id").asString()));
        return ids;
    }

    private static String reference(JsonNode message) {
        return message.path("sender").asString() + ","
                + message.path("identifier").asString() + ","
                + Cap.dateTime(Instant.parse(message.path("sent").asString()));
    }

    private static List<String> languages(Document document) {
        return all(document, "language");
    }

    private static String text(Document document, String element) {
        return document.getElementsByTagNameNS(Cap.NAMESPACE, element).item(0).getTextContent();
    }

    private static List<String> all(Document document, String element) {
        NodeList nodes = document.getElementsByTagNameNS(Cap.NAMESPACE, element);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static String atom(Element parent, String element) {
        NodeList nodes = parent.getElementsByTagNameNS(AtomIndex.NAMESPACE, element);
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getParentNode() == parent) {
                return nodes.item(i).getTextContent();
            }
        }
        throw new AssertionError("no atom:" + element + " in " + parent.getLocalName());
    }

    private static String link(Element entry, String type) {
        NodeList links = entry.getElementsByTagNameNS(AtomIndex.NAMESPACE, "link");
        for (int i = 0; i < links.getLength(); i++) {
            Element link = (Element) links.item(i);
            if (type.equals(link.getAttribute("type"))) {
                return link.getAttribute("href");
            }
        }
        throw new AssertionError("no link of type " + type);
    }
}
