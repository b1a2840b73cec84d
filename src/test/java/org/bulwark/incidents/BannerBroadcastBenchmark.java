package org.bulwark.incidents;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.bulwark.BenchmarkDatabase;
import org.bulwark.BenchmarkReport;
import org.bulwark.SmtpSink;
import org.bulwark.geo.GeoPoint;
import org.bulwark.identity.Accounts;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.NewAccount;
import org.bulwark.identity.Role;
import org.bulwark.notify.LiveUpdates;
import org.bulwark.partners.MemberDetails;
import org.bulwark.partners.OrganisationDetails;
import org.bulwark.partners.OrganisationKind;
import org.bulwark.partners.Partners;
import org.bulwark.sites.SiteContact;
import org.bulwark.sites.SiteDetails;
import org.bulwark.sites.Sites;
import org.bulwark.sites.UseType;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Measures how long an incident alert takes to reach the banner of every open page on PostgreSQL with the whole
 * application running: operators of organisations with sites inside the incident's zone sign in through the login
 * form and keep pages open on the live-update stream, from a process of their own ({@link BannerListeners}) on
 * loopback; a coordinator sends alerts through the API, and each page notes when the banner event arrives. Writes
 * its section of docs/BENCHMARKS.md.
 *
 * <pre>
 * ./mvnw -Pbenchmark verify                          # 5,000 pages of 500 operators, 3 alerts
 * ./mvnw -Pbenchmark verify -Dbenchmark.smoke=true   # 300 pages of 30 operators, 2 alerts, report under target/
 * </pre>
 *
 * PostgreSQL is reached as the other benchmarks reach it ({@code BULWARK_BENCH_PG_URL}, {@code
 * BULWARK_BENCH_PG_USER}, {@code BULWARK_BENCH_PG_PASSWORD}); a fresh database is created and dropped at the end.
 */
public final class BannerBroadcastBenchmark {

    private static final String PASSWORD = "benchmark-password-1";
    private static final double CENTRE_LATITUDE = 53.31;
    private static final double CENTRE_LONGITUDE = 0.25;
    private static final int TARGET_PAGES = 5_000;
    private static final long TARGET_MICROS = 1_000_000;
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern SENT_AT = Pattern.compile("\"sentAt\"\\s*:\\s*\"([^\"]+)\"");

    private static final String HOW = """
            ### What the figures rest on

            - Each page is a stream of `GET /live` with the session cookie its account got from the login form, \
            as a browser's `EventSource` sends it; ten pages share an account, as the tabs of one person do (the \
            server keeps at most 16 an account). A page counts as open once the server wrote its first comment, \
            which it writes after registering the page, so every page was registered before any alert was sent. A \
            page whose stream gets no answer in 20 s is opened again, at most twice, as `EventSource` would.
            - Times are taken with the same machine clock by both processes: the start of the coordinator's \
            `POST /api/v1/incidents/{id}/alerts` in the benchmark, and the arrival of the banner's `data:` line \
            at each page in the load process, after the load process's HTTP client has read and split it. The \
            request start comes before the commit, so "from the request" overstates the delay after the commit; \
            "from `sentAt`" runs from the time the alert stored, taken inside the transaction before its rows are \
            written, and so also comes before the commit. A page that never gets the banner counts as missed, not \
            as slow; the load process waits for each alert until every page has it or its time is up.
            - The banners go out after the commit, from the request's thread: the event is written out once as the \
            text of the stream, put in the queue of each page of each recipient, and written by four threads, so \
            that a page that reads slowly holds up only itself. Before the event was written out once (each page's \
            event built and passed through the message converters on its own, in three writes), the same \
            benchmark on the same day, with a load average of about 9 from other work, gave maxima of 1,058, 532 \
            and 820 ms, and only 4,172 of the 5,000 pages had the first alert within 1 s.
            - The same alert also queues an e-mail to every operator, handed to a counting SMTP sink on loopback \
            while the banners go out, and an in-app delivery each, in the alert's transaction.
            - Limits that matter at this count, left at their defaults: Tomcat takes up to 8,192 connections and \
            holds a live stream without a request thread; each stream stays open 30 minutes \
            (`bulwark.notify.live-timeout`) and gets a comment every 20 s (`bulwark.notify.live-heartbeat`); each process may \
            open the number of files in the machine table, against about 5,000 sockets each.
            - The server, PostgreSQL, the load process and whatever else runs on the machine share its cores; \
            the load averages before each alert are in the table, and they show other work on the machine.

            """;

