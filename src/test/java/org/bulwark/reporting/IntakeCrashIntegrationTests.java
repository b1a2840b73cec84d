package org.bulwark.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.bulwark.BulwarkApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a reporter was told is saved is saved: the server is killed with SIGKILL the instant it has answered 201, with
 * no time to flush anything more, and once started again on the same database it has every such report. Runs the
 * application as a process of its own, on a file database of its own when the suite runs on H2, or on a database of
 * its own on the PostgreSQL server the suite runs on.
 */
class IntakeCrashIntegrationTests {

    private static final Duration START = Duration.ofMinutes(3);
    private static final String PASSWORD = "crash-test-password-1";

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final List<Process> started = new ArrayList<>();
    private Path work;
    private String url;
    private String user;
    private String password;
    private String pgServer;
    private String pgDatabase;
    private int port;

    @BeforeEach
    void database() throws Exception {
        work = Files.createTempDirectory("bulwark-crash");
        String suiteUrl = System.getenv("BULWARK_TEST_DB_URL");
        if (suiteUrl != null && suiteUrl.startsWith("jdbc:postgresql:")) {
            user = env("BULWARK_TEST_DB_USER", "postgres");
            password = env("BULWARK_TEST_DB_PASSWORD", "");
            String withoutQuery = suiteUrl.contains("?") ? suiteUrl.substring(0, suiteUrl.indexOf('?')) : suiteUrl;
            pgServer = withoutQuery.substring(0, withoutQuery.lastIndexOf('/') + 1);
            pgDatabase = "bulwark_crash_" + System.currentTimeMillis();
            pgAdmin("create database " + pgDatabase);
            url = pgServer + pgDatabase;
        } else {
            user = "sa";
            password = "";
            // the embedded database as the application ships it, in a file of this test's own
            String shipped = String.valueOf(new YamlPropertySourceLoader()
                    .load("application", new ClassPathResource("application.yml"))
                    .get(0)
                    .getProperty("spring.datasource.url"));
            assertThat(shipped).startsWith("jdbc:h2:file:./data/bulwark;").contains("AUTO_SERVER=TRUE");
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
        if (pgDatabase != null) {
            pgAdmin("drop database if exists " + pgDatabase + " with (force)");
        }
        try (Stream<Path> files = Files.walk(work)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(file -> file.toFile().delete());
        }
    }

    @Test
    void everyReportAnswered201IsStillThereAfterTheServerIsKilledRightAfterAnswering() throws Exception {
        Process first = start();
        String token = integrationToken();
        Map<String, String> sentByApi = new LinkedHashMap<>();

        HttpResponse<String> partner = send(HttpRequest.newBuilder(uri("/api/v1/reports"))
                .header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"category": "observation-surveillance", "latitude": 53.31, "longitude": 0.25,
                         "sector": "transport", "description": "A man filmed the ticket barriers for ten minutes.",
                         "vehicles": [{"plate": "PA21 XYZ", "description": "white van"}]}
                        """)));
        if (partner.statusCode() == 201) {
            kill(first);
        }
        assertThat(partner.statusCode()).as(partner.body()).isEqualTo(201);
        JsonNode report = json.readTree(partner.body());
        sentByApi.put(report.get("id").asString(), report.get("reference").asString());

        Process second = start();
        HttpResponse<String> member = send(HttpRequest.newBuilder(uri("/api/v1/reports"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"description\": \"A drone hovered over the queue at the east gate.\"}")));
        if (member.statusCode() == 201) {
            kill(second);
        }
        assertThat(member.statusCode()).as(member.body()).isEqualTo(201);
        report = json.readTree(member.body());
        sentByApi.put(report.get("id").asString(), report.get("reference").asString());

        Process third = start();
        HttpResponse<String> fromPublic = send(HttpRequest.newBuilder(uri("/api/v1/public/reports"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"description\": \"Someone tried every emergency exit door of the hall.\"}")));
        if (fromPublic.statusCode() == 201) {
            kill(third);
        }
        assertThat(fromPublic.statusCode()).as(fromPublic.body()).isEqualTo(201);
        JsonNode receipt = json.readTree(fromPublic.body());

        start();
        for (Map.Entry<String, String> sent : sentByApi.entrySet()) {
            HttpResponse<String> stored = send(HttpRequest.newBuilder(uri("/api/v1/reports/" + sent.getKey()))
                    .header("Authorization", "Bearer " + token)
                    .GET());
            assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
            assertThat(json.readTree(stored.body()).get("reference").asString()).isEqualTo(sent.getValue());
        }
        HttpResponse<String> status = send(HttpRequest.newBuilder(
                        uri("/api/v1/public/reports/" + receipt.get("receipt").asString()))
                .GET());
        assertThat(status.statusCode()).as(status.body()).isEqualTo(200);
        assertThat(json.readTree(status.body()).get("reference").asString())
                .isEqualTo(receipt.get("reference").asString());
    }

    /** Starts the application on the test's database and port, and waits until it is ready. */
    private Process start() throws IOException {
        Path log = work.resolve("server-" + started.size() + ".log");
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx512m",
                        "-XX:TieredStopAtLevel=1",
                        "-cp",
                        System.getProperty("java.class.path"),
                        BulwarkApplication.class.getName(),
                        "--server.port=" + port,
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + user,
                        "--spring.datasource.password=" + password,
                        "--spring.datasource.hikari.maximum-pool-size=4",
                        "--spring.datasource.hikari.minimum-idle=1",
                        "--bulwark.demo.enabled=false",
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

    /** SIGKILL on Linux: the process gets no chance to flush or close anything. */
    private static void kill(Process process) throws Exception {
        process.destroyForcibly();
        process.onExit().get(30, TimeUnit.SECONDS);
    }

    /** An integration account, stored as an administrator would register it, and a token issued over the API. */
    private String integrationToken() throws Exception {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                PreparedStatement insert = connection.prepareStatement(
                        "insert into account (id, username, username_key, display_name, email, role, password_hash,"
                                + " enabled, failed_logins, created_at, version)"
                                + " values (?, ?, ?, ?, ?, 'INTEGRATION', ?, true, 0, ?, 0)")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, "crash-partner");
            insert.setString(3, "crash-partner");
            insert.setString(4, "Crash test partner system");
            insert.setString(5, "partner@crash.example");
            insert.setString(
                    6, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(PASSWORD));
            insert.setTimestamp(7, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
        HttpResponse<String> issued = send(HttpRequest.newBuilder(uri("/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\": \"crash-partner\", \"password\": \"" + PASSWORD + "\"}")));
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
