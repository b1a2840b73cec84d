package org.bulwark.incidents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.bulwark.geo.GeoPoint;
import org.bulwark.geo.ZoneSamples;
import org.bulwark.identity.Accounts;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.NewAccount;
import org.bulwark.identity.Role;
import org.bulwark.incidents.Incident;
import org.bulwark.incidents.IncidentDraft;
import org.bulwark.incidents.Incidents;
import org.bulwark.incidents.StatusLinks;
import org.bulwark.incidents.TimelineEntry;
import org.bulwark.incidents.ZoneDraft;
import org.bulwark.incidents.ZoneKind;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Status links are answered without signing in, once, before they expire, and only as this server signed them. */
@SpringBootTest
@AutoConfigureMockMvc
class StatusLinksIntegrationTests {

    @Autowired
    StatusLinks links;

    @Autowired
    StatusLinkTokens tokens;

    @Autowired
    Incidents incidents;

    @Autowired
    Sites sites;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    private final BulwarkUser coordinator = SiteFixtures.user(Role.COORDINATOR);
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    private UUID site;
    private UUID outside;
    private UUID account;
    private UUID organisation;
    private String organisationName;
    private UUID operated;
    private UUID operatedOutside;
    private Incident incident;

    @BeforeEach
    void declareAroundASite() {
        Random random = new Random();
        GeoPoint centre = new GeoPoint(random.nextDouble() * 100 - 50, random.nextDouble() * 320 - 160);
        site = site("Pier Pavilion", centre, null);
        outside = site("Inland Theatre", ZoneSamples.destination(centre, 90, 5_000), null);
        organisationName = "Pier Leisure " + UUID.randomUUID().toString().substring(0, 8);
        organisation = organisation(organisationName);
        operated = site("Pier Arcade", ZoneSamples.destination(centre, 0, 100), organisation);
        operatedOutside = site("Inland Arcade", ZoneSamples.destination(centre, 180, 5_000), organisation);
        String username = "duty-" + UUID.randomUUID().toString().substring(0, 8);
        account = accounts.register(new NewAccount(
                username, "Dana Duty", username + "@test.example", Role.OPERATOR, "status-link-password"));
        incident = incidents.declare(
                new IncidentDraft(
                        "OTHER",
                        "Pier " + UUID.randomUUID().toString().substring(0, 6),
                        now,
                        List.of(new ZoneDraft(
                                ZoneKind.CORDON,
                                "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":["
                                        + centre.longitude() + "," + centre.latitude()
                                        + "]},\"properties\":{\"radius\":300}}",
                                now,
                                null))),
                coordinator);
    }

    @Test
    void aLinkIsAnAbsoluteAddressForOneAffectedSiteOfAnActiveIncident() {
        String link = links.linkFor(incident.id(), site, account).orElseThrow();

        assertThat(link).matches("https?://[^/]+(:\\d+)?/status/[A-Za-z0-9_-]{100,}");
        StatusLinkTokens.Claims claims = tokens.read(token(link));
        assertThat(claims.incident()).isEqualTo(incident.id());
        assertThat(claims.site()).isEqualTo(site);
        assertThat(claims.holder()).isEqualTo(account);
        assertThat(claims.expiresAt()).isBetween(now.plusSeconds(11 * 3600), now.plusSeconds(13 * 3600));
        assertThat(links.linkFor(incident.id(), outside, account)).isEmpty();
        assertThat(links.linkFor(UUID.randomUUID(), site, account)).isEmpty();
    }

    @Test
    void aValidLinkShowsTheIncidentAndSiteWithoutSigningInAndAnswersOnce() throws Exception {
        String token = token(links.linkFor(incident.id(), site, account).orElseThrow());

        mvc.perform(get("/status/{token}", token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(incident.place())))
                .andExpect(content().string(containsString("Pier Pavilion")))
                .andExpect(content().string(containsString("id=\"answer-SAFE\"")))
                .andExpect(content().string(containsString("id=\"answer-NOT_OCCUPIED\"")));
        mvc.perform(get("/status/{token}", token).param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Besoin d’aide")))
                .andExpect(content().string(containsString("Confinement sur place")));

        mvc.perform(post("/status/{token}", token).with(csrf()).param("status", "SHELTERING"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"link-answered\"")))
                .andExpect(content().string(containsString("Sheltering in place")));

        assertThat(latest()).isEqualTo("SHELTERING LINK Dana Duty");
        assertThat(incidents.timeline(incident.id(), coordinator))
                .filteredOn(e -> e.what() == TimelineEntry.What.STATUS_REPORTED)
                .extracting(TimelineEntry::who, TimelineEntry::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Dana Duty", "SHELTERING · LINK"));
    }

    @Test
    void aReplayedLinkSaysWhichAnswerItGaveAndChangesNothing() throws Exception {
        String token = token(links.linkFor(incident.id(), site, account).orElseThrow());
        mvc.perform(post("/status/{token}", token).with(csrf()).param("status", "SAFE"))
                .andExpect(status().isOk());
        long entries = entries();

        mvc.perform(post("/status/{token}", token).with(csrf()).param("status", "NEEDS_HELP"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("This link has been used")))
                .andExpect(content().string(containsString("The answer given: Safe, by Dana Duty")))
                .andExpect(content().string(containsString("Nothing was changed")));
        mvc.perform(get("/status/{token}", token))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("data-reason=\"used\"")));

        assertThat(latest()).isEqualTo("SAFE LINK Dana Duty");
        assertThat(entries()).isEqualTo(entries);
    }

