package org.bulwark.incidents;

import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.awaitility.core.ConditionTimeoutException;
import org.bulwark.BenchmarkDatabase;
import org.bulwark.BenchmarkReport;
import org.bulwark.SmtpSink;
import org.bulwark.geo.GeoPoint;
import org.bulwark.identity.Accounts;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.NewAccount;
import org.bulwark.identity.Role;
import org.bulwark.notify.WebhookReceiver;
import org.bulwark.notify.Webhooks;
import org.bulwark.notify.internal.WebhookReceivers;
import org.bulwark.sites.SiteContact;
import org.bulwark.sites.SiteDetails;
import org.bulwark.sites.Sites;
import org.bulwark.sites.UseType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Measures the fan-out of an incident on PostgreSQL with the whole application running: 10,000 sites of 2,000
 * organisations inside one area, 25 operators per organisation (50,000 people, each with an account and an e-mail
 * address), three webhook receivers on loopback subscribed to {@code alert.issued}, and a counting SMTP server on
 * loopback standing in for the mail relay. A coordinator declares an incident whose zone covers every site and sends
 * the alert, five times over; each is timed from the start of the declaration. Writes its section of
 * docs/BENCHMARKS.md.
 *
 * <pre>
 * ./mvnw -Pbenchmark verify                          # 10,000 sites, 50,000 people, 5 incidents
 * ./mvnw -Pbenchmark verify -Dbenchmark.smoke=true   # 500 sites, 1,000 people, 2 incidents, report under target/
 * </pre>
 *
 * PostgreSQL is reached as the other benchmarks reach it ({@code BULWARK_BENCH_PG_URL}, {@code
 * BULWARK_BENCH_PG_USER}, {@code BULWARK_BENCH_PG_PASSWORD}); a fresh database is created and dropped at the end.
 */
public final class IncidentFanOutBenchmark {

    private static final String PASSWORD = "benchmark-password-1";
    // a city centre; the sites lie within RADIUS of it, the zone reaches a little further
    private static final GeoPoint CENTRE = new GeoPoint(45.7640, 4.8357);
    private static final double SITES_WITHIN_METRES = 2_500;
    private static final double ZONE_RADIUS_METRES = 3_000;
    private static final int RECEIVERS = 3;
    private static final double TARGET_MS = 3_000;
    private static final String HOW = """
            ### What the figures rest on

            - The flow is a coordinator's: `Incidents.declare` (the zone's affected sites are computed and stored), \
            then `IncidentAlerts.send`, both called as `POST /api/v1/incidents` and \
            `POST /api/v1/incidents/{id}/alerts` call them, one after the other; every time is measured from the \
            start of the declaration. The alert and all its deliveries (in-app and e-mail, one each per person, and \
            one per webhook receiver) are stored in one transaction.
            - E-mail is written once per organisation: its text, its sites and one status link per site (up to 50), \
            the link shared by the organisation's people with an account. The link is signed, expires, answers once \
            and answers for its one site and incident only; an answer through it is recorded as given by the \
            operators of the organisation through that link (its reference is kept with the answer), not by a named \
            person. Before, each person got links of their own, each link costing two queries and each person a \
            message of their own: the first run of this benchmark committed the first two alerts after 194 s and \
            217 s and had their 50,000 messages handed over after 204 s and 237 s (with Flight Recorder on; it was \
            stopped there).
            - In-app: an in-app delivery is recorded as delivered in the transaction that stores the alert, and the \
            banner each operator reads (`IncidentAlerts.activeFor`) comes from the same commit. "Visible" is when a \
            connection of the benchmark's own, outside the application's pool, counts every in-app delivery of the \
            alert as delivered. After each incident, one operator of every organisation reads the banners and must \
            find the alert. No browser is connected, so no live event is written to a socket.
            - Most of the commit is storing the 100,000 delivery rows. On PostgreSQL they go in one `COPY` in the \
            alert's transaction (0.66 s on average over five incidents, timed inside the application). Earlier the \
            same day, with batches of inserts (`reWriteBatchedInserts` on), random identifiers and each reference \
            checked, three incidents in a row had the alert committed 2.38, 2.05 and 2.09 s after the declaration. Their identifiers are time-ordered (UUID \
            version 7), so that the rows of one alert extend the primary key's index at its end: in psql, 100,000 \
            such rows went in in 701 ms against 893 ms with random identifiers. The database no longer checks each \
            delivery's reference to its content: PostgreSQL does it by locking the content row once per delivery, \
            and in psql 100,000 rows took 706 ms with the check and 444 ms without. Only pending deliveries are in \
            the index of due deliveries, so that in-app deliveries, done when stored, never enter it.
            - E-mail handover: after the commit, sender threads (`bulwark.notify.delivery.email-senders`, 4) each \
            lock 500 due deliveries, hand them to the SMTP server and record the outcome in one transaction, so \
            that each delivery is written once after it is stored. People given the same e-mail share one message, \
            up to 100 in its envelope (`bulwark.notify.recipients-per-message`), and each text is read once per \
            batch rather than once per recipient. "Handed over" is counted by the SMTP sink as recipients of \
            accepted messages. In runs timed inside the application before pipelining (below), a batch of 500 \
            spent 5.5 ms locking and reading, 44 ms with the SMTP server and 12 ms recording; before its texts \
            were read apart from its rows and its rows marked delivered with one statement, it spent 24 ms locking \
            and reading and 28 ms recording. The SMTP sink offers pipelining (RFC 2920) and answers pipelined \
            commands together once it has read them all; the application then writes all the `RCPT TO` commands \
            of a message before it reads their answers, so that a message for 25 people takes four exchanges with \
            the server instead of 28. With one exchange per recipient, the handover took about 1.7 s after the \
            commit, against about 1.1 s pipelined.
            - The first incident of a run is the slowest: the application has just started, and a profile of the \
            machine over two incidents found the C2 compiler's threads in 23% of its samples.
            - Webhooks: one delivery per receiver, signed, sent by the webhook lanes after the commit; counted when \
            the receiver has read the request.
            - Nobody in the benchmark has a telephone number recorded, so no text message is queued.
            - Incidents are not closed between runs: each later incident finds the earlier alerts and their \
            deliveries in the tables, as a busy day would.
            - The machine's two cores are shared with other work; the load average when the measurement started is \
            in the table below.

            """;

