package org.bulwark.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bulwark.geo.GeoPoint;
import org.bulwark.geo.ZoneSamples;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Role;
import org.bulwark.notify.Channel;
import org.bulwark.notify.Deliveries;
import org.bulwark.notify.DeliveryRecord;
import org.bulwark.notify.DeliveryState;
import org.bulwark.notify.DeliveryTests;
import org.bulwark.notify.WebhookReceiver;
import org.bulwark.sites.SiteContact;
import org.bulwark.sites.SiteDetails;
import org.bulwark.sites.Sites;
import org.bulwark.sites.UseType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class IncidentAlertsIntegrationTests extends DeliveryTests {

    static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    Incidents incidents;

    @Autowired
    IncidentAlerts alerts;

    @Autowired
    Deliveries deliveries;

    @Autowired
    Sites sites;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    private final JsonMapper json = JsonMapper.builder().build();
    private final BulwarkUser coordinator = BulwarkUser.of(
            UUID.randomUUID(), "coordinator-" + UUID.randomUUID(), "Casey Coordinator", Role.COORDINATOR);
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final List<String> receivers = new ArrayList<>();

    private GeoPoint centre;
    private UUID venues;
    private UUID hotels;
    private UUID elsewhere;
    private UUID arena;
    private UUID hall;
    private UUID hotel;
    private Person venueManager;
    private Person venueDeputy;
    private Person hotelManager;
    private Person outsider;

    @BeforeEach
    void network() {
        Random random = new Random();
        centre = new GeoPoint(random.nextDouble() * 100 - 50, random.nextDouble() * 320 - 160);
        venues = organisation("Venues");
        hotels = organisation("Hotels");
        elsewhere = organisation("Elsewhere");
        arena = site("Arena", ZoneSamples.destination(centre, 0, 100), venues);
        hall = site("Hall", ZoneSamples.destination(centre, 90, 150), venues);
        hotel = site("Hotel", ZoneSamples.destination(centre, 180, 120), hotels);
        site("Far depot", ZoneSamples.destination(centre, 270, 5_000), elsewhere);
        venueManager = member(venues, true, "+44 7700 900" + (100 + random.nextInt(800)));
        venueDeputy = member(venues, false, null);
        hotelManager = member(hotels, true, null);
        outsider = member(elsewhere, true, "+44 7700 900999");
    }

    @AfterEach
    void removeReceivers() throws Exception {
        for (String id : receivers) {
            mvc.perform(delete("/api/v1/webhooks/" + id).with(user(coordinator)));
        }
    }

    @Test
    void anAlertReachesEveryMemberOfEveryAffectedOrganisationOverEachChannelTheyCanBeReachedBy() throws Exception {
        Incident incident = declare("UNATTENDED_IED", 400);

        IncidentAlert alert = alerts.send(
                incident.id(),
                new AlertDraft("EVACUATE", "Suspect item: evacuate", "Leave by the north doors now."),
                coordinator);

        assertThat(alert.sites()).isEqualTo(3);
        assertThat(alert.recipients()).isEqualTo(3);
        await().atMost(PATIENCE)
                .until(() ->
                        deliveries.of(alert.id(), 0, 100).stream().allMatch(d -> d.state() == DeliveryState.DELIVERED));
        Map<Channel, Set<String>> byChannel = deliveries.of(alert.id(), 0, 100).stream()
                .collect(Collectors.groupingBy(
                        DeliveryRecord::channel, Collectors.mapping(DeliveryRecord::address, Collectors.toSet())));
        assertThat(byChannel.get(Channel.IN_APP))
                .containsExactlyInAnyOrder(
                        venueManager.account().toString(),
                        hotelManager.account().toString());
        assertThat(byChannel.get(Channel.EMAIL))
                .containsExactlyInAnyOrder(venueManager.email(), venueDeputy.email(), hotelManager.email());
        assertThat(byChannel.get(Channel.SMS)).containsExactly(venueManager.phone());

        MimeMessage mail = MAIL.messagesTo(venueDeputy.email()).get(0);
        assertThat(mail.getSubject()).isEqualTo("Suspect item: evacuate");
        String text = ((String) mail.getContent()).replace("\r\n", "\n");
        assertThat(text)
                .contains("Leave by the north doors now.", "Harbour front", "Arena " + venues, "Hall " + venues)
                .doesNotContain("Hotel");
        assertThat(MAIL.messagesTo(outsider.email())).isEmpty();
        assertThat(SMS_GATEWAY.received()).noneMatch(r -> r.body().contains(outsider.phone()));
        assertThat(incidents.timeline(incident.id(), coordinator))
                .extracting(TimelineEntry::what)
                .contains(TimelineEntry.What.ALERT_SENT);
        assertThat(incidents.timeline(incident.id(), coordinator).stream()
                        .filter(e -> e.what() == TimelineEntry.What.ALERT_SENT)
                        .findFirst()
                        .orElseThrow()
                        .detail())
                .contains("Suspect item: evacuate", "3");
    }

    @Test
    void theOperatorsOfAnOrganisationShareOneEmailWhoseStatusLinksAnswerForTheirSitesInTheOrganisationsName()
            throws Exception {
        Person colleague = member(venues, true, null);
        Incident incident = declare("UNATTENDED_IED", 400);

        IncidentAlert alert = alerts.send(
                incident.id(),
                new AlertDraft("EVACUATE", "Suspect item: evacuate", "Leave by the north doors now."),
                coordinator);

        await().atMost(PATIENCE)
                .until(() ->
                        deliveries.of(alert.id(), 0, 100).stream().allMatch(d -> d.state() == DeliveryState.DELIVERED));
        String managers = text(MAIL.messagesTo(venueManager.email()).get(0));
        assertThat(managers)
                .isEqualTo(text(MAIL.messagesTo(colleague.email()).get(0)))
                .contains("Report the status of Arena " + venues + ": http", "Report the status of Hall " + venues);
        assertThat(text(MAIL.messagesTo(venueDeputy.email()).get(0))).doesNotContain("/status/");
        assertThat(text(MAIL.messagesTo(hotelManager.email()).get(0)))
                .contains("Report the status of Hotel " + hotels)
                .doesNotContain("Arena");
        java.util.regex.Matcher arenaLink = java.util.regex.Pattern.compile(
                        "Report the status of Arena [^:]+: \\S+/status/([A-Za-z0-9_-]+)")
                .matcher(managers);
        assertThat(arenaLink.find()).isTrue();

        mvc.perform(post("/status/{token}", arenaLink.group(1)).with(csrf()).param("status", "SAFE"))
                .andExpect(status().isOk());

        assertThat(jdbc.sql("select reported_by_name from incident_site_status where incident_id = ? and site_id = ?")
                        .params(incident.id(), arena)
                        .query(String.class)
                        .single())
                .startsWith("Operators of Venues " + venues + " (shared status link ");
    }

    @Test
    void anOperatorSeesTheAlertOfTheLastDayAboutTheirOwnSitesOnly() throws Exception {
        Incident incident = declare("MARAUDING_FIREARMS", 400);
        IncidentAlert alert = alerts.send(
                incident.id(), new AlertDraft("RUN_HIDE_TELL", "Armed attack", "Run, hide, tell."), coordinator);
        BulwarkUser operator = BulwarkUser.of(venueManager.account(), "venue-op", "Vic", Role.OPERATOR);

        String body = mvc.perform(get("/alerts/active").with(user(operator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        JsonNode banner = json.readTree(body).get(0);
        assertThat(banner.get("alert").asString()).isEqualTo(alert.id().toString());
        assertThat(banner.get("incident").asString()).isEqualTo(incident.id().toString());
        assertThat(banner.get("title").asString()).isEqualTo("Armed attack");
        List<String> names = new ArrayList<>();
        banner.get("sites").forEach(site -> names.add(site.get("name").asString()));
        assertThat(names).containsExactly("Arena " + venues, "Hall " + venues);

        incidents.close(incident.id(), coordinator);
        mvc.perform(get("/alerts/active").with(user(operator)))
                .andExpect(status().isOk())
                .andExpect(content().json("[]"));
    }

    @Test
    void aBadAlertIsRefusedNamingEachFieldAndSendsNothing() throws Exception {
        Incident incident = declare("OTHER", 400);
        long alertsBefore = count("incident_alert");
        long deliveriesBefore = count("delivery");

        mvc.perform(post("/api/v1/incidents/" + incident.id() + "/alerts")
                        .with(user(coordinator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"card\": \"PANIC\", \"title\": \" \", \"text\": \"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field")
                        .value(org.hamcrest.Matchers.containsInAnyOrder("card", "title", "text")));
        BulwarkUser operator = BulwarkUser.of(venueManager.account(), "venue-op", "Vic", Role.OPERATOR);
        mvc.perform(post("/api/v1/incidents/" + incident.id() + "/alerts")
                        .with(user(operator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"card\": \"LOCKDOWN\", \"title\": \"Lock down\", \"text\": \"Now.\"}"))
                .andExpect(status().isForbidden());
        Incident empty = incidents.declare(
                new IncidentDraft(
                        "OTHER",
                        "Empty field",
                        now,
                        List.of(new ZoneDraft(
                                ZoneKind.OUTER,
                                circleJson(ZoneSamples.destination(centre, 0, 50_000), 10),
                                now,
                                null))),
                coordinator);
        assertThatThrownBy(() -> alerts.send(empty.id(), new AlertDraft("LOCKDOWN", "Lock down", "Now."), coordinator))
                .isInstanceOf(InvalidIncident.class)
                .hasMessageContaining("nobody to alert");

        assertThat(count("incident_alert")).isEqualTo(alertsBefore);
        assertThat(count("delivery")).isEqualTo(deliveriesBefore);
    }

    @Test
    void theAlertApiSendsAndListsEachDeliveryPerRecipientAndChannel() throws Exception {
        Incident incident = declare("VBIED", 400);

        String body = mvc.perform(post("/api/v1/incidents/" + incident.id() + "/alerts")
                        .with(user(coordinator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"card\": \"INVACUATE\", \"title\": \"Stay inside\", \"text\": \"Doors shut.\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.sites").value(3))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String alert = json.readTree(body).get("id").asString();

        await().atMost(PATIENCE)
                .until(() -> deliveries.of(UUID.fromString(alert), 0, 100).stream()
                        .allMatch(d -> d.state() == DeliveryState.DELIVERED));
        mvc.perform(get("/api/v1/incidents/" + incident.id() + "/alerts/" + alert + "/deliveries")
                        .with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(6))
                .andExpect(jsonPath("$[?(@.channel == 'EMAIL')].attempts")
                        .value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is(1))))
                .andExpect(jsonPath("$[?(@.channel == 'SMS')].address").value(venueManager.phone()));
        mvc.perform(get("/incidents/" + incident.id() + "/alerts/" + alert).with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(venueDeputy.email())));
    }

    @Test
    void everyZoneChangeReachesTheSubscribedReceiversWithTheZoneAsTheFeedShowsIt() throws Exception {
        try (WebhookReceiver partner = WebhookReceiver.started()) {
            register(partner.url(), "zone.changed");
            Incident incident = declare("VEHICLE_AS_WEAPON", 300);
            IncidentZone first = incident.zones().get(0);
            IncidentZone expiring = incidents.addZone(
                    incident.id(),
                    new ZoneDraft(
                            ZoneKind.AVOID,
                            circleJson(centre, 900),
                            now.minusSeconds(60),
                            Instant.now().plusSeconds(1)),
                    coordinator);
            incidents.redrawZone(
                    incident.id(),
                    first.id(),
                    new ZoneDraft(ZoneKind.CORDON, circleJson(centre, 600), now, null),
                    first.version(),
                    coordinator);

            await().atMost(PATIENCE).until(() -> changes(partner, incident.id()).contains("expired"));
            incidents.close(incident.id(), coordinator);
            await().atMost(PATIENCE).until(() -> changes(partner, incident.id()).size() == 6);

            assertThat(changes(partner, incident.id()))
                    .containsExactly("added", "added", "redrawn", "expired", "closed", "closed");
            JsonNode redrawn = bodies(partner, incident.id()).get(2).get("data");
            assertThat(redrawn.get("zoneId").asString()).isEqualTo(first.id().toString());
            assertThat(redrawn.get("kind").asString()).isEqualTo("CORDON");
            assertThat(redrawn.get("version").asLong()).isEqualTo(first.version() + 1);
            assertThat(redrawn.get("zone").get("geometry").get("type").asString())
                    .isEqualTo("Polygon");
            assertThat(redrawn.get("zone").get("properties").get("radiusMetres").asDouble())
                    .isEqualTo(600.0);
            JsonNode expired = bodies(partner, incident.id()).get(3).get("data");
            assertThat(expired.get("zoneId").asString()).isEqualTo(expiring.id().toString());
            assertThat(partner.received())
                    .allMatch(r -> r.header("webhook-signature").startsWith("v1,"));
        }
    }

    private List<String> changes(WebhookReceiver partner, UUID incident) {
        return bodies(partner, incident).stream()
                .map(b -> b.get("data").get("change").asString())
                .toList();
    }

    private List<JsonNode> bodies(WebhookReceiver partner, UUID incident) {
        return partner.received().stream()
                .map(r -> json.readTree(r.body()))
                .filter(b -> b.get("type").asString().equals("zone.changed"))
                .filter(b -> b.get("data").get("incident").asString().equals(incident.toString()))
                .toList();
    }

    private void register(String url, String type) throws Exception {
        String body = mvc.perform(post("/api/v1/webhooks")
                        .with(user(coordinator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Partner\", \"url\": \"" + url + "\", \"eventTypes\": [\"" + type
                                + "\"]}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        receivers.add(json.readTree(body).get("id").asString());
    }

    private Incident declare(String type, double radius) {
        return incidents.declare(
                new IncidentDraft(
                        type,
                        "Harbour front",
                        now.minusSeconds(300),
                        List.of(new ZoneDraft(ZoneKind.CORDON, circleJson(centre, radius), now, null))),
                coordinator);
    }

    private UUID organisation(String prefix) {
        UUID id = UUID.randomUUID();
        String name = prefix + " " + id;
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("insert into organisation (id, name, name_key, kind, region, status, created_at, updated_at, version)"
                        + " values (?, ?, ?, 'PRIVATE', 'Centre', 'APPROVED', ?, ?, 0)")
                .params(id, name, name.toLowerCase(Locale.ROOT), at, at)
                .update();
        return id;
    }

    private UUID site(String name, GeoPoint position, UUID organisation) {
        return sites.register(new SiteDetails(
                        name + " " + organisation,
                        "Alert test street",
                        position,
                        "retail",
                        UseType.RETAIL_STORE,
                        300,
                        organisation,
                        SiteContact.NONE,
                        null))
                .id();
    }

    private Person member(UUID organisation, boolean withAccount, String phone) {
        UUID account = withAccount ? UUID.randomUUID() : null;
        String email = "member-" + UUID.randomUUID() + "@alerts.example";
        jdbc.sql("insert into member (id, organisation_id, full_name, email, phone, role, account_id, created_at,"
                        + " version) values (?, ?, 'Member', ?, ?, 'OPERATOR', ?, ?, 0)")
                .params(UUID.randomUUID(), organisation, email, phone, account, OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        return new Person(account, email, phone);
    }

    private static String text(MimeMessage mail) throws Exception {
        return ((String) mail.getContent()).replace("\r\n", "\n");
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static String circleJson(GeoPoint at, double radius) {
        return "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[" + at.longitude() + ","
                + at.latitude() + "]},\"properties\":{\"radius\":" + radius + "}}";
    }

    private record Person(UUID account, String email, String phone) {}
}
