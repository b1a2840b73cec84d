package org.bulwark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The PostgreSQL server the benchmarks run on ({@code BULWARK_BENCH_PG_URL}, {@code BULWARK_BENCH_PG_USER}, {@code
 * BULWARK_BENCH_PG_PASSWORD}), and what they do on it alike: create and drop a database of their own, start the
 * whole application on it, store many operators at once, and sign in over the API.
 */
public final class BenchmarkDatabase {

    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

    private final String server = BenchmarkReport.env("BULWARK_BENCH_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
    private final String user = BenchmarkReport.env("BULWARK_BENCH_PG_USER", "postgres");
    private final String password = BenchmarkReport.env("BULWARK_BENCH_PG_PASSWORD", "");

    /** The server's JDBC address up to the database name, such as {@code jdbc:postgresql://127.0.0.1:5432/}. */
    public String server() {
        return server;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** The JDBC address of a database on the server. */
    public String url(String database) {
        return server + database;
    }

    /** A new connection to a database on the server. */
    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), user, password);
    }

    /** Runs a statement outside any database of the benchmark's, such as {@code create database}. */
    public void admin(String sql) throws SQLException {
        try (Connection connection = connect("postgres");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /**
     * Starts the application on the database, on a free port and quiet, with the settings given besides. They are
     * arguments, so that they win over application.yml and over the test settings on the class path.
     */
    public ConfigurableApplicationContext start(String database, String... settings) {
        String[] arguments = Stream.concat(
                        Stream.of(
                                "--spring.datasource.url=" + url(database),
                                "--spring.datasource.username=" + user,
                                "--spring.datasource.password=" + password,
                                "--server.port=0",
                                "--logging.level.root=WARN",
                                "--spring.main.banner-mode=off"),
                        Stream.of(settings))
                .toArray(String[]::new);
        return new SpringApplicationBuilder(BulwarkApplication.class).run(arguments);
    }

    /** Signs in over the API as the application started on the port; returns the bearer token. */
    public static String token(int port, String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/auth/token"))
                                .header("Content-Type", "application/json")
                                .timeout(Duration.ofSeconds(30))
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        Matcher token = TOKEN.matcher(answer.body());
        if (answer.statusCode() != 201 || !token.find()) {
            throw new IllegalStateException("No API token: " + answer.statusCode() + " " + answer.body());
        }
        return token.group(1);
    }

    /**
     * Operators' accounts and memberships, written in batches: registering them one by one hashes each password.
     * Each has the e-mail address {@code <username>@bench.example}.
     */
    public static final class Operators {

        private final String passwordHash;
        private final Timestamp now = Timestamp.from(Instant.now());
        private final List<Object[]> accounts = new ArrayList<>();
        private final List<Object[]> members = new ArrayList<>();

        /** @param passwordHash the stored hash every one of them signs in with */
        public Operators(String passwordHash) {
            this.passwordHash = passwordHash;
        }

        /** Adds an operator who is a member of the organisation; returns the account's identifier. */
        public UUID add(String username, String name, UUID organisation) {
            UUID account = UUID.randomUUID();
            String email = username + "@bench.example";
            accounts.add(new Object[] {account, username, username, name, email, "OPERATOR", passwordHash, now});
            members.add(new Object[] {UUID.randomUUID(), organisation, name, email, "OPERATOR", account, now});
            return account;
        }

        public void store(JdbcTemplate jdbc) {
            jdbc.batchUpdate(
                    "insert into account (id, username, username_key, display_name, email, role, password_hash,"
                            + " enabled, failed_logins, created_at, version)"
                            + " values (?, ?, ?, ?, ?, ?, ?, true, 0, ?, 0)",
                    accounts);
            jdbc.batchUpdate(
                    "insert into member (id, organisation_id, full_name, email, role, account_id, created_at,"
                            + " version) values (?, ?, ?, ?, ?, ?, ?, 0)",
                    members);
        }
    }
}