    private final boolean smoke = Boolean.getBoolean("benchmark.smoke");
    private final int pages = Integer.getInteger("benchmark.pages", smoke ? 300 : TARGET_PAGES);
    private final int pagesPerAccount = Integer.getInteger("benchmark.pagesPerAccount", 10);
    private final int organisations = Integer.getInteger("benchmark.organisations", smoke ? 5 : 50);
    private final int alerts = Integer.getInteger("benchmark.alerts", smoke ? 2 : 3);
    // a quiet moment before each alert, so that each starts with the e-mails of the last one sent
    private final Path report = Path.of(
            System.getProperty("benchmark.report", smoke ? "target/benchmark/BENCHMARKS.md" : "docs/BENCHMARKS.md"));
    private final BenchmarkDatabase postgres = new BenchmarkDatabase();
    // said once the load process's output ends; compared by identity
    private static final String ENDED = new String("ended");

    private final BlockingQueue<String> said = new LinkedBlockingQueue<>();

    public static void main(String[] args) throws Exception {
        new BannerBroadcastBenchmark().run();
        System.exit(0);
    }

    void run() throws Exception {
        Instant started = Instant.now();
        String database = "bulwark_bench_banner_" + System.currentTimeMillis();
        postgres.admin("create database " + database);
        try (SmtpSink sink = SmtpSink.start()) {
            ConfigurableApplicationContext app = postgres.start(
                    database,
                    "--spring.datasource.hikari.maximum-pool-size=10",
                    "--spring.datasource.hikari.minimum-idle=10",
                    "--spring.mail.host=127.0.0.1",
                    "--spring.mail.port=" + sink.port());
            try {
                measure(app, sink, started);
            } finally {
                app.close();
            }
        } finally {
            if (!Boolean.getBoolean("benchmark.keep")) {
                postgres.admin("drop database if exists " + database + " with (force)");
            }
        }
    }

