package org.bulwark.threat.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.bulwark.MailServerTests;
import org.bulwark.geo.GeoPoint;
import org.bulwark.identity.Accounts;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.NewAccount;
import org.bulwark.identity.Role;
import org.bulwark.partners.MemberDetails;
import org.bulwark.partners.Partners;
import org.bulwark.sites.SiteContact;
import org.bulwark.sites.SiteDetails;
import org.bulwark.sites.SiteFixtures;
import org.bulwark.sites.Sites;
import org.bulwark.sites.UseType;
import org.bulwark.threat.LevelChange;
import org.bulwark.threat.Scope;
import org.bulwark.threat.ScopeLevel;
import org.bulwark.threat.ThreatLevelChanged;
import org.bulwark.threat.ThreatLevels;
import org.bulwark.threat.Visibility;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

class ThreatLevelAnnouncementsIntegrationTests extends MailServerTests {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final BulwarkUser COORDINATOR =
            BulwarkUser.of(UUID.randomUUID(), "casey", "Casey Coordinator", Role.COORDINATOR);

    @Autowired
    ThreatLevels levels;

    @Autowired
    LapsedLevels lapsed;

    @Autowired
    ThreatLevelAnnouncements announcements;

    @Autowired
    Sites sites;

    @Autowired
    Partners partners;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void raisingTheStadiumLevelTellsTheOperatorsOfStadiumsOnceAndNotTheOperatorsOfShops() throws Exception {
        Operator stadium = operatorWithSites("Stadium", "stadia-arenas", "stadia-arenas");
        Operator shop = operatorWithSites("Shop", "retail");

        ScopeLevel raised = levels.change(
                new LevelChange(
                        Scope.sector("stadia-arenas"),
                        "SEVERE",
                        "Specific threat to a fixture",
                        Instant.parse("2099-08-01T17:00:00Z"),
                        Visibility.PARTNERS),
                COORDINATOR);

        await().atMost(PATIENCE).until(() -> !MAIL.messagesTo(stadium.email()).isEmpty());
        List<MimeMessage> received = MAIL.messagesTo(stadium.email());
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject()).isEqualTo("Threat level for Stadia and arenas: SEVERE");
        assertThat((String) received.get(0).getContent())
                .contains("SEVERE: An attack is highly likely.")
                .contains("Reason: Specific threat to a fixture")
                .contains("Until 1 Aug 2099 18:00 BST")
                .contains("https://bulwark.example/measures");

        String inbox = mvc.perform(get("/inbox").with(user(stadium.user())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(inbox).select("#inbox-list .notification").text())
                .contains("Threat level for Stadia and arenas: SEVERE");

        // both operators would be told by the same call, so the stadium's e-mail means the shop's turn has passed
        assertThat(notificationsOf(shop)).isZero();
        assertThat(MAIL.messagesTo(shop.email())).isEmpty();
        assertThat(notificationsOf(stadium)).isEqualTo(1);
        assertThat(raised.level().code()).isEqualTo("SEVERE");
    }

    @Test
    void aNationalChangeConcernsEveryOrganisationOperatingSitesAndARegionOnlyThoseInIt() {
        Operator stadium = operatorWithSites("Anywhere", "stadia-arenas");
        UUID noSites = organisation("Without sites");
        UUID noSitesOperator = accountOf(noSites, "nosites");

        assertThat(announcements.operatorsConcerned(Scope.NATIONAL))
                .contains(stadium.user().accountId())
                .doesNotContain(noSitesOperator);
        assertThat(announcements.operatorsConcerned(Scope.region(stadium.region())))
                .containsExactly(stadium.user().accountId());
        assertThat(announcements.operatorsConcerned(Scope.sector("retail")))
                .doesNotContain(stadium.user().accountId());
    }

    @Test
    void aLapsedLevelIsAnnouncedOnceAsAChangeBackToTheLevelInForce() {
        Operator operator = operatorWithSites("Lapsing", "stadia-arenas");
        Scope region = Scope.region(operator.region());
        levels.change(new LevelChange(region, "MODERATE", "Steady", null, Visibility.PARTNERS), COORDINATOR);
        ScopeLevel raised = levels.change(
                new LevelChange(
                        region, "CRITICAL", "Imminent", Instant.now().plus(1, ChronoUnit.HOURS), Visibility.PARTNERS),
                COORDINATOR);
        jdbc.sql("update threat_level_change set expires_at = ? where id = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(5), raised.changeId())
                .update();

        List<ThreatLevelChanged> announced = lapsed.announceLapsed().stream()
                .filter(e -> e.scope().equals(region))
                .toList();

        assertThat(announced).singleElement().satisfies(event -> {
            assertThat(event.previousRank()).isEqualTo(5);
            assertThat(event.rank()).isEqualTo(2);
        });
        assertThat(lapsed.announceLapsed()).noneMatch(e -> e.scope().equals(region));
        await().atMost(PATIENCE)
                .until(() -> MAIL.messagesTo(operator.email()).stream()
                        .anyMatch(m ->
                                body(m).contains("The level CRITICAL set for " + operator.region() + " has lapsed.")));
    }

    private static String body(MimeMessage message) {
        try {
            return (String) message.getContent();
        } catch (Exception e) {
            return "";
        }
    }

    private long notificationsOf(Operator operator) {
        return jdbc.sql("select count(*) from notification where account_id = ?")
                .param(operator.user().accountId())
                .query(Long.class)
                .single();
    }

    /** An organisation in a region of its own, with an operator who has an account and the given sites. */
    private Operator operatorWithSites(String prefix, String... sectors) {
        UUID organisation = organisation(prefix);
        String username = "op" + UUID.randomUUID().toString().substring(0, 10);
        UUID account = accountOf(organisation, username);
        for (String sector : sectors) {
            sites.register(new SiteDetails(
                    SiteFixtures.unique(prefix + " site"),
                    "1 Test Street",
                    new GeoPoint(51.5, -0.12),
                    sector,
                    sector.equals("retail") ? UseType.SHOPPING_CENTRE : UseType.ARENA,
                    2000,
                    organisation,
                    new SiteContact("Sam", "+44 20 7946 0000", "sam@example.org"),
                    null));
        }
        String region = jdbc.sql("select region from organisation where id = ?")
                .param(organisation)
                .query(String.class)
                .single();
        return new Operator(
                BulwarkUser.of(account, username, "Operator", Role.OPERATOR), username + "@example.org", region);
    }

    private UUID organisation(String prefix) {
        UUID id = SiteFixtures.organisation(jdbc, prefix).id();
        jdbc.sql("update organisation set region = ? where id = ?")
                .params("Region " + id.toString().substring(0, 8), id)
                .update();
        return id;
    }

    private UUID accountOf(UUID organisation, String username) {
        String email = username + "@example.org";
        UUID account = accounts.register(
                new NewAccount(username, "Operator " + username, email, Role.OPERATOR, "correct horse battery staple"));
        partners.addMember(
                organisation, new MemberDetails("Operator " + username, null, email, null, Role.OPERATOR, account));
        return account;
    }

    record Operator(BulwarkUser user, String email, String region) {}
}
