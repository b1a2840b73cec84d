package org.bulwark;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;

/**
 * Browsers' live-update streams for integration tests over a real HTTP connection: people sign in through the login
 * form and open {@code /live} with their session cookie, as a page's {@code EventSource} does. Close it after each
 * test to end the streams it opened.
 */
public final class LiveStreams implements AutoCloseable {

    public static final Duration PATIENCE = Duration.ofSeconds(20);

    private final int port;
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final List<EventStream> streams = new ArrayList<>();

    public LiveStreams(int port) {
        this.port = port;
    }

    /** Signs in through the login form as a browser does; returns the session cookie. */
    public String signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> form =
                http.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString());
        String cookie = sessionCookie(form, null);
        String token = Jsoup.parse(form.body()).select("input[name=_csrf]").attr("value");
        String body = Map.of("username", username, "password", password, "_csrf", token).entrySet().stream()
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

    /** Opens a page's stream with this session cookie. */
    public EventStream open(String cookie) throws IOException, InterruptedException {
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

    /** Sends a request without a session, to see what a stranger gets. */
    public HttpResponse<String> openWithoutSession() throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(uri("/live"))
                        .header("Accept", "text/event-stream")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        streams.forEach(EventStream::close);
        streams.clear();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String sessionCookie(HttpResponse<?> response, String previous) {
        return response.headers().allValues("Set-Cookie").stream()
                .map(header -> header.split(";", 2)[0])
                .filter(pair -> pair.startsWith("SESSION=") || pair.startsWith("JSESSIONID="))
                .reduce((first, second) -> second)
                .orElse(previous);
    }

    public record Event(String name, String data) {}

    /** Reads a server-sent event stream as a browser's EventSource would, on a thread of its own. */
    public static final class EventStream {

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

        /** The next event, waiting for it at most {@link #PATIENCE}. */
        public Event next() throws InterruptedException {
            Event event = events.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            assertThat(event).as("an event within %s", PATIENCE).isNotNull();
            return event;
        }

        public boolean ended() {
            return ended;
        }

        public String retry() {
            return retry;
        }

        public String contentType() {
            return response.headers().firstValue("Content-Type").orElse("");
        }

        public void close() {
            try {
                response.body().close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
