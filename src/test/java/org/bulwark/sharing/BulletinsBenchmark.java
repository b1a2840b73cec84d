package org.bulwark.sharing;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.core.ConditionTimeoutException;
import org.bulwark.BenchmarkDatabase;
import org.bulwark.BenchmarkReport;
import org.bulwark.SmtpSink;
import org.bulwark.identity.Accounts;
import org.bulwark.identity.NewAccount;
import org.bulwark.identity.Reader;
import org.bulwark.identity.Readers;
import org.bulwark.identity.Role;
import org.bulwark.partners.MemberDetails;
import org.bulwark.partners.OrganisationDetails;
import org.bulwark.partners.OrganisationKind;
import org.bulwark.partners.Partners;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Measures information sharing on PostgreSQL with the whole application running: how long a bulletin published to
 * 20,000 members takes to be in every inbox and to have every e-mail handed to the SMTP server (a counting SMTP sink
 * on loopback), and how fast the inbox page answers with 100,000 bulletins stored. Writes its section of
 * docs/BENCHMARKS.md.
 *
 * <pre>
 * ./mvnw -Pbenchmark verify                          # 20,000 members, 100,000 bulletins, 500 page loads
 * ./mvnw -Pbenchmark verify -Dbenchmark.smoke=true   # 2,000 members, 5,000 bulletins, report under target/
 * </pre>
 *
 * PostgreSQL is reached as the sites benchmark reaches it ({@code BULWARK_BENCH_PG_URL}, {@code
 * BULWARK_BENCH_PG_USER}, {@code BULWARK_BENCH_PG_PASSWORD}); a fresh database is created and dropped at the end.
 */
public final class BulletinsBenchmark {

    private static final String PASSWORD = "benchmark-password-1";
    private static final String HOW = """
            ### What the figures rest on

            - E-mail: the recipients' rows are queued in one batched insert after the publication commits; sender \
            threads (`bulwark.notify.senders`, 4) then claim them 250 at a time, have the bulletin module write each \
            e-mail (checking again that its recipient may still read the bulletin) and hand them over on one \
            connection each. People given the same e-mail share one message to the server, up to 100 recipients \
            in its envelope (`bulwark.notify.recipients-per-message`) and none named in its header, as mailing \
            lists do; the relay delivers a copy to each. With one SMTP exchange per recipient, an earlier run of this \
            benchmark took 9.9 s.
            - Inbox: the page is rendered with the template cache on, as deployed, and static files are mapped by their own paths, so that the links a page writes are \
            not each looked up in every static location and jar. The list walks back along `bulletin_newest_idx` \
            and the unread count stops at 100 ("99+").

            """;
    private static final List<String> SECTORS = List.of(
            "night-time-economy",
            "cinemas-theatres",
            "stadia-arenas",
            "retail",
            "health",
            "education",
            "places-of-worship",
            "hotels-restaurants",
            "major-events",
            "visitor-attractions",
            "commercial-centres",
            "transport");

    private final boolean smoke = Boolean.getBoolean("benchmark.smoke");
    private final int members = Integer.getInteger("benchmark.members", smoke ? 2_000 : 20_000);
    private final int stored = Integer.getInteger("benchmark.bulletins", smoke ? 5_000 : 100_000);
    private final int warmups = smoke ? 20 : 100;
    private final int loads = smoke ? 50 : 500;
    private final Path report = Path.of(
            System.getProperty("benchmark.report", smoke ? "target/benchmark/BENCHMARKS.md" : "docs/BENCHMARKS.md"));
    private final BenchmarkDatabase postgres = new BenchmarkDatabase();
    private final Random random = new Random(20261128L);

    public static void main(String[] args) throws Exception {
        new BulletinsBenchmark().run();
        System.exit(0);
    }

    void run() throws Exception {
        Instant started = Instant.now();
        String database = "bulwark_bench_bulletins_" + System.currentTimeMillis();
        postgres.admin("create database " + database);
        try (SmtpSink sink = SmtpSink.start()) {
            ConfigurableApplicationContext app = postgres.start(
                    database,
                    "--spring.datasource.hikari.maximum-pool-size=10",
                    "--spring.datasource.hikari.minimum-idle=10",
                    "--spring.mail.host=127.0.0.1",
                    "--spring.mail.port=" + sink.port());
            try {
                measure(app, sink, started, database);
            } finally {
                app.close();
            }
        } finally {
            if (!Boolean.getBoolean("benchmark.keep")) {
                postgres.admin("drop database if exists " + database + " with (force)");
            }
        }
    }

