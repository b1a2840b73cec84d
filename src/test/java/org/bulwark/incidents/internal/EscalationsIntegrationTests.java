package org.bulwark.incidents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bulwark.MailServerTests;
import org.bulwark.geo.GeoPoint;
import org.bulwark.geo.ZoneSamples;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Role;
import org.bulwark.incidents.Incident;
import org.bulwark.incidents.IncidentDraft;
import org.bulwark.incidents.Incidents;
import org.bulwark.incidents.RollCall;
import org.bulwark.incidents.SiteRollCall;
import org.bulwark.incidents.SiteStatus;
import org.bulwark.incidents.TimelineEntry;
import org.bulwark.incidents.ZoneDraft;
import org.bulwark.incidents.ZoneKind;
import org.bulwark.sites.SiteContact;
import org.bulwark.sites.SiteDetails;
import org.bulwark.sites.SiteFixtures;
import org.bulwark.sites.Sites;
import org.bulwark.sites.UseType;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Sites that leave the roll-call unanswered past the wait are escalated once, by e-mail, to their secondary contacts. */
class EscalationsIntegrationTests extends MailServerTests {

    @Autowired
    Escalations escalations;

    @Autowired
    Incidents incidents;

    @Autowired
    RollCall rollCall;

    @Autowired
    Sites sites;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    private final BulwarkUser coordinator = SiteFixtures.user(Role.COORDINATOR);
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    private String siteContact;
    private String organisationContact;
    private UUID silent;
    private UUID answered;
    private UUID unreachable;
    private Incident incident;

