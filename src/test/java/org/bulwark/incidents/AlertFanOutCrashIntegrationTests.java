package org.bulwark.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.bulwark.BulwarkApplication;
import org.bulwark.MailServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An alert's fan-out survives {@code kill -9}: the server, on the demo network, is killed with SIGKILL while it is
 * handing the alert's e-mails to the mail server one by one, and once started again on the same database every member
 * has their e-mail and every account its in-app delivery, each recipient and channel once. Runs the application as a
 * process of its own, on a file database of its own when the suite runs on H2, or on a database of its own on the
 * PostgreSQL server the suite runs on.
 */
class AlertFanOutCrashIntegrationTests {

    private static final Duration START = Duration.ofMinutes(4);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final List<Process> started = new ArrayList<>();
    private final MailServer mail = MailServer.started();
    private Path work;
    private String url;
    private String user;
    private String password;
    private String pgServer;
    private String pgDatabase;
    private int port;

    @BeforeEach
    void database() throws Exception {
        work = Files.createTempDirectory("bulwark-alert-crash");
        String suiteUrl = System.getenv("BULWARK_TEST_DB_URL");
        if (suiteUrl != null && suiteUrl.startsWith("jdbc:postgresql:")) {
            user = env("BULWARK_TEST_DB_USER", "postgres");
            password = env("BULWARK_TEST_DB_PASSWORD", "");
            String withoutQuery = suiteUrl.contains("?") ? suiteUrl.substring(0, suiteUrl.indexOf('?')) : suiteUrl;
            pgServer = withoutQuery.substring(0, withoutQuery.lastIndexOf('/') + 1);
            pgDatabase = "bulwark_alert_crash_" + System.currentTimeMillis();
            pgAdmin("create database " + pgDatabase);
            url = pgServer + pgDatabase;
        } else {
            user = "sa";
            password = "";
            String shipped = String.valueOf(new YamlPropertySourceLoader()
                    .load("application", new ClassPathResource("application.yml"))
                    .get(0)
                    .getProperty("spring.datasource.url"));
            url = shipped.replace(
                    "./data/bulwark", work.resolve("bulwark").toAbsolutePath().toString());
        }
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
    }

    @AfterEach
    void cleanUp() throws Exception {
        for (Process process : started) {
            process.destroyForcibly();
            process.onExit().get(30, TimeUnit.SECONDS);
        }
        mail.stop();
        if (pgDatabase != null) {
            pgAdmin("drop database if exists " + pgDatabase + " with (force)");
        }
        try (Stream<Path> files = Files.walk(work)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(file -> file.toFile().delete());
        }
    }

