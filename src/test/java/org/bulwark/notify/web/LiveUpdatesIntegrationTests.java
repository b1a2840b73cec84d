package org.bulwark.notify.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.bulwark.identity.Accounts;
import org.bulwark.identity.NewAccount;
import org.bulwark.identity.Role;
import org.bulwark.notify.LiveUpdates;
import org.bulwark.notify.Notice;
import org.bulwark.notify.Notifications;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Live updates over a real HTTP connection of a signed-in browser session, through the whole filter chain. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"bulwark.notify.live-heartbeat=PT1S", "bulwark.notify.live-timeout=PT8S"})
class LiveUpdatesIntegrationTests {

    static final Duration PATIENCE = Duration.ofSeconds(20);
    static final String PASSWORD = "correct horse battery staple";

    @LocalServerPort
    int port;

    @Autowired
    LiveUpdates live;

    @Autowired
    Accounts accounts;

    @Autowired
    Notifications notifications;

    final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    final List<EventStream> streams = new ArrayList<>();

    @AfterEach
    void closeStreams() {
        streams.forEach(EventStream::close);
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
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(uri("/live"))
                        .header("Accept", "text/event-stream")
                        .build(),
                HttpResponse.BodyHandlers.ofString());

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

    /** Signs in through the login form as a browser does; returns the session cookie. */
    private String signIn(UUID account) throws Exception {
        String username = accounts.find(account).orElseThrow().username();
        HttpResponse<String> form =
                http.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString());
        String cookie = sessionCookie(form, null);
        String token = Jsoup.parse(form.body()).select("input[name=_csrf]").attr("value");
        String body = Map.of("username", username, "password", PASSWORD, "_csrf", token).entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> signedIn = http.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", cookie)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return sessionCookie(signedIn, cookie);
    }

    private static String sessionCookie(HttpResponse<?> response, String previous) {
        return response.headers().allValues("Set-Cookie").stream()
                .map(header -> header.split(";", 2)[0])
                .filter(pair -> pair.startsWith("SESSION=") || pair.startsWith("JSESSIONID="))
                .reduce((first, second) -> second)
                .orElse(previous);
    }

    private EventStream open(String cookie) throws Exception {
        HttpResponse<InputStream> response = http.send(
                HttpRequest.newBuilder(uri("/live"))
                        .header("Accept", "text/event-stream")
                        .header("Cookie", cookie)
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        EventStream stream = new EventStream(response);
        streams.add(stream);
        return stream;
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    record Event(String name, String data) {}

    /** Reads a server-sent event stream as a browser's EventSource would, on a thread of its own. */
    static final class EventStream {

        private final HttpResponse<InputStream> response;
        private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        private volatile boolean ended;
        private volatile String retry;

        EventStream(HttpResponse<InputStream> response) {
            this.response = response;
            Thread reader = new Thread(this::read, "event-stream-reader");
            reader.setDaemon(true);
            reader.start();
        }

        private void read() {
            try (BufferedReader lines =
                    new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String name = null;
                StringBuilder data = new StringBuilder();
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.isEmpty()) {
                        if (name != null || data.length() > 0) {
                            events.add(new Event(name == null ? "message" : name, data.toString()));
                        }
                        name = null;
                        data.setLength(0);
                    } else if (line.startsWith("event:")) {
                        name = line.substring(6).strip();
                    } else if (line.startsWith("data:")) {
                        data.append(line.substring(5).strip());
                    } else if (line.startsWith("retry:")) {
                        retry = line.substring(6).strip();
                    }
                }
            } catch (IOException e) {
                // closed by the test
            } finally {
                ended = true;
            }
        }

        Event next() throws InterruptedException {
            Event event = events.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            assertThat(event).as("an event within %s", PATIENCE).isNotNull();
            return event;
        }

        boolean ended() {
            return ended;
        }

        String retry() {
            return retry;
        }

        String contentType() {
            return response.headers().firstValue("Content-Type").orElse("");
        }

        void close() {
            try {
                response.body().close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