    private void measure(ConfigurableApplicationContext app, SmtpSink sink, Instant started) throws Exception {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        String pgVersion = jdbc.queryForObject("show server_version", String.class);
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        String maxConnections = app.getEnvironment().getProperty("server.tomcat.max-connections", "8192");
        int accounts = (pages + pagesPerAccount - 1) / pagesPerAccount;

        // the network: a coordinator, and operators of organisations with one site each inside the zone
        Partners partners = app.getBean(Partners.class);
        UUID police = organisation(partners, "Benchmark Police", "transport");
        UUID coordinator = app.getBean(Accounts.class)
                .register(new NewAccount(
                        "bench-coordinator",
                        "Benchmark coordinator",
                        "coordinator@bench.example",
                        Role.COORDINATOR,
                        PASSWORD));
        partners.addMember(
                police,
                new MemberDetails(
                        "Benchmark coordinator",
                        null,
                        "coordinator@bench.example",
                        null,
                        Role.COORDINATOR,
                        coordinator));
        List<UUID> venues = new ArrayList<>();
        List<SiteDetails> siteDetails = new ArrayList<>();
        Random random = new Random(5_000);
        for (int i = 0; i < organisations; i++) {
            UUID venue = organisation(partners, "Benchmark Venues " + i, "night-time-economy");
            venues.add(venue);
            siteDetails.add(new SiteDetails(
                    "Benchmark venue " + i,
                    i + " Quay Street",
                    new GeoPoint(
                            CENTRE_LATITUDE + (random.nextDouble() - 0.5) * 0.008,
                            CENTRE_LONGITUDE + (random.nextDouble() - 0.5) * 0.012),
                    "night-time-economy",
                    UseType.NIGHTCLUB,
                    500 + random.nextInt(2_000),
                    venue,
                    SiteContact.NONE,
                    null));
        }
        app.getBean(Sites.class).registerAll(siteDetails);
        String hash = jdbc.queryForObject("select password_hash from account where id = ?", String.class, coordinator);
        List<String> usernames = operators(jdbc, venues, accounts, hash);
        Incident incident = app.getBean(Incidents.class)
                .declare(
                        new IncidentDraft(
                                "MARAUDING_FIREARMS",
                                "Benchmark quayside",
                                Instant.now(),
                                List.of(new ZoneDraft(
                                        ZoneKind.CORDON,
                                        "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":["
                                                + CENTRE_LONGITUDE + "," + CENTRE_LATITUDE
                                                + "]},\"properties\":{\"radius\":1500}}",
                                        Instant.now(),
                                        null))),
                        BulwarkUser.of(coordinator, "bench-coordinator", "Benchmark coordinator", Role.COORDINATOR));
        AlertAudience audience = app.getBean(IncidentAlerts.class)
                .audience(
                        incident.id(),
                        BulwarkUser.of(coordinator, "bench-coordinator", "Benchmark coordinator", Role.COORDINATOR));
        log(
                "%d organisations, %d sites inside the zone, %d operators with an account",
                audience.organisations(), audience.sites(), audience.inApp());
        if (audience.inApp() != accounts) {
            throw new IllegalStateException(audience.inApp() + " in-app recipients, expected " + accounts);
        }
        String token = BenchmarkDatabase.token(port, "bench-coordinator", PASSWORD);

        Path accountsFile = Files.createTempFile("banner-accounts", ".txt");
        Files.write(accountsFile, usernames);
        Path arrivalsFile = Files.createTempFile("banner-arrivals", ".txt");
        // also when a run fails part way
        accountsFile.toFile().deleteOnExit();
        arrivalsFile.toFile().deleteOnExit();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-XX:+UseSerialGC"));
        // such as a flight recording of the load process
        String loadOptions = System.getProperty("benchmark.loadJvmOptions", "");
        if (!loadOptions.isBlank()) {
            command.addAll(List.of(loadOptions.strip().split("\\s+")));
        }
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                BannerListeners.class.getName(),
                "port=" + port,
                "accounts=" + accountsFile,
                "password=" + PASSWORD,
                "pages=" + pagesPerAccount,
                "alerts=" + alerts,
                "seconds=" + (alerts * 20L + 30),
                "out=" + arrivalsFile));
        log("load: %,d pages of %,d accounts, %d alerts", pages, accounts, alerts);
        Process load = new ProcessBuilder(command).redirectErrorStream(true).start();
        Thread reader = new Thread(() -> read(load), "load-output");
        reader.setDaemon(true);
        reader.start();

