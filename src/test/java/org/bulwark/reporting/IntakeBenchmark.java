package org.bulwark.reporting;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.awaitility.core.ConditionTimeoutException;
import org.bulwark.BenchmarkDatabase;
import org.bulwark.BenchmarkReport;
import org.bulwark.geo.GeoPoint;
import org.bulwark.identity.Accounts;
import org.bulwark.identity.NewAccount;
import org.bulwark.identity.Role;
import org.bulwark.reporting.IntakeLoad.Summary;
import org.bulwark.sites.SiteContact;
import org.bulwark.sites.SiteDetails;
import org.bulwark.sites.Sites;
import org.bulwark.sites.UseType;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Measures report intake on PostgreSQL with the whole application running: a partner system sends reports over HTTP
 * at a fixed rate from a process of its own ({@link IntakeLoad}) on loopback, and every report answered 201 must be
 * in the database afterwards. Writes its section of docs/BENCHMARKS.md.
 *
 * <pre>
 * ./mvnw -Pbenchmark verify                          # 1,100 reports a second, 10 s warm-up, 30 s measured
 * ./mvnw -Pbenchmark verify -Dbenchmark.smoke=true   # 200 a second for 2 + 5 s, report under target/
 * </pre>
 *
 * PostgreSQL is reached as the other benchmarks reach it ({@code BULWARK_BENCH_PG_URL}, {@code
 * BULWARK_BENCH_PG_USER}, {@code BULWARK_BENCH_PG_PASSWORD}); a fresh database is created and dropped at the end.
 */
public final class IntakeBenchmark {

    private static final String PASSWORD = "benchmark-password-1";
    private static final double CENTRE_LATITUDE = 53.31;
    private static final double CENTRE_LONGITUDE = 0.25;
    private static final int TARGET_RATE = 1_000;
    private static final double TARGET_P99_MS = 250;
    private static final Duration CORRELATION_WAIT =
            Duration.ofSeconds(Long.getLong("benchmark.correlation-wait-seconds", 600));

    private static final String HOW = """
            ### What the figures rest on

            - An answer of 201 follows the report's commit, flushed to disk; the benchmark then finds every report \
            by the id its answer gave. An open model counts the time a report waited for a connection, so when \
            the server takes fewer reports than are due, the latencies show the queue.
            - Reports that partner systems send at the same moment share a commit: one writer thread takes every \
            report waiting, up to 200, writes them in one transaction with one multi-row statement per table, and \
            each request is answered after that commit. A key used before fails the batch on the unique key of \
            account and key, and each of its reports is then written alone. Looking every key of a batch up first \
            (`idempotency_key in (...)`) was the largest cost of PostgreSQL in earlier runs: sampling its active \
            statements at 900 reports a second found that lookup in 116 of 150 samples, and with statistics behind \
            the growing table it read every report of the account (5 ms for 50 keys at 10,000 reports).
            - A partner system's reader (its organisation and groups) and the sites it places reports at are read \
            again at most every 5 s, as its token check is; every read of a report still works the reader out afresh.
            - New reports are correlated afterwards by one background worker, from the queue of reports not yet \
            correlated in the `report` table. While more than 200 reports a second are stored, it takes one report \
            every 20 ms and leaves the rest for after the burst: the table above gives the backlog when the load \
            stopped and how long the worker then took to clear it. The reports of this load crowd 200 sites within a \
            few kilometres, so each is linked to many others (the links made are in the table).

            """;

    private final boolean smoke = Boolean.getBoolean("benchmark.smoke");
    private final double rate = Double.parseDouble(System.getProperty("benchmark.rate", smoke ? "200" : "1100"));
    private final int warmup = Integer.getInteger("benchmark.warmup", smoke ? 2 : 10);
    private final int seconds = Integer.getInteger("benchmark.seconds", smoke ? 5 : 30);
    private final int connections = Integer.getInteger("benchmark.connections", 64);
    private final int pool = Integer.getInteger("benchmark.pool", 20);
    private final Path report = Path.of(
            System.getProperty("benchmark.report", smoke ? "target/benchmark/BENCHMARKS.md" : "docs/BENCHMARKS.md"));
    private final BenchmarkDatabase postgres = new BenchmarkDatabase();

    public static void main(String[] args) throws Exception {
        new IntakeBenchmark().run();
        System.exit(0);
    }