    private void measure(ConfigurableApplicationContext app, SmtpSink sink, Instant started, String database)
            throws Exception {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        Partners partners = app.getBean(Partners.class);
        Accounts accounts = app.getBean(Accounts.class);
        Readers readers = app.getBean(Readers.class);
        Bulletins bulletins = app.getBean(Bulletins.class);
        String pgVersion = jdbc.queryForObject("show server_version", String.class);

        UUID police = organisation(partners, "Benchmark Police", "transport", "Central");
        UUID coordinator = accounts.register(new NewAccount(
                "bench-coordinator", "Benchmark coordinator", "coordinator@bench.example", Role.COORDINATOR, PASSWORD));
        partners.addMember(
                police,
                new MemberDetails(
                        "Benchmark coordinator",
                        null,
                        "coordinator@bench.example",
                        null,
                        Role.COORDINATOR,
                        coordinator));
        List<UUID> hotels = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            hotels.add(organisation(partners, "Benchmark Hotels " + i, "hotels-restaurants", "Region " + (i % 4)));
        }
        UUID arena = organisation(partners, "Benchmark Arena", "stadia-arenas", "Region 0");
        String hash = jdbc.queryForObject("select password_hash from account where id = ?", String.class, coordinator);
        List<UUID> hotelMembers = people(jdbc, hotels, members, hash, "hotel");
        people(jdbc, List.of(arena), Math.max(100, members / 20), hash, "arena");
        log("%,d hotel members and their accounts stored", hotelMembers.size());

