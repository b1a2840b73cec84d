package org.bulwark.incidents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.bulwark.LiveStreams;
import org.bulwark.LiveStreams.Event;
import org.bulwark.LiveStreams.EventStream;
import org.bulwark.geo.GeoPoint;
import org.bulwark.geo.ZoneSamples;
import org.bulwark.identity.Accounts;
import org.bulwark.identity.NewAccount;
import org.bulwark.identity.Role;
import org.bulwark.incidents.Incident;
import org.bulwark.incidents.IncidentDraft;
import org.bulwark.incidents.Incidents;
import org.bulwark.incidents.ZoneDraft;
import org.bulwark.incidents.ZoneKind;
import org.bulwark.notify.LiveUpdates;
import org.bulwark.reporting.ReportDraft;
import org.bulwark.reporting.Reports;
import org.bulwark.sites.SiteFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Those watching an incident's live picture hear of reports placed inside its zones, from the look for new reports
 * every few seconds, over the live-update stream of a signed-in browser.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "bulwark.incidents.report-watch-interval=PT0.2S",
            // a closed page is noticed at the next heartbeat, so that shutting down does not wait for its stream
            "bulwark.notify.live-heartbeat=PT1S",
            "bulwark.notify.live-timeout=PT8S"
        })
class OperationsFeedIntegrationTests {

    private static final String PASSWORD = "correct horse battery staple";

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    LiveUpdates live;

    @Autowired
    Incidents incidents;

    @Autowired
    Reports reports;

    private LiveStreams streams;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @BeforeEach
    void streams() {
        streams = new LiveStreams(port);
    }

    @AfterEach
    void closeStreams() {
        streams.close();
    }

    @Test
    void aReportInsideAnActiveZoneIsNewsForThatIncidentOnly() throws Exception {
        String username = "watch-" + UUID.randomUUID().toString().substring(0, 8);
        UUID coordinator = accounts.register(new NewAccount(
                username, "Watching Coordinator", username + "@police.example", Role.COORDINATOR, PASSWORD));
        EventStream page = streams.open(streams.signIn(username, PASSWORD));
        await().atMost(LiveStreams.PATIENCE)
                .until(() -> live.connectedAccounts().contains(coordinator));
        Random random = new Random();
        GeoPoint first = new GeoPoint(random.nextDouble() * 100 - 50, random.nextDouble() * 320 - 160);
        GeoPoint quiet = ZoneSamples.destination(first, 90, 5_000);
        GeoPoint second = ZoneSamples.destination(first, 270, 5_000);
        Incident reported = declare(first);
        Incident untouched = declare(quiet);
        Incident later = declare(second);

        reports.submitPublic(seenAt(ZoneSamples.destination(first, 0, 100)), List.of(), false);
        List<UUID> mine = List.of(reported.id(), untouched.id(), later.id());
        List<Event> news = new ArrayList<>();
        news.add(nextReportNews(page, mine));
        reports.submitPublic(seenAt(ZoneSamples.destination(second, 180, 100)), List.of(), false);
        Event last;
        do {
            last = nextReportNews(page, mine);
            news.add(last);
        } while (!last.data().contains(later.id().toString()));

        assertThat(news.get(0).data()).isEqualTo("{\"incident\":\"" + reported.id() + "\",\"change\":\"report\"}");
        assertThat(news).noneMatch(event -> event.data().contains(untouched.id().toString()));
    }

    /**
     * The next event that tells of a report about one of these incidents, passing over the others (zones drawn, and
     * the incidents of other tests sharing the database).
     */
    private static Event nextReportNews(EventStream page, List<UUID> incidents) throws InterruptedException {
        while (true) {
            Event event = page.next();
            if (event.name().equals(OperationsFeed.EVENT)
                    && event.data().contains("\"change\":\"report\"")
                    && incidents.stream().anyMatch(id -> event.data().contains(id.toString()))) {
                return event;
            }
        }
    }

    private Incident declare(GeoPoint centre) {
        return incidents.declare(
                new IncidentDraft(
                        "OTHER",
                        "Watched square " + UUID.randomUUID().toString().substring(0, 6),
                        now,
                        List.of(new ZoneDraft(
                                ZoneKind.CORDON,
                                "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":["
                                        + centre.longitude() + "," + centre.latitude()
                                        + "]},\"properties\":{\"radius\":400}}",
                                now,
                                null))),
                SiteFixtures.user(Role.COORDINATOR));
    }

    private static ReportDraft seenAt(GeoPoint point) {
        return new ReportDraft(
                null,
                point.latitude(),
                point.longitude(),
                null,
                null,
                null,
                "A man walked the cordon line twice and filmed the police vehicles.",
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                "en");
    }
}