    @Test
    void killedInTheMiddleOfAnAlertsFanOutTheServerDeliversToEveryRecipientAndChannelOnceAfterARestart()
            throws Exception {
        Process first = start();
        String token = token();
        String title = "Lock down now " + UUID.randomUUID();
        HttpResponse<String> declared = send(HttpRequest.newBuilder(uri("/api/v1/incidents"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"type": "OTHER", "place": "Port Alder", "occurredAt": "%s",
                         "zones": [{"kind": "OUTER", "validFrom": "%s", "geometry":
                           {"type": "Point", "coordinates": [0.25, 53.31]}, "radiusMetres": 30000}]}
                        """.formatted(Instant.now(), Instant.now()))));
        assertThat(declared.statusCode()).as(declared.body()).isEqualTo(201);
        String incident = json.readTree(declared.body()).get("id").asString();

        HttpResponse<String> sent = send(HttpRequest.newBuilder(uri("/api/v1/incidents/" + incident + "/alerts"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"card\": \"LOCKDOWN\", \"title\": \"" + title
                        + "\", \"text\": \"Close every entrance.\"}")));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        JsonNode alert = json.readTree(sent.body());
        assertThat(alert.get("recipients").asInt()).isGreaterThan(50);
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(10))
                .until(() -> alertMails(title).size() >= 10);
        kill(first);
        int beforeRestart = alertMails(title).size();

        start();
        Map<String, Long> expected = expectedRecipients(alert.get("id").asString());
        assertThat(beforeRestart).isLessThan(expected.get("EMAIL").intValue());
        await().atMost(Duration.ofSeconds(120))
                .until(() -> delivered(alert.get("id").asString()) == total(expected));
        int copies = alertMails(title).size();
        Map<String, Long> perChannel = deliveriesPerChannel(alert.get("id").asString());
        assertThat(perChannel).isEqualTo(expected);
        List<String> addresses = emailAddresses(alert.get("id").asString());
        for (String address : addresses) {
            List<MimeMessage> received = mail.messagesTo(address).stream()
                    .filter(m -> subject(m).equals(title))
                    .toList();
            assertThat(received).as(address).isNotEmpty();
            // a copy handed over twice (the kill fell between the server's answer and its record) keeps its identity
            assertThat(received.stream()
                            .map(AlertFanOutCrashIntegrationTests::messageId)
                            .distinct())
                    .as(address)
                    .hasSize(1);
        }
        // one e-mail at a time was in flight when the server was killed: at most that one went out twice
        assertThat(copies).isBetween(addresses.size(), addresses.size() + 1);
    }

    private List<MimeMessage> alertMails(String title) {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : mail.all()) {
            if (subject(message).equals(title)) {
                found.add(message);
            }
        }
        return found;
    }

    private static String subject(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (MessagingException e) {
            return "";
        }
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the alert's recipients call for per channel: members' addresses, accounts and numbers, each once. */
    private Map<String, Long> expectedRecipients(String alert) throws Exception {
        String members = "select m.* from member m where m.organisation_id in"
                + " (select organisation_id from incident_alert_site where alert_id = '" + alert + "')";
        Map<String, Long> expected = new HashMap<>();
        expected.put("EMAIL", single("select count(distinct lower(email)) from (" + members + ") x"));
        expected.put("IN_APP", single("select count(distinct account_id) from (" + members + ") x"));
        expected.put(
                "SMS",
                single("select count(distinct replace(lower(phone), ' ', '')) from (" + members
                        + ") x where phone is not null and phone <> ''"));
        expected.values().removeIf(count -> count == 0);
        return expected;
    }

    private List<String> emailAddresses(String alert) throws Exception {
        List<String> addresses = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, user, password);
                PreparedStatement query = connection.prepareStatement(
                        "select address from delivery where item_id = ? and channel = 'EMAIL'")) {
            query.setObject(1, UUID.fromString(alert));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    addresses.add(rows.getString(1));
                }
            }
        }
        return addresses;
    }

    private Map<String, Long> deliveriesPerChannel(String alert) throws Exception {
        Map<String, Long> counts = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(url, user, password);
                PreparedStatement query = connection.prepareStatement(
                        "select channel, count(*) from delivery where item_id = ? group by channel")) {
            query.setObject(1, UUID.fromString(alert));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return counts;
    }

    private long delivered(String alert) throws Exception {
        return single("select count(*) from delivery where item_id = '" + alert + "' and status = 'DELIVERED'");
    }

    private static long total(Map<String, Long> expected) {
        return expected.values().stream().mapToLong(Long::longValue).sum();
    }

    private long single(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Starts the application with the demo network, sending e-mails one at a time, and waits until it is ready. */
    private Process start() throws IOException {
        Path log = work.resolve("server-" + started.size() + ".log");
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx768m",
                        "-XX:TieredStopAtLevel=1",
                        "-cp",
                        System.getProperty("java.class.path"),
                        BulwarkApplication.class.getName(),
                        "--spring.profiles.active=demo",
                        "--server.port=" + port,
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + user,
                        "--spring.datasource.password=" + password,
                        "--spring.datasource.hikari.maximum-pool-size=6",
                        "--spring.datasource.hikari.minimum-idle=1",
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + mail.port(),
                        "--bulwark.notify.recipients-per-message=1",
                        "--bulwark.notify.delivery.email-batch=1",
                        "--bulwark.notify.delivery.email-senders=1",
                        "--bulwark.notify.delivery.poll-interval=PT0.5S",
                        "--bulwark.notify.delivery.claim-timeout=PT5S",
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        started.add(process);
        await().atMost(START)
                .pollInterval(Duration.ofMillis(250))
                .ignoreExceptionsInstanceOf(IOException.class)
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("The server stopped while starting:\n" + Files.readString(log));
                    }
                    return http.send(
                                            HttpRequest.newBuilder(uri("/actuator/health/readiness"))
                                                    .timeout(Duration.ofSeconds(5))
                                                    .build(),
                                            HttpResponse.BodyHandlers.ofString())
                                    .statusCode()
                            == 200;
                });
        return process;
    }

    private static void kill(Process process) throws Exception {
        process.destroyForcibly();
        process.onExit().get(30, TimeUnit.SECONDS);
    }

    /** A token of the demo network's coordinator. */
    private String token() throws Exception {
        HttpResponse<String> issued = send(HttpRequest.newBuilder(uri("/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\": \"coordinator\", \"password\": \"bulwark-demo\"}")));
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        return json.readTree(issued.body()).get("token").asString();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private void pgAdmin(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(pgServer + "postgres", user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