    void run() throws Exception {
        Instant started = Instant.now();
        String database = "bulwark_bench_intake_" + System.currentTimeMillis();
        postgres.admin("create database " + database);
        try {
            ConfigurableApplicationContext app = postgres.start(
                    database,
                    // as application-postgres.yml sets it for production (the test settings set 5)
                    "--spring.datasource.hikari.maximum-pool-size=" + pool,
                    "--spring.datasource.hikari.minimum-idle=" + pool,
                    "--spring.datasource.hikari.data-source-properties.reWriteBatchedInserts=true");
            try {
                measure(app, started);
            } finally {
                app.close();
            }
        } finally {
            if (!Boolean.getBoolean("benchmark.keep")) {
                postgres.admin("drop database if exists " + database + " with (force)");
            }
        }
    }

    private void measure(ConfigurableApplicationContext app, Instant started) throws Exception {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        String pgVersion = jdbc.queryForObject("show server_version", String.class);
        String synchronousCommit = jdbc.queryForObject("show synchronous_commit", String.class);
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        String threads = app.getEnvironment().getProperty("server.tomcat.threads.max", "200");

        app.getBean(Accounts.class)
                .register(new NewAccount(
                        "bench-partner",
                        "Benchmark ride-hailing platform",
                        "partner@bench.example",
                        Role.INTEGRATION,
                        PASSWORD));
        String token = BenchmarkDatabase.token(port, "bench-partner", PASSWORD);
        Path sites = sites(app.getBean(Sites.class), 200);
        Path summaryFile = Files.createTempFile("intake-load", ".properties");
        Path loadLog = Files.createTempFile("intake-load", ".log");

        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                IntakeLoad.class.getName(),
                "port=" + port,
                "token=" + token,
                "rate=" + rate,
                "warmup=" + warmup,
                "seconds=" + seconds,
                "connections=" + connections,
                "latitude=" + CENTRE_LATITUDE,
                "longitude=" + CENTRE_LONGITUDE,
                "sites=" + sites,
                "out=" + summaryFile));
        log(
                "load: %.0f reports a second, %d s warm-up, %d s measured, at most %d in flight",
                rate, warmup, seconds, connections);
        String loadBefore = BenchmarkReport.loadAverage() + " (1, 5, 15 min)";
        Process load = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(loadLog.toFile())
                .start();
        Duration patience = Duration.ofSeconds(warmup + seconds + 60L);
        await().atMost(patience)
                .pollInterval(Duration.ofMillis(20))
                .until(() -> said(loadLog, IntakeLoad.WINDOW_BEGINS));
        Cpu before = cpu(jdbc, load);
        await().atMost(patience).pollInterval(Duration.ofMillis(20)).until(() -> said(loadLog, IntakeLoad.WINDOW_ENDS));
        Cpu used = cpu(jdbc, load).since(before);
        // the load bounds itself (its run plus 30 s to drain); this only guards against a process that hangs
        if (!load.waitFor(warmup + seconds + 120L, TimeUnit.SECONDS)) {
            load.destroyForcibly();
            throw new IllegalStateException("The load process did not finish in time; see " + loadLog);
        }
        System.out.print(Files.readString(loadLog));
        if (load.exitValue() != 0) {
            throw new IllegalStateException("The load process failed with " + load.exitValue());
        }
        Properties summary = new Properties();
        try (InputStream in = Files.newInputStream(summaryFile)) {
            summary.load(in);
        }
        List<String> createdIds = Files.readAllLines(Path.of(summaryFile + ".created"));
        Files.deleteIfExists(Path.of(summaryFile + ".created"));
        Files.deleteIfExists(summaryFile);
        Files.deleteIfExists(sites);
        Files.deleteIfExists(loadLog);

        Backlog backlog = correlationBacklog(jdbc);

        long created = Long.parseLong(summary.getProperty(Summary.CREATED));
        long stored = jdbc.queryForObject("select count(*) from report", Long.class);
        long found = found(jdbc, createdIds);
        long storedEvents =
                jdbc.queryForObject("select count(*) from report_event where kind = 'SUBMITTED'", Long.class);
        long withSite = jdbc.queryForObject("select count(*) from report where site_id is not null", Long.class);
        long vehicles = jdbc.queryForObject("select count(*) from report_vehicle", Long.class);
        log("%,d answered 201, %,d reports stored", created, stored);

        double p99 = Double.parseDouble(summary.getProperty(Summary.P99));
        double achieved = Double.parseDouble(summary.getProperty(Summary.ACHIEVED_RATE));
        long measured = Long.parseLong(summary.getProperty(Summary.MEASURED));
        long measuredCreated = Long.parseLong(summary.getProperty(Summary.MEASURED_CREATED));
        boolean met = achieved >= TARGET_RATE
                && p99 < TARGET_P99_MS
                && created == stored
                && found == created
                && measuredCreated == measured;

        StringBuilder md = new StringBuilder("## Report intake over HTTP\n\n");
        md.append("Measured by `org.bulwark.reporting.IntakeBenchmark` on PostgreSQL, with the whole application"
                + " running with its own settings (connection pool of " + pool + ", up to " + threads
                + " request threads). A partner system's load comes from a separate process"
                + " (`org.bulwark.reporting.IntakeLoad`) over loopback: `POST /api/v1/reports` with an integration"
                + " account's bearer token and a new `Idempotency-Key` each, bodies of 0.5 to 1 kB (a behaviour"
                + " category of the indicator catalogue for nine in ten, a site of the registry for four in ten and a"
                + " point in the city otherwise, people, plates, phone numbers and handles now and then).\n\n");
        md.append(String.format(
                Locale.ROOT,
                "An open model: reports are due at a fixed rate of %.0f a second whether or not the earlier ones were"
                        + " answered, over at most %d kept-alive connections, and each latency runs from the moment"
                        + " its report was due, so time spent waiting for a connection counts. %d s of warm-up, then"
                        + " %d s measured. The server, PostgreSQL and the load share the machine's %d cores;"
                        + " `synchronous_commit` is `%s`, so every 201 follows a flushed commit.\n\n",
                rate,
                connections,
                warmup,
                seconds,
                Runtime.getRuntime().availableProcessors(),
                synchronousCommit));
        md.append("| measure | result |\n|---|---:|\n");
        md.append(row("reports sent (warm-up and measured)", summary.getProperty(Summary.SENT)));
        md.append(row("answered 201", String.format(Locale.ROOT, "%,d", created)));
        md.append(row("other answers, by status", summary.getProperty(Summary.STATUSES)));
        md.append(row("connection errors", summary.getProperty(Summary.ERRORS)));
        md.append(row("due but not answered when the run stopped", summary.getProperty(Summary.UNANSWERED)));
        md.append(row("reports in the database", String.format(Locale.ROOT, "%,d", stored)));
        md.append(row(
                "of them placed at a site / with a vehicle",
                String.format(Locale.ROOT, "%,d / %,d", withSite, vehicles)));
        md.append(row("their SUBMITTED history entries", String.format(Locale.ROOT, "%,d", storedEvents)));
        md.append(row(
                "answered 201 and found by the id the answer gave",
                String.format(Locale.ROOT, "%,d of %,d", found, createdIds.size())));
        md.append(row(
                "lost (201 answers without a stored report)",
                String.format(Locale.ROOT, "%,d", createdIds.size() - found)));
        md.append(row("measured window: answered 201 / reports due", measuredCreated + " / " + measured));
        md.append(row(
                "waiting to be correlated when the load stopped",
                String.format(Locale.ROOT, "%,d", backlog.waiting())));
        md.append(row(
                "every report correlated, after the load stopped",
                backlog.cleared() == null
                        ? "not within " + CORRELATION_WAIT.toSeconds() + " s"
                        : String.format(Locale.ROOT, "%.1f s", backlog.cleared().toMillis() / 1000.0)));
        md.append(row(
                "links between reports made",
                String.format(
                        Locale.ROOT, "%,d", jdbc.queryForObject("select count(*) from report_link", Long.class))));
        md.append(row("offered rate", summary.getProperty(Summary.OFFERED_RATE) + " /s"));
        md.append(row("achieved rate (201 answers in the measured window)", achieved + " /s"));
        md.append("\n| p50 ms | p95 ms | p99 ms | max ms |\n|---:|---:|---:|---:|\n");
        md.append(String.format(
                Locale.ROOT,
                "| %s | %s | %s | %s |\n\n",
                summary.getProperty(Summary.P50),
                summary.getProperty(Summary.P95),
                summary.getProperty(Summary.P99),
                summary.getProperty(Summary.MAX)));
        md.append(String.format(
                Locale.ROOT,
                "Target: at least %,d reports a second sustained, p99 under %.0f ms, none lost. Result: %.0f a second,"
                        + " p99 %.0f ms, %,d lost, %s.\n\n",
                TARGET_RATE,
                TARGET_P99_MS,
                achieved,
                p99,
                createdIds.size() - found,
                met
                        ? "target met"
                        : smoke ? "smoke run at a low rate, not a measure of the target" : "target NOT met"));
        md.append(HOW);
        md.append(String.format(
                Locale.ROOT,
                "- Where the processor time went over the measured window, read from `/proc`: the application's JVM"
                        + " %.2f cores, the PostgreSQL backends of the benchmark's database %.2f, the load process"
                        + " %.2f.\n\n",
                used.application() / (double) seconds,
                used.database() / (double) seconds,
                used.load() / (double) seconds));
        md.append("### Machine\n\n");
        md.append(BenchmarkReport.machine(
                started, List.<String[]>of(new String[] {"PostgreSQL", pgVersion}, new String[] {
                    "load average before the run", loadBefore
                })));
        BenchmarkReport.write(report, "intake", md.toString());
        log("wrote %s", report);
        if (found != created || createdIds.size() != created) {
            throw new IllegalStateException(
                    created + " reports were answered 201 but " + found + " of them are stored");
        }
    }

    /** Processor seconds used so far by the application's JVM, the benchmark database's backends and the load. */
    private record Cpu(double application, double database, double load) {

        Cpu since(Cpu before) {
            return new Cpu(application - before.application, database - before.database, load - before.load);
        }
    }

    /** Whether the load process has written this line. */
    private static boolean said(Path log, String line) throws IOException {
        return Files.readString(log).contains(line);
    }

    private static Cpu cpu(JdbcTemplate jdbc, Process load) {
        double application = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime()
                / 1e9;
        double database = jdbc
                .queryForList("select pid from pg_stat_activity where datname = current_database()", Long.class)
                .stream()
                .mapToDouble(pid -> seconds(ProcessHandle.of(pid)))
                .sum();
        return new Cpu(application, database, seconds(Optional.of(load.toHandle())));
    }

    private static double seconds(Optional<ProcessHandle> process) {
        return process.flatMap(handle -> handle.info().totalCpuDuration())
                        .map(Duration::toNanos)
                        .orElse(0L)
                / 1e9;
    }

    /** Reports waiting for correlation when the load stopped, and how long the worker took to correlate them all. */
    private record Backlog(long waiting, @Nullable Duration cleared) {}

    private static Backlog correlationBacklog(JdbcTemplate jdbc) {
        long start = System.nanoTime();
        String waiting = "select count(*) from report where correlated_at is null";
        long atStop = jdbc.queryForObject(waiting, Long.class);
        log("%,d reports wait to be correlated", atStop);
        try {
            await().atMost(CORRELATION_WAIT)
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> jdbc.queryForObject(waiting, Long.class) == 0);
        } catch (ConditionTimeoutException notCleared) {
            return new Backlog(atStop, null);
        }
        Duration cleared = Duration.ofNanos(System.nanoTime() - start);
        log("every report correlated %.1f s after the load stopped", cleared.toMillis() / 1000.0);
        return new Backlog(atStop, cleared);
    }

    /** How many of these reports are stored, looked up by id. */
    private static long found(JdbcTemplate jdbc, List<String> ids) {
        Object[] uuids = ids.stream().map(UUID::fromString).toArray();
        Long count = jdbc.execute((java.sql.Connection connection) -> {
            try (java.sql.PreparedStatement query =
                    connection.prepareStatement("select count(*) from report where id = any(?)")) {
                query.setArray(1, connection.createArrayOf("uuid", uuids));
                try (java.sql.ResultSet rs = query.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
        return count == null ? 0 : count;
    }

    /** Sites around the centre of the city, written where the load process reads them. */
    private static Path sites(Sites registry, int count) throws IOException {
        String[] sectors = {"night-time-economy", "stadia-arenas", "retail", "transport", "hotels-restaurants"};
        UseType[] uses = {UseType.NIGHTCLUB, UseType.STADIUM, UseType.SHOPPING_CENTRE, UseType.HOTEL, UseType.BAR_PUB};
        Random random = new Random(7);
        List<SiteDetails> details = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int kind = i % sectors.length;
            details.add(new SiteDetails(
                    "Benchmark site " + i,
                    i + " Harbour Street",
                    new GeoPoint(
                            CENTRE_LATITUDE + (random.nextDouble() - 0.5) * 0.09,
                            CENTRE_LONGITUDE + (random.nextDouble() - 0.5) * 0.15),
                    sectors[kind],
                    uses[kind],
                    200 + random.nextInt(5_000),
                    null,
                    SiteContact.NONE,
                    null));
        }
        List<UUID> ids = registry.registerAll(details);
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            GeoPoint at = details.get(i).location();
            lines.append(ids.get(i))
                    .append(';')
                    .append(at.latitude())
                    .append(';')
                    .append(at.longitude())
                    .append('\n');
        }
        Path file = Files.createTempFile("intake-sites", ".txt");
        Files.writeString(file, lines);
        return file;
    }

    private static String row(String measure, String result) {
        return "| " + measure + " | " + result + " |\n";
    }

    private static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[intake benchmark] " + format + "%n", args);
    }
}