        // 1. publish to every hotel member
        Reader writer = readers.reader(coordinator, Role.COORDINATOR);
        UUID id = bulletins.create(
                writer,
                new BulletinDraft(
                        BulletinKind.WEEKLY_BRIEFING,
                        "AMBER",
                        "Weekly briefing for hotels",
                        "Reports of hostile reconnaissance at hotel entrances this week.\n\n- Brief reception staff.\n",
                        List.of("sector:hotels-restaurants"),
                        true,
                        null));
        long before = sink.recipients();
        long messagesBefore = sink.messages();
        long t0 = System.nanoTime();
        bulletins.publish(writer, id);
        long committed = System.nanoTime();
        AtomicLong queued = new AtomicLong();
        // polled, so the last message is seen within a few milliseconds; a run that loses mail stops after two minutes
        try {
            await().atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofMillis(2))
                    .pollInSameThread()
                    .ignoreExceptions()
                    .until(() -> {
                        if (queued.get() == 0
                                && jdbc.queryForObject("select count(*) from mailing where item_id = ?", Long.class, id)
                                        >= hotelMembers.size()) {
                            queued.set(System.nanoTime());
                        }
                        return sink.recipients() - before >= hotelMembers.size();
                    });
        } catch (ConditionTimeoutException e) {
            log("not every e-mail arrived within two minutes; the report says how many did");
        }
        long mailed = System.nanoTime();
        long delivered = sink.recipients() - before;
        long messages = sink.messages() - messagesBefore;
        int inInbox = 0;
        for (UUID member : hotelMembers) {
            if (bulletins.find(readers.reader(member, Role.OPERATOR), id).isPresent()) {
                inInbox++;
            }
        }
        UUID outsider = jdbc.queryForObject(
                "select account_id from member where organisation_id = ? limit 1", UUID.class, arena);
        boolean leaked =
                bulletins.find(readers.reader(outsider, Role.OPERATOR), id).isPresent();
        double publishMs = (committed - t0) / 1e6;
        double mailMs = (mailed - t0) / 1e6;
        double queuedMs = queued.get() == 0 ? mailMs : (queued.get() - t0) / 1e6;
        log(
                "published in %.0f ms, %,d e-mails handed over in %.0f ms, in %,d inboxes",
                publishMs, delivered, mailMs, inInbox);

        // 2. the inbox page with many bulletins stored
        storeBulletins(jdbc, coordinator, police, hotels, stored);
        UUID reader = hotelMembers.get(0);
        String username = jdbc.queryForObject("select username from account where id = ?", String.class, reader);
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        login(http, port, username);
        double[] times = new double[loads];
        int visible = 0;
        for (int i = 0; i < warmups + loads; i++) {
            long start = System.nanoTime();
            HttpResponse<String> page = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/bulletins"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            long took = System.nanoTime() - start;
            if (page.statusCode() != 200) {
                throw new IllegalStateException("The inbox answered " + page.statusCode());
            }
            if (i >= warmups) {
                times[i - warmups] = took / 1e6;
            }
            if (i == 0) {
                visible = count(page.body(), "class=\"list-group-item bulletin-row");
            }
        }
        Arrays.sort(times);
        long readable = bulletins.count(readers.reader(reader, Role.OPERATOR), BulletinQuery.ALL);
        log(
                "inbox p50 %.2f ms, p99 %.2f ms over %,d bulletins (%,d counted as readable, at most 1,001)",
                percentile(times, 50), percentile(times, 99), stored + 1, readable);

        StringBuilder md = new StringBuilder("## Bulletins: publication and inbox\n\n");
        md.append("Measured by `org.bulwark.sharing.BulletinsBenchmark` on PostgreSQL, with the whole application"
                + " running (its own connection pool of 10, its e-mail senders) and a counting SMTP server on"
                + " loopback (org.bulwark.SmtpSink) standing in for the mail relay.\n\n");
        md.append("### Publishing to every hotel member\n\n");
        md.append(String.format(
                Locale.ROOT,
                "A TLP:AMBER weekly briefing addressed to the hotels sector, whose %,d members belong to 20 organisations;"
                        + " %,d members of a stadium operator are not addressed. Timed from the call that publishes"
                        + " it.\n\n",
                hotelMembers.size(),
                Math.max(100, members / 20)));
        md.append("| measure | result |\n|---|---:|\n");
        md.append(String.format(
                Locale.ROOT,
                "| publication committed (the bulletin is in every inbox from here: inboxes are read through the access policy) | %.0f ms |\n",
                publishMs));
        md.append(String.format(
                Locale.ROOT, "| every e-mail queued, one row per recipient (seen by polling) | %.0f ms |\n", queuedMs));
        md.append(String.format(Locale.ROOT, "| every e-mail handed to the SMTP server | %.0f ms |\n", mailMs));
        md.append(String.format(
                Locale.ROOT,
                "| e-mails the SMTP server accepted (recipients of accepted messages) | %,d of %,d |\n",
                delivered,
                hotelMembers.size()));
        md.append(String.format(
                Locale.ROOT,
                "| messages that carried them (recipients of the same e-mail share one, up to %d) | %,d |\n",
                app.getEnvironment().getProperty("bulwark.notify.recipients-per-message", Integer.class, 100),
                messages));
        md.append(String.format(
                Locale.ROOT,
                "| members whose inbox holds it (each checked afterwards) | %,d of %,d |\n",
                inInbox,
                hotelMembers.size()));
        md.append(
                String.format(Locale.ROOT, "| a stadium operator reads it | %s |\n\n", leaked ? "yes (a leak)" : "no"));
        md.append(String.format(
                Locale.ROOT,
                "Target: every inbox and every e-mail handed over within 5 s. Result: %.1f s, %s.\n\n",
                mailMs / 1000,
                mailMs <= 5000 && delivered == hotelMembers.size() && inInbox == hotelMembers.size()
                        ? "target met"
                        : "target NOT met"));
        md.append("### The inbox page\n\n");
        md.append(String.format(
                Locale.ROOT,
                "%,d bulletins stored (published over two years, every TLP marking, audiences spread over the 12"
                        + " sectors, eight region names (four of them with members), the network, single organisations and named people); a hotel"
                        + " operator signed in over HTTP reads `GET /bulletins`, the full page: the newest 25"
                        + " bulletins they may read, the unread count, their drafts. %d warm-up loads, then %d measured"
                        + " one after the other. The reader may read %s of the bulletins; the page listed %d.\n\n",
                stored + 1,
                warmups,
                loads,
                readable > BulletinPage.COUNTED ? "more than 1,000" : String.format(Locale.ROOT, "%,d", readable),
                visible));
        md.append("| p50 ms | p95 ms | p99 ms | max ms |\n|---:|---:|---:|---:|\n");
        md.append(String.format(
                Locale.ROOT,
                "| %.2f | %.2f | %.2f | %.2f |\n\n",
                percentile(times, 50),
                percentile(times, 95),
                percentile(times, 99),
                percentile(times, 100)));
        md.append(String.format(
                Locale.ROOT,
                "Target: p99 under 50 ms. Result: %.2f ms, %s.\n\n",
                percentile(times, 99),
                percentile(times, 99) < 50 ? "target met" : "target NOT met"));
        md.append(HOW);
        md.append("### Machine\n\n");
        md.append(BenchmarkReport.machine(started, List.<String[]>of(new String[] {"PostgreSQL", pgVersion})));
        BenchmarkReport.write(report, "bulletins", md.toString());
        log("wrote %s", report);
    }

    private UUID organisation(Partners partners, String name, String sector, String region) {
        UUID id = partners.register(new OrganisationDetails(
                OrganisationKind.PRIVATE, name, Set.of(sector), region, null, null, null, null));
        partners.approve(id);
        return id;
    }

    /** Accounts and members written in batches: registering them one by one would hash 20,000 passwords. */
    private List<UUID> people(JdbcTemplate jdbc, List<UUID> organisations, int count, String hash, String prefix) {
        List<UUID> ids = new ArrayList<>();
        BenchmarkDatabase.Operators people = new BenchmarkDatabase.Operators(hash);
        for (int i = 0; i < count; i++) {
            ids.add(people.add(prefix + "-" + i, "Member " + i, organisations.get(i % organisations.size())));
        }
        people.store(jdbc);
        return ids;
    }

    private void storeBulletins(JdbcTemplate jdbc, UUID author, UUID organisation, List<UUID> hotels, int count) {
        String[] tlps = {"CLEAR", "GREEN", "GREEN", "AMBER", "AMBER", "AMBER", "AMBER_STRICT", "RED"};
        String[] kinds = {"WEEKLY_BRIEFING", "THREAT_UPDATE", "INTELLIGENCE_PRODUCT", "ADVISORY", "PARTNER_NOTE"};
        Instant now = Instant.now();
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> audience = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            String tlp = tlps[random.nextInt(tlps.length)];
            Timestamp at = Timestamp.from(now.minusSeconds(random.nextInt(2 * 365 * 24 * 3600)));
            rows.add(new Object[] {
                id,
                kinds[random.nextInt(kinds.length)],
                tlp,
                "Stored bulletin " + i,
                "Stored text " + i,
                author,
                organisation,
                at,
                at,
                at
            });
            if (tlp.equals("RED")) {
                audience.add(new Object[] {id, "member:" + UUID.randomUUID()});
            } else {
                int pick = random.nextInt(100);
                String key = pick < 50
                        ? "sector:" + SECTORS.get(random.nextInt(SECTORS.size()))
                        : pick < 60
                                ? "network"
                                : pick < 75
                                        ? "region:region " + random.nextInt(8)
                                        : pick < 90
                                                ? "organisation:"
                                                        + (random.nextInt(4) == 0
                                                                ? hotels.get(random.nextInt(hotels.size()))
                                                                : UUID.randomUUID())
                                                : "member:" + UUID.randomUUID();
                audience.add(new Object[] {id, key});
            }
            if (rows.size() == 5_000 || i == count - 1) {
                jdbc.batchUpdate(
                        "insert into bulletin (id, kind, state, tlp, title, body, ack_required, author_id,"
                                + " author_name, author_organisation, revision, created_at, updated_at, published_at,"
                                + " version) values (?, ?, 'PUBLISHED', ?, ?, ?, false, ?, 'Benchmark', ?, 1, ?, ?, ?,"
                                + " 0)",
                        rows);
                jdbc.batchUpdate("insert into bulletin_audience (bulletin_id, audience_key) values (?, ?)", audience);
                rows.clear();
                audience.clear();
            }
        }
        jdbc.execute("analyze");
        log("%,d bulletins stored", count);
    }

    private static void login(HttpClient http, int port, String username) throws IOException, InterruptedException {
        String form = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form);
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on the login page");
        }
        String body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (!answer.body().contains("signed-in-as")) {
            throw new IllegalStateException("Could not sign in as " + username);
        }
    }

    private static int count(String text, String needle) {
        int found = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            found++;
        }
        return found;
    }

    private static double percentile(double[] sorted, int p) {
        if (p >= 100) {
            return sorted[sorted.length - 1];
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)];
    }

    private static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[bulletins benchmark] " + format + "%n", args);
    }
}