    private final boolean smoke = Boolean.getBoolean("benchmark.smoke");
    private final int organisations = Integer.getInteger("benchmark.organisations", smoke ? 100 : 2_000);
    private final int sitesPerOrganisation = 5;
    private final int membersPerOrganisation = Integer.getInteger("benchmark.members", smoke ? 10 : 25);
    private final int incidents = Integer.getInteger("benchmark.incidents", smoke ? 2 : 5);
    private final Duration patience = Duration.ofSeconds(smoke ? 60 : 300);
    private final Path report = Path.of(
            System.getProperty("benchmark.report", smoke ? "target/benchmark/BENCHMARKS.md" : "docs/BENCHMARKS.md"));
    private final BenchmarkDatabase postgres = new BenchmarkDatabase();
    private final Random random = new Random(20261128L);

    public static void main(String[] args) throws Exception {
        new IncidentFanOutBenchmark().run();
        System.exit(0);
    }

    void run() throws Exception {
        Instant started = Instant.now();
        String database = "bulwark_bench_fanout_" + System.currentTimeMillis();
        postgres.admin("create database " + database);
        List<WebhookReceiver> receivers = new ArrayList<>();
        try (SmtpSink sink = SmtpSink.start()) {
            for (int i = 0; i < RECEIVERS; i++) {
                receivers.add(WebhookReceiver.started());
            }
            ConfigurableApplicationContext app = postgres.start(
                    database,
                    "--spring.datasource.hikari.maximum-pool-size=10",
                    "--spring.datasource.hikari.minimum-idle=10",
                    // as application-postgres.yml sets it in production
                    "--spring.datasource.hikari.data-source-properties.reWriteBatchedInserts=true",
                    "--spring.mail.host=127.0.0.1",
                    "--spring.mail.port=" + sink.port());
            try (Connection watcher = postgres.connect(database)) {
                measure(app, sink, receivers, watcher, started);
            } finally {
                app.close();
            }
        } finally {
            receivers.forEach(WebhookReceiver::close);
            if (!Boolean.getBoolean("benchmark.keep")) {
                postgres.admin("drop database if exists " + database + " with (force)");
            }
        }
    }