        List<Round> rounds = new ArrayList<>();
        String dropped;
        String reopened;
        String readyLoad;
        try {
            String ready = await(BannerListeners.READY, 600);
            if (ready == null) {
                throw new IllegalStateException("The load process did not open its pages");
            }
            // the stream of a page is registered before its first comment, which the load process waited for
            Set<UUID> connected = app.getBean(LiveUpdates.class).connectedAccounts();
            readyLoad = BenchmarkReport.loadAverage();
            log("%s; %d accounts connected at the server", ready, connected.size());
            HttpClient http =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            for (int round = 1; round <= alerts; round++) {
                String loadAverage = BenchmarkReport.loadAverage();
                long t0 = epochMicros();
                HttpResponse<String> answer = http.send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://127.0.0.1:" + port + "/api/v1/incidents/" + incident.id() + "/alerts"))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .timeout(Duration.ofSeconds(60))
                                .POST(HttpRequest.BodyPublishers.ofString("{\"card\":\"RUN_HIDE_TELL\",\"title\":"
                                        + "\"Armed attack: run, hide, tell\",\"text\":\"Move away from the quay; if"
                                        + " you cannot, hide and silence phones. Call 999 when safe. (alert "
                                        + round + ")\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                long answered = epochMicros();
                Matcher id = ID.matcher(answer.body());
                Matcher sentAt = SENT_AT.matcher(answer.body());
                if (answer.statusCode() != 201 || !id.find() || !sentAt.find()) {
                    throw new IllegalStateException("Alert refused: " + answer.statusCode() + " " + answer.body());
                }
                long stored = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.parse(sentAt.group(1)));
                rounds.add(new Round(round, id.group(1), t0, stored, answered, loadAverage));
                log("alert %d sent: %s, answered in %.1f ms", round, id.group(1), (answered - t0) / 1e3);
                String all = await(BannerListeners.ALL + " " + id.group(1), 20);
                log(all == null ? "not every page had alert %d after 20 s" : "every page has alert %d", round);
            }
            String done = await(BannerListeners.DONE, alerts * 20L + 60);
            if (done == null) {
                throw new IllegalStateException("The load process did not finish");
            }
            dropped = number(done, "dropped");
            reopened = number(done, "reopened");
            if (!load.waitFor(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The load process did not stop");
            }
        } finally {
            if (load.isAlive()) {
                load.destroyForcibly();
            }
        }
        if (load.exitValue() != 0) {
            throw new IllegalStateException("The load process failed with " + load.exitValue());
        }
        // a page that went away is forgotten once a write to it fails, which can take two heartbeats
        LiveUpdates live = app.getBean(LiveUpdates.class);
        try {
            Awaitility.await()
                    .atMost(Duration.ofSeconds(5))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> live.connectedAccounts().isEmpty());
        } catch (ConditionTimeoutException stillThere) {
            // reported below
        }
        log(
                "%d accounts still connected at the server 5 s after the load process ended",
                live.connectedAccounts().size());

        // page;account;alert;epoch microseconds
        Map<String, List<Long>> arrivals = new HashMap<>();
        for (String line : Files.readAllLines(arrivalsFile)) {
            String[] parts = line.split(";");
            arrivals.computeIfAbsent(parts[2], key -> new ArrayList<>()).add(Long.parseLong(parts[3]));
        }
        Files.deleteIfExists(arrivalsFile);
        Files.deleteIfExists(accountsFile);
        long mails = sink.recipients();

        boolean met = !smoke && pages >= TARGET_PAGES && !rounds.isEmpty();
        StringBuilder table = new StringBuilder();
        table.append(
                "| alert | load average before | answered in ms | received | within 1 s | first ms | p50 ms | p95 ms"
                        + " | p99 ms | max ms | max from `sentAt` ms |\n");
        table.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Round round : rounds) {
            List<Long> times = arrivals.getOrDefault(round.alert(), List.of());
            long[] fromStart =
                    times.stream().mapToLong(t -> t - round.t0()).sorted().toArray();
            long[] fromStored =
                    times.stream().mapToLong(t -> t - round.stored()).sorted().toArray();
            long within =
                    Arrays.stream(fromStart).filter(t -> t <= TARGET_MICROS).count();
            met &= times.size() == pages && within == pages;
            table.append(String.format(
                    Locale.ROOT,
                    "| %d | %s | %.1f | %,d of %,d | %,d | %s | %s | %s | %s | %s | %s |\n",
                    round.number(),
                    round.loadAverage(),
                    (round.answered() - round.t0()) / 1e3,
                    times.size(),
                    pages,
                    within,
                    ms(percentile(fromStart, 0)),
                    ms(percentile(fromStart, 50)),
                    ms(percentile(fromStart, 95)),
                    ms(percentile(fromStart, 99)),
                    ms(percentile(fromStart, 100)),
                    ms(percentile(fromStored, 100))));
            log(
                    "alert %d: %d of %d received, %d within 1 s, max %s ms",
                    round.number(), times.size(), pages, within, ms(percentile(fromStart, 100)));
        }

