package org.bulwark.notify.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.bulwark.LiveStreams;
import org.bulwark.LiveStreams.Event;
import org.bulwark.LiveStreams.EventStream;
import org.bulwark.identity.Accounts;
import org.bulwark.identity.NewAccount;
import org.bulwark.identity.Role;
import org.bulwark.notify.LiveUpdates;
import org.bulwark.notify.Notice;
import org.bulwark.notify.Notifications;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Live updates over a real HTTP connection of a signed-in browser session, through the whole filter chain. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"bulwark.notify.live-heartbeat=PT1S", "bulwark.notify.live-timeout=PT8S"})
class LiveUpdatesIntegrationTests {

    static final Duration PATIENCE = LiveStreams.PATIENCE;
    static final String PASSWORD = "correct horse battery staple";

    @LocalServerPort
    int port;

    @Autowired
    LiveUpdates live;

    @Autowired
    Accounts accounts;

    @Autowired
    Notifications notifications;

    LiveStreams streams;

    @BeforeEach
    void streams() {
        streams = new LiveStreams(port);
    }

    @AfterEach
    void closeStreams() {
        streams.close();
    }

    @Test
    void anEventReachesEveryOpenPageOfItsAccountAndNoOtherAccount() throws Exception {
        UUID ann = person();
        UUID bob = person();
        String annSession = signIn(ann);
        EventStream annFirstTab = open(annSession);
        EventStream annSecondTab = open(annSession);
        EventStream bobTab = open(signIn(bob));
        await().atMost(PATIENCE).until(() -> live.connectedAccounts().containsAll(List.of(ann, bob)));

        live.send(List.of(ann), "bulletin", "{\"id\":\"b-1\"}");
        live.send(List.of(bob), "notice", "{}");

        assertThat(annFirstTab.next()).isEqualTo(new Event("bulletin", "{\"id\":\"b-1\"}"));
        assertThat(annSecondTab.next()).isEqualTo(new Event("bulletin", "{\"id\":\"b-1\"}"));
        // bob's first event is his own: the one for ann never reached him
        assertThat(bobTab.next()).isEqualTo(new Event("notice", "{}"));
        assertThat(annFirstTab.contentType()).startsWith("text/event-stream");
    }

    @Test
    void aNotificationTellsTheOpenPagesOfItsAccountToRefreshTheInbox() throws Exception {
        UUID ann = person();
        EventStream tab = open(signIn(ann));
        await().atMost(PATIENCE).until(() -> live.connectedAccounts().contains(ann));

        notifications.notify(List.of(ann), new Notice("Threat level changed", "x", "/threat"));

        assertThat(tab.next()).isEqualTo(new Event("notice", "{}"));
    }

    @Test
    void sendingToAnAccountWithoutPagesOrWithABadEventNameNeitherFailsNorBlocks() {
        live.send(List.of(UUID.randomUUID()), "bulletin", "{}");
        live.send(List.of(UUID.randomUUID()), "no spaces allowed", "{}");
    }

    @Test
    void nobodyListensWithoutSigningIn() throws Exception {
        HttpResponse<String> response = streams.openWithoutSession();

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(url -> assertThat(url).endsWith("/login"));
    }

    @Test
    void aClosedPageIsForgottenAndAnOpenOneIsAskedToReconnectAfterTheTimeout() throws Exception {
        UUID ann = person();
        String session = signIn(ann);
        EventStream closed = open(session);
        await().atMost(PATIENCE).until(() -> live.connectedAccounts().contains(ann));

        closed.close();
        await().atMost(PATIENCE).until(() -> !live.connectedAccounts().contains(ann));

        EventStream waiting = open(session);
        await().atMost(PATIENCE).until(() -> live.connectedAccounts().contains(ann));
        await().atMost(PATIENCE).until(waiting::ended);
        await().atMost(PATIENCE).until(() -> !live.connectedAccounts().contains(ann));
        assertThat(waiting.retry()).isEqualTo("5000");
    }

    private UUID person() {
        String username = "l" + UUID.randomUUID().toString().substring(0, 12);
        return accounts.register(
                new NewAccount(username, "Person " + username, username + "@example.org", Role.OPERATOR, PASSWORD));
    }

    private String signIn(UUID account) throws Exception {
        return streams.signIn(accounts.find(account).orElseThrow().username(), PASSWORD);
    }

    private EventStream open(String session) throws Exception {
        return streams.open(session);
    }
}