    @BeforeEach
    void declareAroundThreeSites() {
        Random random = new Random();
        GeoPoint centre = new GeoPoint(random.nextDouble() * 100 - 50, random.nextDouble() * 320 - 160);
        siteContact = "duty-" + tag + "@venue.example";
        organisationContact = "security-" + tag + "@operator.example";
        SiteFixtures.Organisation operator = SiteFixtures.organisation(jdbc, "Escalation partner");
        jdbc.sql("update organisation set contact_name = 'Ola Owner', contact_email = ? where id = ?")
                .params(organisationContact, operator.id())
                .update();
        silent = site(
                "Silent Hall", centre, operator.id(), new SiteContact("Sam Steward", "+44 20 7946 0001", siteContact));
        answered = site(
                "Answering Arena",
                ZoneSamples.destination(centre, 0, 100),
                operator.id(),
                new SiteContact("Ann", null, "ann-" + tag + "@venue.example"));
        unreachable = site("Unlisted Chapel", ZoneSamples.destination(centre, 180, 100), null, SiteContact.NONE);
        incident = incidents.declare(
                new IncidentDraft(
                        "OTHER",
                        "Promenade " + tag,
                        now,
                        List.of(new ZoneDraft(
                                ZoneKind.INNER,
                                "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":["
                                        + centre.longitude() + "," + centre.latitude()
                                        + "]},\"properties\":{\"radius\":400}}",
                                now,
                                null))),
                coordinator);
        rollCall.answer(incident.id(), answered, SiteStatus.SAFE, null, "APP", coordinator);
    }

    @Test
    void nothingIsEscalatedBeforeTheWaitIsOver() {
        escalations.escalateOverdue(Instant.now().plus(Duration.ofMinutes(9)));

        assertThat(escalated()).isEmpty();
        assertThat(entries(TimelineEntry.What.ESCALATED)).isEmpty();
    }

    @Test
    void silentSitesAreEscalatedOnceToTheirSiteAndOrganisationContactsWhoAnswerThroughTheirOwnLink() throws Exception {
        Instant later = Instant.now().plus(Duration.ofMinutes(11));

        escalations.escalateOverdue(later);
        escalations.escalateOverdue(later.plusSeconds(120));
        sendEverythingDue(later);

        assertThat(escalated()).containsExactlyInAnyOrder(silent, unreachable);
        assertThat(entries(TimelineEntry.What.ESCALATED))
                .extracting(TimelineEntry::site, TimelineEntry::who, TimelineEntry::detail)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                silent, "Bulwark", "Sam Steward (site contact), Ola Owner (organisation contact)"),
                        org.assertj.core.groups.Tuple.tuple(unreachable, "Bulwark", null));
        assertThat(MAIL.messagesTo(siteContact)).hasSize(1);
        assertThat(MAIL.messagesTo(organisationContact)).hasSize(1);
        assertThat(MAIL.messagesTo("ann-" + tag + "@venue.example")).isEmpty();
        MimeMessage mail = MAIL.messagesTo(siteContact).get(0);
        assertThat(mail.getSubject()).isEqualTo("No answer from Silent Hall: Other at Promenade " + tag);
        String text = ((String) mail.getContent()).replace("\r\n", "\n");
        assertThat(text).startsWith("Hello Sam Steward,").contains("Silent Hall is inside the zone");
        assertThat(jdbc.sql("select count(*) from incident_escalation_mail where incident_id = ? and status = 'SENT'")
                        .param(incident.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(2);

        mvc.perform(post("/status/{token}", linkIn(text)).with(csrf()).param("status", "NEEDS_HELP"))
                .andExpect(status().isOk());

        SiteRollCall row = rollCall.sites(incident.id(), SiteStatus.NEEDS_HELP, 0, 10, coordinator)
                .sites()
                .get(0);
        assertThat(row.site()).isEqualTo(silent);
        assertThat(row.reportedBy()).isEqualTo("Sam Steward (site contact)");
        assertThat(row.channel()).isEqualTo("LINK");
        assertThat(row.escalatedAt()).isNotNull();
        // the organisation contact's link is their own, and still answers
        String other = ((String) MAIL.messagesTo(organisationContact).get(0).getContent()).replace("\r\n", "\n");
        assertThat(linkIn(other)).isNotEqualTo(linkIn(text));
    }

    @Test
    void anEMailTheServerDoesNotTakeIsTriedAgainLater() {
        jdbc.sql("update site set contact_email = ? where id = ?")
                .params("not an address", silent)
                .update();
        Instant later = Instant.now().plus(Duration.ofMinutes(11));
        escalations.escalateOverdue(later);

        sendEverythingDue(later);

        assertThat(mail("not an address")).containsEntry("status", "PENDING").containsEntry("attempts", 1);
        OffsetDateTime next = jdbc.sql("select next_attempt_at from incident_escalation_mail where incident_id = ?"
                        + " and recipient = 'not an address'")
                .param(incident.id())
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class))
                .single();
        assertThat(next.toInstant()).isAfter(later);
        escalations.sendDue(later.plusSeconds(30));
        assertThat(mail("not an address")).containsEntry("attempts", 1);
        assertThat(MAIL.messagesTo(organisationContact)).hasSize(1);
    }

    /** Other tests' incidents share the database: their e-mails fall due too, in runs of a bounded size. */
    private void sendEverythingDue(Instant at) {
        for (int run = 0; run < 20; run++) {
            escalations.sendDue(at);
        }
    }

    private java.util.Map<String, Object> mail(String recipient) {
        return jdbc
                .sql("select status, attempts from incident_escalation_mail"
                        + " where incident_id = ? and recipient = ?")
                .params(incident.id(), recipient)
                .query()
                .singleRow()
                .entrySet()
                .stream()
                .collect(java.util.stream.Collectors.toMap(
                        e -> e.getKey().toLowerCase(Locale.ROOT), java.util.Map.Entry::getValue));
    }

    private static String linkIn(String text) {
        Matcher link = Pattern.compile("/status/([A-Za-z0-9_-]+)").matcher(text);
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    private List<UUID> escalated() {
        return jdbc.sql("select site_id from incident_escalation where incident_id = ?")
                .param(incident.id())
                .query(UUID.class)
                .list();
    }

    private List<TimelineEntry> entries(TimelineEntry.What what) {
        return incidents.timeline(incident.id(), coordinator).stream()
                .filter(e -> e.what() == what)
                .toList();
    }

    private UUID site(String name, GeoPoint position, @Nullable UUID organisation, SiteContact contact) {
        return sites.register(new SiteDetails(
                        name,
                        "3 Promenade",
                        position,
                        "stadia-arenas",
                        UseType.ARENA,
                        900,
                        organisation,
                        contact,
                        null))
                .id();
    }
}