    private void measure(
            ConfigurableApplicationContext app,
            SmtpSink sink,
            List<WebhookReceiver> receivers,
            Connection watcher,
            Instant started)
            throws Exception {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        Accounts accounts = app.getBean(Accounts.class);
        Sites sites = app.getBean(Sites.class);
        Incidents incidentsApi = app.getBean(Incidents.class);
        IncidentAlerts alerts = app.getBean(IncidentAlerts.class);
        WebhookReceivers webhookReceivers = app.getBean(WebhookReceivers.class);
        String pgVersion = jdbc.queryForObject("show server_version", String.class);
        String loadAverage = BenchmarkReport.loadAverage();

        UUID coordinatorId = accounts.register(new NewAccount(
                "bench-coordinator", "Benchmark coordinator", "coordinator@bench.example", Role.COORDINATOR, PASSWORD));
        BulwarkUser coordinator =
                BulwarkUser.of(coordinatorId, "bench-coordinator", "Benchmark coordinator", Role.COORDINATOR);
        String hash =
                jdbc.queryForObject("select password_hash from account where id = ?", String.class, coordinatorId);

        long setup = System.nanoTime();
        List<UUID> orgs = organisations(jdbc, organisations);
        List<SiteDetails> details = new ArrayList<>();
        for (int o = 0; o < orgs.size(); o++) {
            for (int s = 0; s < sitesPerOrganisation; s++) {
                double bearing = random.nextDouble() * 360;
                double distance = Math.sqrt(random.nextDouble()) * SITES_WITHIN_METRES;
                details.add(new SiteDetails(
                        "Site " + o + "-" + s,
                        (o * sitesPerOrganisation + s) + " Benchmark Street",
                        destination(CENTRE, bearing, distance),
                        "retail",
                        UseType.RETAIL_STORE,
                        100 + random.nextInt(900),
                        orgs.get(o),
                        SiteContact.NONE,
                        null));
            }
        }
        for (int from = 0; from < details.size(); from += 5_000) {
            sites.registerAll(details.subList(from, Math.min(details.size(), from + 5_000)));
        }
        List<UUID> sampleReaders = people(jdbc, orgs, membersPerOrganisation, hash);
        int people = orgs.size() * membersPerOrganisation;
        for (int i = 0; i < receivers.size(); i++) {
            webhookReceivers.register(
                    "Mobility partner " + i, receivers.get(i).url(), null, List.of(Webhooks.ALERT_ISSUED), coordinator);
        }
        jdbc.execute("analyze");
        log(
                "%,d organisations, %,d sites, %,d people, %d webhook receivers stored in %.1f s",
                orgs.size(), details.size(), people, receivers.size(), (System.nanoTime() - setup) / 1e9);

        double[] declared = new double[incidents];
        double[] committed = new double[incidents];
        double[] inApp = new double[incidents];
        double[] mailed = new double[incidents];
        double[] hooked = new double[incidents];
        double[] all = new double[incidents];
        long[] inAppCounts = new long[incidents];
        long[] mailCounts = new long[incidents];
        long[] messageCounts = new long[incidents];
        long[] hookCounts = new long[incidents];
        int[] bannersSeen = new int[incidents];
        int[] siteCounts = new int[incidents];
        int[] recipientCounts = new int[incidents];
        Set<String> webhookIds = new HashSet<>();
        int duplicateWebhooks = 0;
        for (int run = 0; run < incidents; run++) {
            long mailBefore = sink.recipients();
            long messagesBefore = sink.messages();
            long[] hooksBefore =
                    receivers.stream().mapToLong(r -> r.received().size()).toArray();
            Instant now = Instant.now();
            long t0 = System.nanoTime();
            Incident incident = incidentsApi.declare(
                    new IncidentDraft(
                            "OTHER",
                            "City centre, run " + (run + 1),
                            now.minusSeconds(120),
                            List.of(new ZoneDraft(ZoneKind.CORDON, circleJson(CENTRE, ZONE_RADIUS_METRES), now, null)),
                            null),
                    coordinator);
            long t1 = System.nanoTime();
            IncidentAlert alert = alerts.send(
                    incident.id(),
                    new AlertDraft(
                            "LOCKDOWN",
                            "Lock down now",
                            "An armed attack is under way in the city centre. Close and lock your doors, keep"
                                    + " everyone inside and away from windows, and wait for police instructions."),
                    coordinator);
            long t2 = System.nanoTime();
            siteCounts[run] = alert.sites();
            recipientCounts[run] = alert.recipients();
            UUID id = alert.id();
            LongSupplier inAppVisible = () -> count(
                    watcher,
                    "select count(*) from delivery where item_id = ? and channel = 'IN_APP' and status = 'DELIVERED'",
                    id);
            LongSupplier mail = () -> sink.recipients() - mailBefore;
            LongSupplier hooks = () -> {
                long sum = 0;
                for (int i = 0; i < receivers.size(); i++) {
                    sum += receivers.get(i).received().size() - hooksBefore[i];
                }
                return sum;
            };
            // each moment is the first poll that sees its count complete, within a few milliseconds of it
            long[] seen = new long[3];
            LongSupplier[] counts = {inAppVisible, mail, hooks};
            long[] wanted = {people, people, receivers.size()};
            try {
                await().atMost(patience.minusNanos(System.nanoTime() - t0))
                        .pollInterval(Duration.ofMillis(2))
                        .until(() -> {
                            for (int i = 0; i < seen.length; i++) {
                                if (seen[i] == 0 && counts[i].getAsLong() >= wanted[i]) {
                                    seen[i] = System.nanoTime();
                                }
                            }
                            return Arrays.stream(seen).allMatch(moment -> moment != 0);
                        });
            } catch (ConditionTimeoutException late) {
                // what never came is reported as missing
            }
            long tInApp = seen[0];
            long tMail = seen[1];
            long tHooks = seen[2];
            long end = System.nanoTime();
            declared[run] = ms(t1 - t0);
            committed[run] = ms(t2 - t0);
            inApp[run] = tInApp == 0 ? Double.NaN : ms(tInApp - t0);
            mailed[run] = tMail == 0 ? Double.NaN : ms(tMail - t0);
            hooked[run] = tHooks == 0 ? Double.NaN : ms(tHooks - t0);
            all[run] = tInApp == 0 || tMail == 0 || tHooks == 0
                    ? Double.NaN
                    : ms(Math.max(tInApp, Math.max(tMail, tHooks)) - t0);
            // whatever comes late still counts, so that a duplicate would show: the counts must stay still a while
            untilStill(
                    () -> List.of(inAppVisible.getAsLong(), mail.getAsLong(), hooks.getAsLong()),
                    Duration.ofMillis(smoke ? 500 : 2_000));
            inAppCounts[run] = inAppVisible.getAsLong();
            mailCounts[run] = mail.getAsLong();
            messageCounts[run] = sink.messages() - messagesBefore;
            hookCounts[run] = hooks.getAsLong();
            for (WebhookReceiver receiver : receivers) {
                List<WebhookReceiver.Received> got = receiver.received();
                for (WebhookReceiver.Received request : got) {
                    if (request.body().contains(id.toString())
                            && !webhookIds.add(receiver.url() + " " + request.header("webhook-id"))) {
                        duplicateWebhooks++;
                    }
                }
            }
            bannersSeen[run] = banners(alerts, sampleReaders, id);
            log(
                    "incident %d: declared %.0f ms, alert committed %.0f ms, in-app %.0f ms, e-mail %.0f ms,"
                            + " webhooks %.0f ms; %,d in-app, %,d e-mails in %,d messages, %d webhooks, banner seen"
                            + " by %,d of %,d organisations (waited %.1f s)",
                    run + 1,
                    declared[run],
                    committed[run],
                    inApp[run],
                    mailed[run],
                    hooked[run],
                    inAppCounts[run],
                    mailCounts[run],
                    messageCounts[run],
                    hookCounts[run],
                    bannersSeen[run],
                    sampleReaders.size(),
                    (end - t0) / 1e9);
        }

        boolean complete = true;
        for (int run = 0; run < incidents; run++) {
            complete &= inAppCounts[run] == people
                    && mailCounts[run] == people
                    && hookCounts[run] == receivers.size()
                    && bannersSeen[run] == sampleReaders.size()
                    && !Double.isNaN(all[run]);
        }
        complete &= duplicateWebhooks == 0;
        double p50 = percentile(all, 50);
        boolean met = complete && p50 <= TARGET_MS;

        StringBuilder md = new StringBuilder("## Incident fan-out: declaration to every delivery\n\n");
        md.append("Measured by `org.bulwark.incidents.IncidentFanOutBenchmark` on PostgreSQL, with the whole"
                + " application running (its own connection pool of 10, its delivery workers), a counting SMTP server"
                + " on loopback (org.bulwark.SmtpSink) standing in for the mail relay and "
                + receivers.size()
                + " HTTP webhook receivers on loopback subscribed to `alert.issued`.\n\n");
        md.append(String.format(
                Locale.ROOT,
                "%,d sites of %,d organisations (%d each) within %.1f km of a city centre; %d operators per"
                        + " organisation, %,d people, each with an account and an e-mail address. %d incidents, one"
                        + " after the other, each with one circular cordon of %.0f km radius covering every site, each"
                        + " followed at once by its alert (a LOCKDOWN action card). Times from the start of the"
                        + " declaration.\n\n",
                orgs.size() * sitesPerOrganisation,
                orgs.size(),
                sitesPerOrganisation,
                SITES_WITHIN_METRES / 1000,
                membersPerOrganisation,
                people,
                incidents,
                ZONE_RADIUS_METRES / 1000));
        md.append("| measure | p50 | max |\n|---|---:|---:|\n");
        row(md, "incident declared (affected sites stored)", declared);
        row(md, "alert committed with its deliveries", committed);
        row(md, "every in-app delivery visible", inApp);
        row(md, "every e-mail handed to the SMTP server", mailed);
        row(md, "every webhook received", hooked);
        row(md, "all of them", all);
        double[] mailAfterCommit = new double[mailed.length];
        for (int i = 0; i < mailed.length; i++) {
            mailAfterCommit[i] = mailed[i] - committed[i];
        }
        row(md, "every e-mail handed over, counted from the commit", mailAfterCommit);
        md.append('\n');
        md.append("| incident | sites alerted | people | in-app delivered | e-mail recipients accepted | SMTP messages"
                + " | webhooks received | organisations whose operator sees the banner |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int run = 0; run < incidents; run++) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %d | %,d | %,d | %,d | %,d | %,d | %d of %d | %,d of %,d |\n",
                    run + 1,
                    siteCounts[run],
                    recipientCounts[run],
                    inAppCounts[run],
                    mailCounts[run],
                    messageCounts[run],
                    hookCounts[run],
                    receivers.size(),
                    bannersSeen[run],
                    sampleReaders.size()));
        }
        md.append(String.format(
                Locale.ROOT,
                "\nWebhook requests received twice with the same `webhook-id`: %d.\n\n",
                duplicateWebhooks));
        boolean targetScale = orgs.size() * sitesPerOrganisation >= 10_000 && people >= 50_000;
        md.append(String.format(
                Locale.ROOT,
                "Target: for 10,000 sites and 50,000 people, every in-app delivery visible and every e-mail and webhook"
                        + " handed to its transport within 3 s of the declaration, at p50. Result: %.2f s at p50"
                        + " (max %.2f s), %s.\n\n",
                p50 / 1000,
                percentile(all, 100) / 1000,
                !targetScale
                        ? "not measured at the target's scale"
                        : met ? "target met" : complete ? "target NOT met" : "target NOT met (deliveries missing)"));
        md.append(HOW);
        md.append("### Machine\n\n");
        md.append(BenchmarkReport.machine(
                started,
                List.<String[]>of(
                        new String[] {"PostgreSQL", pgVersion}, new String[] {"load average at start", loadAverage})));
        BenchmarkReport.write(report, "fanout", md.toString());
        log("wrote %s", report);
    }

    /** One operator of every organisation reads their banners; returns how many find the alert. */
    private static int banners(IncidentAlerts alerts, List<UUID> readers, UUID alert) {
        int seen = 0;
        for (UUID reader : readers) {
            BulwarkUser operator = BulwarkUser.of(reader, "reader", "Reader", Role.OPERATOR);
            if (alerts.activeFor(operator).stream()
                    .anyMatch(active -> active.alert().equals(alert))) {
                seen++;
            }
        }
        return seen;
    }

    private static void row(StringBuilder md, String measure, double[] values) {
        md.append(String.format(
                Locale.ROOT,
                "| %s | %s | %s |\n",
                measure,
                figure(percentile(values, 50)),
                figure(percentile(values, 100))));
    }

    private static String figure(double ms) {
        return Double.isNaN(ms) ? "not reached" : String.format(Locale.ROOT, "%,.0f ms", ms);
    }

    private static List<UUID> organisations(JdbcTemplate jdbc, int count) {
        List<UUID> ids = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            String name = "Benchmark Retail " + i;
            rows.add(new Object[] {id, name, name.toLowerCase(Locale.ROOT), now, now, now});
        }
        jdbc.batchUpdate(
                "insert into organisation (id, name, name_key, kind, region, status, created_at, updated_at,"
                        + " approved_at, version) values (?, ?, ?, 'PRIVATE', 'Centre', 'APPROVED', ?, ?, ?, 0)",
                rows);
        jdbc.batchUpdate(
                "insert into organisation_sector (organisation_id, sector_code) values (?, 'retail')",
                ids.stream().map(id -> new Object[] {id}).toList());
        return ids;
    }

    /**
     * Accounts and members written in batches, as the partner directory stores them: registering them one by one would
     * hash 50,000 passwords. Returns one operator of each organisation.
     */
    private static List<UUID> people(JdbcTemplate jdbc, List<UUID> organisations, int perOrganisation, String hash) {
        List<UUID> first = new ArrayList<>();
        BenchmarkDatabase.Operators people = new BenchmarkDatabase.Operators(hash);
        int n = 0;
        for (UUID organisation : organisations) {
            for (int i = 0; i < perOrganisation; i++) {
                UUID account = people.add("operator-" + n, "Operator " + n, organisation);
                if (i == 0) {
                    first.add(account);
                }
                n++;
            }
        }
        people.store(jdbc);
        return first;
    }

    private static long count(Connection connection, String sql, UUID id) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, id);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The point at this distance and bearing from a start, on the sphere. */
    private static GeoPoint destination(GeoPoint from, double bearingDegrees, double metres) {
        double angular = metres / GeoPoint.EARTH_RADIUS_METRES;
        double bearing = Math.toRadians(bearingDegrees);
        double lat1 = Math.toRadians(from.latitude());
        double lon1 = Math.toRadians(from.longitude());
        double lat2 =
                Math.asin(Math.sin(lat1) * Math.cos(angular) + Math.cos(lat1) * Math.sin(angular) * Math.cos(bearing));
        double lon2 = lon1
                + Math.atan2(
                        Math.sin(bearing) * Math.sin(angular) * Math.cos(lat1),
                        Math.cos(angular) - Math.sin(lat1) * Math.sin(lat2));
        return new GeoPoint(Math.toDegrees(lat2), Math.toDegrees(lon2));
    }

    private static String circleJson(GeoPoint at, double radius) {
        return "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[" + at.longitude() + ","
                + at.latitude() + "]},\"properties\":{\"radius\":" + radius + "}}";
    }

    /** Waits until the counts have not changed for this long, or five times as long has passed. */
    private static void untilStill(Supplier<List<Long>> counts, Duration still) {
        AtomicReference<List<Long>> last = new AtomicReference<>(counts.get());
        try {
            await().during(still)
                    .atMost(still.multipliedBy(5))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> {
                        List<Long> now = counts.get();
                        return now.equals(last.getAndSet(now));
                    });
        } catch (ConditionTimeoutException stillMoving) {
            // counted as they stand
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        for (double value : sorted) {
            if (Double.isNaN(value)) {
                return Double.NaN;
            }
        }
        if (p >= 100) {
            return sorted[sorted.length - 1];
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)];
    }

    private static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[fan-out benchmark] " + format + "%n", args);
    }
}