    @Test
    void anExpiredLinkIsRefusedWithItsOwnPageAndChangesNothing() throws Exception {
        String token = tokens.sign(
                incident.id(),
                site,
                StatusLinkTokens.Holder.ACCOUNT,
                account,
                Instant.now().minusSeconds(1));

        mvc.perform(get("/status/{token}", token))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("This link has expired")));
        mvc.perform(post("/status/{token}", token).with(csrf()).param("status", "SAFE"))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("data-reason=\"expired\"")));

        assertThat(latest()).isNull();
    }

    @Test
    void aTamperedOrForeignLinkIsRefusedAndChangesNothing() throws Exception {
        String token = token(links.linkFor(incident.id(), site, account).orElseThrow());
        // another site in the signed part, the signature left as it was
        byte[] bytes = java.util.Base64.getUrlDecoder().decode(token);
        bytes[20] ^= 0x01;
        String altered = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long entries = entries();

        for (String bad : List.of(altered, token.substring(0, token.length() - 3), "not-a-link", token + "AA")) {
            mvc.perform(post("/status/{token}", bad).with(csrf()).param("status", "SAFE"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("This link is not valid")))
                    .andExpect(content().string(not(containsString("Pier Pavilion"))));
        }
        assertThat(latest()).isNull();
        assertThat(entries()).isEqualTo(entries);
        mvc.perform(get("/status/{token}", token)).andExpect(status().isOk());
    }

    @Test
    void anAnswerMissingItsStatusAsksAgainAndKeepsTheLinkUsable() throws Exception {
        String token = token(links.linkFor(incident.id(), site, account).orElseThrow());

        mvc.perform(post("/status/{token}", token).with(csrf()).param("status", "MAYBE"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose one of the answers below")));
        assertThat(latest()).isNull();

        mvc.perform(post("/status/{token}", token).with(csrf()).param("status", "NOT_OCCUPIED"))
                .andExpect(status().isOk());
        assertThat(latest()).isEqualTo("NOT_OCCUPIED LINK Dana Duty");
    }

    @Test
    void aLinkOfAClosedIncidentNoLongerAnswers() throws Exception {
        String token = token(links.linkFor(incident.id(), site, account).orElseThrow());
        incidents.close(incident.id(), coordinator);

        mvc.perform(post("/status/{token}", token).with(csrf()).param("status", "SAFE"))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("This roll-call is over")));
        assertThat(latest()).isNull();
        assertThat(links.linkFor(incident.id(), site, account)).isEmpty();
    }

    @Test
    void anOperatorsLinkIsSharedByTheOrganisationAnswersOnceForItsSiteAndRecordsWhichLinkAnswered() throws Exception {
        Map<UUID, String> shared =
                links.operatorLinks(incident.id(), Map.of(operated, organisation, operatedOutside, organisation));

        assertThat(shared).containsOnlyKeys(operated);
        assertThat(shared.get(operated)).matches("https?://[^/]+(:\\d+)?/status/[A-Za-z0-9_-]{100,}");
        String token = token(shared.get(operated));
        StatusLinkTokens.Claims claims = tokens.read(token);
        assertThat(claims.incident()).isEqualTo(incident.id());
        assertThat(claims.site()).isEqualTo(operated);
        assertThat(claims.kind()).isEqualTo(StatusLinkTokens.Holder.ORGANISATION);
        assertThat(claims.holder()).isEqualTo(organisation);
        assertThat(claims.expiresAt()).isBetween(now.plusSeconds(11 * 3600), now.plusSeconds(13 * 3600));
        String answeredBy = "Operators of " + organisationName + " (shared status link "
                + claims.nonce().substring(0, 8) + ")";

        mvc.perform(get("/status/{token}", token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Pier Arcade")));
        mvc.perform(post("/status/{token}", token).with(csrf()).param("status", "SAFE"))
                .andExpect(status().isOk());
        mvc.perform(post("/status/{token}", token).with(csrf()).param("status", "NEEDS_HELP"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("The answer given: Safe, by " + answeredBy)));

        assertThat(latest(operated)).isEqualTo("SAFE LINK " + answeredBy);
        assertThat(jdbc.sql("select count(*) from incident_site_status where incident_id = ? and site_id = ?"
                                + " and reported_by is null")
                        .params(incident.id(), operated)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select answered_by from incident_status_link_use where nonce = ?")
                        .param(claims.nonce())
                        .query(String.class)
                        .single())
                .isEqualTo(answeredBy);
        assertThat(incidents.timeline(incident.id(), coordinator))
                .filteredOn(e -> e.what() == TimelineEntry.What.STATUS_REPORTED)
                .extracting(TimelineEntry::who, TimelineEntry::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(answeredBy, "SAFE · LINK"));
    }

    @Test
    void anOperatorsLinkNoLongerAnswersOnceItsSiteChangedHandsOrItsIncidentClosed() throws Exception {
        String token = token(links.operatorLinks(incident.id(), Map.of(operated, organisation))
                .get(operated));
        jdbc.sql("update site set organisation_id = ? where id = ?")
                .params(organisation("Pier Newcomers " + UUID.randomUUID()), operated)
                .update();

        mvc.perform(post("/status/{token}", token).with(csrf()).param("status", "SAFE"))
                .andExpect(status().isGone());
        assertThat(latest(operated)).isNull();

        incidents.close(incident.id(), coordinator);
        assertThat(links.operatorLinks(incident.id(), Map.of(operated, organisation)))
                .isEmpty();
    }

    private String latest() {
        return latest(site);
    }

    private String latest(UUID site) {
        return jdbc.sql("select status || ' ' || channel || ' ' || reported_by_name from incident_site_status"
                        + " where incident_id = ? and site_id = ?")
                .params(incident.id(), site)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private long entries() {
        return jdbc.sql("select count(*) from incident_timeline where incident_id = ?")
                .param(incident.id())
                .query(Long.class)
                .single();
    }

    private static String token(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }

    private UUID organisation(String name) {
        UUID id = UUID.randomUUID();
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("insert into organisation (id, name, name_key, kind, region, status, created_at, updated_at, version)"
                        + " values (?, ?, ?, 'PRIVATE', 'Coast', 'APPROVED', ?, ?, 0)")
                .params(id, name, name.toLowerCase(Locale.ROOT), at, at)
                .update();
        return id;
    }

    private UUID site(String name, GeoPoint position, UUID organisation) {
        return sites.register(new SiteDetails(
                        name,
                        "2 Pier Road",
                        position,
                        "stadia-arenas",
                        UseType.ARENA,
                        300,
                        organisation,
                        SiteContact.NONE,
                        null))
                .id();
    }
}