        StringBuilder md = new StringBuilder("## Alert banners over live updates\n\n");
        md.append(String.format(
                Locale.ROOT,
                "Measured by `org.bulwark.incidents.BannerBroadcastBenchmark` on PostgreSQL, with the whole application"
                        + " running (Tomcat with at most %s connections). %,d operators of %d organisations, each"
                        + " with a site inside an incident's cordon, sign in through the login form and keep %,d pages"
                        + " open on the live-update stream, %d each, from a separate process"
                        + " (`org.bulwark.incidents.BannerListeners`) over loopback. A coordinator then sends %d alerts"
                        + " through `POST /api/v1/incidents/{id}/alerts` with a bearer token, one after another, each once every page had the one before (or 20 s had passed), and each"
                        + " page notes when the banner event arrives. Times run from the start of the coordinator's"
                        + " request.\n\n",
                maxConnections,
                accounts,
                organisations,
                pages,
                pagesPerAccount,
                alerts));
        md.append(table).append('\n');
        md.append(String.format(
                Locale.ROOT,
                "Pages whose stream got no answer in 20 s and were opened again: %s. Streams the server closed"
                        + " before the end: %s. E-mails of the alerts handed to the SMTP sink by the end: %,d.\n\n",
                reopened,
                dropped,
                mails));
        md.append(String.format(
                Locale.ROOT,
                "Target: %,d simulated browsers connected by server-sent events all receive the banner within 1 s of"
                        + " the commit. Result: %s.\n\n",
                TARGET_PAGES,
                met
                        ? "target met for every alert"
                        : smoke ? "smoke run with few pages, not a measure of the target" : "target NOT met"));
        md.append(HOW);
        md.append("### Machine\n\n");
        md.append(BenchmarkReport.machine(
                started,
                List.<String[]>of(
                        new String[] {"PostgreSQL", pgVersion},
                        new String[] {"open files per process", openFiles()},
                        new String[] {"load average when the pages were open", readyLoad})));
        BenchmarkReport.write(report, "banner", md.toString());
        log("wrote %s", report);
    }

    /** Operators of the venues in turn, named operator-0, operator-1 and so on. */
    private static List<String> operators(JdbcTemplate jdbc, List<UUID> venues, int count, String hash) {
        List<String> usernames = new ArrayList<>();
        BenchmarkDatabase.Operators operators = new BenchmarkDatabase.Operators(hash);
        for (int i = 0; i < count; i++) {
            String username = "operator-" + i;
            usernames.add(username);
            operators.add(username, "Operator " + i, venues.get(i % venues.size()));
        }
        operators.store(jdbc);
        return usernames;
    }

    private static UUID organisation(Partners partners, String name, String sector) {
        UUID id = partners.register(new OrganisationDetails(
                OrganisationKind.PRIVATE, name, Set.of(sector), "Central", null, null, null, null));
        partners.approve(id);
        return id;
    }

    private void read(Process load) {
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(load.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                System.out.println(line);
                said.add(line);
            }
        } catch (IOException e) {
            System.out.println("load output ended: " + e);
        }
        said.add(ENDED);
    }

    /** The next line of the load process that starts so, or null when none came in time. */
    private String await(String start, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            long left = deadline - System.nanoTime();
            String line = left <= 0 ? null : said.poll(left, TimeUnit.NANOSECONDS);
            if (line == null || line == ENDED) {
                return null;
            }
            if (line.startsWith(start)) {
                return line;
            }
        }
    }

    /** Nearest rank; -1 for none. */
    private static long percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return -1;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static String ms(long micros) {
        return micros < 0 ? "–" : String.format(Locale.ROOT, "%.1f", micros / 1e3);
    }

    private static long epochMicros() {
        return ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
    }

    private static String number(String line, String name) {
        Matcher value = Pattern.compile(name + "=(\\d+)").matcher(line);
        return value.find() ? value.group(1) : "?";
    }

    /** The limit of open files of this process, as the operating system reports it. */
    private static String openFiles() {
        try {
            return Files.readAllLines(Path.of("/proc/self/limits")).stream()
                    .filter(line -> line.startsWith("Max open files"))
                    .map(line -> line.replaceAll("\\s+", " ").split(" ")[3])
                    .findFirst()
                    .orElse("?");
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[banner benchmark] " + format + "%n", args);
    }

    private record Round(int number, String alert, long t0, long stored, long answered, String loadAverage) {}
}
