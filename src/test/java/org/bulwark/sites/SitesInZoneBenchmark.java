package org.bulwark.sites;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.bulwark.BenchmarkDatabase;
import org.bulwark.BenchmarkReport;
import org.bulwark.demo.DemoCity;
import org.bulwark.geo.GeoCells;
import org.bulwark.geo.GeoPoint;
import org.bulwark.geo.Zone;
import org.bulwark.geo.ZoneSamples;
import org.bulwark.sites.internal.SiteCells;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Measures "sites inside a zone" on 1,000,000 sites: {@link SitesInZone} on H2 (a file under target/) and on
 * PostgreSQL, and PostGIS answering the same question on the same points with GiST indexes, side by side in one
 * run. It writes its figures, with the machine and the date, to docs/BENCHMARKS.md.
 *
 * <pre>
 * ./mvnw -Pbenchmark verify                          # 1,000,000 sites, 300 runs per zone
 * ./mvnw -Pbenchmark verify -Dbenchmark.smoke=true   # 10,000 sites, few runs, report under target/ (CI)
 * </pre>
 *
 * PostgreSQL is reached at {@code BULWARK_BENCH_PG_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/}) as
 * {@code BULWARK_BENCH_PG_USER} (default postgres) with {@code BULWARK_BENCH_PG_PASSWORD}; the benchmark creates a
 * fresh database and drops it at the end. Where the PostGIS extension is missing, the full run installs Debian's
 * postgresql-15-postgis-3 (as root); the smoke run only uses it if it is already there.
 */
public final class SitesInZoneBenchmark {

    private static final DemoCity CITY_GENERATOR = new DemoCity();
    private static final GeoPoint CITY = CITY_GENERATOR.centre();
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private final boolean smoke = Boolean.getBoolean("benchmark.smoke");
    private final int sites = Integer.getInteger("benchmark.sites", smoke ? 10_000 : 1_000_000);
    private final int warmups = Integer.getInteger("benchmark.warmups", smoke ? 10 : 100);
    private final int runs = Integer.getInteger("benchmark.runs", smoke ? 30 : 300);
    private final Path report = Path.of(
            System.getProperty("benchmark.report", smoke ? "target/benchmark/BENCHMARKS.md" : "docs/BENCHMARKS.md"));
    private final List<String> notes = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        new SitesInZoneBenchmark().run();
    }

    record Site(UUID id, double latitude, double longitude, long cell) {}

    private record Result(String database, String method, String zone, int rows, double[] millis) {

        double percentile(double p) {
            double[] sorted = millis.clone();
            Arrays.sort(sorted);
            int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
        }
    }

    private void run() throws Exception {
        Instant started = Instant.now();
        log("generating %,d sites", sites);
        List<Site> generated = generate(sites);
        Zone circle = Zone.circle(CITY, 2_000);
        Zone polygon = ZoneSamples.star(CITY, 30, 2_400, false, 30);
        // every run asks about a zone moved by up to 30 m, so that no database can answer from a result cache
        List<Zone> circles = jittered(circle, warmups + runs);
        List<Zone> polygons = jittered(polygon, warmups + runs);
        List<Result> results = new ArrayList<>();

        Path h2Folder = Path.of("target/benchmark/h2");
        deleteFolder(h2Folder);
        Files.createDirectories(h2Folder);
        String h2Url = "jdbc:h2:file:" + h2Folder.toAbsolutePath().resolve("bulwark")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        String h2 = "H2 " + org.h2.engine.Constants.VERSION;
        try (HikariDataSource dataSource = dataSource(h2Url, "sa", "")) {
            createSiteTable(dataSource);
            long load = System.nanoTime();
            insert(dataSource, generated);
            SiteCells.rebuild(new JdbcTemplate(dataSource));
            execute(dataSource, "analyze");
            log("H2: loaded in %.1f s", (System.nanoTime() - load) / 1e9);
            Function<Zone, Integer> h3 = ours(dataSource);
            results.add(measure(h2, SHIPPED, "2 km circle", circles, h3));
            results.add(measure(h2, SHIPPED, "30-vertex polygon", polygons, h3));
        }

        BenchmarkDatabase postgres = new BenchmarkDatabase();
        String pgBase = postgres.server();
        String pgUser = postgres.user();
        String pgPassword = postgres.password();
        String database = "bulwark_benchmark_" + Long.toString(System.currentTimeMillis(), 36);
        String pgVersion = "not reachable";
        String postgisVersion = "not measured";
        try (HikariDataSource admin = dataSource(pgBase + "postgres", pgUser, pgPassword)) {
            pgVersion = JdbcClient.create(admin)
                    .sql("show server_version")
                    .query(String.class)
                    .single();
            execute(admin, "create database " + database);
            try (HikariDataSource dataSource = dataSource(pgBase + database, pgUser, pgPassword)) {
                String pg = "PostgreSQL " + pgVersion.replaceAll(" .*", "");
                createSiteTable(dataSource);
                long load = System.nanoTime();
                copy(dataSource, generated);
                log("PostgreSQL: loaded in %.1f s", (System.nanoTime() - load) / 1e9);
                // PostGIS columns go on the same rows first, so that both approaches read the same table
                postgisVersion = preparePostgis(dataSource);
                SiteCells.rebuild(new JdbcTemplate(dataSource));
                execute(dataSource, "vacuum analyze site");
                execute(dataSource, "vacuum analyze site_cell");
                Function<Zone, Integer> h3 = ours(dataSource);
                boolean postgis = postgisVersion.startsWith("PostGIS");
                JdbcClient jdbc = JdbcClient.create(dataSource);
                TransactionTemplate transactions = readOnly(dataSource);
                Function<Zone, Integer> postgisCircle = zone -> transactions.execute(status -> {
                    Zone.Circle c = (Zone.Circle) zone;
                    return jdbc.sql("select id from site where st_dwithin(geog,"
                                    + " st_setsrid(st_makepoint(?, ?), 4326)::geography, ?, false)")
                            .params(c.centre().longitude(), c.centre().latitude(), c.radiusMetres())
                            .query(UUID.class)
                            .list()
                            .size();
                });
                Function<Zone, Integer> postgisPolygon = zone -> transactions.execute(
                        status -> jdbc.sql("select id from site where st_covers(st_geomfromtext(?, 4326), geom)")
                                .param(wkt((Zone.Polygon) zone))
                                .query(UUID.class)
                                .list()
                                .size());
                results.add(measure(pg, SHIPPED, "2 km circle", circles, h3));
                if (postgis) {
                    results.add(measure(
                            pg, "PostGIS: GiST on geography, ST_DWithin", "2 km circle", circles, postgisCircle));
                }
                results.add(measure(pg, SHIPPED, "30-vertex polygon", polygons, h3));
                if (postgis) {
                    results.add(measure(
                            pg, "PostGIS: GiST on geometry, ST_Covers", "30-vertex polygon", polygons, postgisPolygon));
                }
                if (postgis) {
                    compareAnswers(circles.get(0), h3, postgisCircle, "circle");
                    compareAnswers(polygons.get(0), h3, postgisPolygon, "polygon");
                }
            } finally {
                execute(admin, "drop database if exists " + database + " with (force)");
            }
        } catch (SQLException | RuntimeException e) {
            notes.add("PostgreSQL was not measured: " + e.getMessage());
            log("PostgreSQL not measured: %s", e);
        }
        write(started, results, pgVersion, postgisVersion);
    }

    private static final String SHIPPED = "H3 cells, site_cell rows (the sites of a cell packed in one row)";

    /** The application's own query, in a read-only transaction as the application runs it. */
    private static Function<Zone, Integer> ours(HikariDataSource dataSource) {
        SitesInZone sitesInZone = new SitesInZone(JdbcClient.create(dataSource), dataSource);
        TransactionTemplate transactions = readOnly(dataSource);
        return zone -> transactions.execute(status -> sitesInZone.inside(zone).size());
    }

    private static TransactionTemplate readOnly(HikariDataSource dataSource) {
        TransactionTemplate transactions = new TransactionTemplate(new JdbcTransactionManager(dataSource));
        transactions.setReadOnly(true);
        return transactions;
    }

    private Result measure(
            String database, String method, String zoneName, List<Zone> zones, Function<Zone, Integer> query) {
        for (int i = 0; i < warmups; i++) {
            query.apply(zones.get(i));
        }
        double[] millis = new double[runs];
        int rows = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            rows = query.apply(zones.get(warmups + i));
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Result result = new Result(database, method, zoneName, rows, millis);
        log(
                "%-17s %-54s %-18s rows %,7d  p50 %7.2f  p95 %7.2f  p99 %7.2f ms",
                database, method, zoneName, rows, result.percentile(50), result.percentile(95), result.percentile(99));
        return result;
    }

    private void compareAnswers(Zone zone, Function<Zone, Integer> ours, Function<Zone, Integer> postgis, String name) {
        int a = ours.apply(zone);
        int b = postgis.apply(zone);
        notes.add("Same " + name + ", both answers: H3 cells " + String.format(Locale.ROOT, "%,d", a)
                + " sites, PostGIS "
                + String.format(Locale.ROOT, "%,d", b) + " sites"
                + (a == b ? " (identical counts)." : " (PostGIS measures on its own sphere and rounds differently)."));
    }

    /** The demo network's city at benchmark scale: the same generator the demo profile loads, carried on. */
    static List<Site> generate(int count) {
        return CITY_GENERATOR
                .sites(count)
                .map(site -> new Site(
                        site.id(),
                        site.location().latitude(),
                        site.location().longitude(),
                        GeoCells.cellOf(site.location())))
                .toList();
    }

    /** Whether the H3 lookup met the targets: p99 at or under 10 ms, and faster than PostGIS in the same run. */
    private static String targets(List<Result> results) {
        StringBuilder md = new StringBuilder("Targets for the H3 lookup: p99 at or under 10 ms, and faster than PostGIS"
                + " on the same points in the same run.\n\n");
        for (Result r : results) {
            if (!r.method().equals(SHIPPED)) {
                continue;
            }
            double p99 = r.percentile(99);
            String postgis = results.stream()
                    .filter(other -> other.database().equals(r.database())
                            && other.zone().equals(r.zone())
                            && other.method().startsWith("PostGIS"))
                    .findFirst()
                    .map(other -> String.format(
                            Locale.ROOT,
                            "; PostGIS p50 %.2f ms, p99 %.2f ms: %s",
                            other.percentile(50),
                            other.percentile(99),
                            r.percentile(50) < other.percentile(50) && p99 < other.percentile(99)
                                    ? "faster"
                                    : "NOT faster"))
                    .orElse("");
            md.append(String.format(
                    Locale.ROOT,
                    "- %s, %s: p99 %.2f ms, %s%s.%n",
                    r.database(),
                    r.zone(),
                    p99,
                    p99 <= 10 ? "target met" : "target NOT met",
                    postgis));
        }
        return md.append('\n').toString();
    }

    private static List<Zone> jittered(Zone zone, int count) {
        Random random = new Random(count * 31L + zone.hashCode());
        List<Zone> zones = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double bearing = random.nextDouble() * 360;
            double distance = random.nextDouble() * 30;
            if (zone instanceof Zone.Circle circle) {
                zones.add(Zone.circle(
                        ZoneSamples.destination(circle.centre(), bearing, distance), circle.radiusMetres()));
            } else {
                List<GeoPoint> ring = new ArrayList<>();
                for (GeoPoint p : ((Zone.Polygon) zone).outer()) {
                    ring.add(ZoneSamples.destination(p, bearing, distance));
                }
                ring.set(ring.size() - 1, ring.get(0));
                zones.add(Zone.polygon(ring));
            }
        }
        return zones;
    }

    private static void createSiteTable(HikariDataSource dataSource) throws IOException, SQLException {
        // the production schema, so that the index and the plans are the ones the application gets
        for (String migration : List.of("V1__sites.sql", "V3__site_h3_cell_covering_index.sql", "V4__site_cells.sql")) {
            try (InputStream in = SitesInZoneBenchmark.class.getResourceAsStream("/db/migration/sites/" + migration)) {
                String ddl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                for (String statement : ddl.replaceAll("(?m)--.*$", "").split(";")) {
                    if (!statement.isBlank()) {
                        execute(dataSource, statement);
                    }
                }
            }
        }
    }

    private static final String INSERT = "insert into site (id, name, address, latitude, longitude, h3_cell,"
            + " sector_code, use_type, capacity, tier, created_at, updated_at, version)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";

    private static void insert(HikariDataSource dataSource, List<Site> sites) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement(INSERT)) {
            c.setAutoCommit(false);
            int n = 0;
            for (Site site : sites) {
                insert.setObject(1, site.id());
                insert.setString(2, "Site " + n);
                insert.setString(3, n + " Benchmark Street");
                insert.setDouble(4, site.latitude());
                insert.setDouble(5, site.longitude());
                insert.setLong(6, site.cell());
                insert.setString(7, "retail");
                insert.setString(8, "shop");
                insert.setInt(9, 100 + n % 900);
                insert.setString(10, "STANDARD");
                insert.setTimestamp(11, now);
                insert.setTimestamp(12, now);
                insert.addBatch();
                if (++n % 10_000 == 0) {
                    insert.executeBatch();
                    c.commit();
                }
            }
            insert.executeBatch();
            c.commit();
        }
    }

    private static void copy(HikariDataSource dataSource, List<Site> sites) throws SQLException, IOException {
        String now = Instant.now().toString();
        try (Connection c = dataSource.getConnection()) {
            PGConnection pg = c.unwrap(PGConnection.class);
            StringBuilder rows = new StringBuilder();
            for (int from = 0; from < sites.size(); from += 100_000) {
                rows.setLength(0);
                for (int n = from; n < Math.min(sites.size(), from + 100_000); n++) {
                    Site site = sites.get(n);
                    rows.append(site.id())
                            .append('\t')
                            .append("Site ")
                            .append(n)
                            .append('\t');
                    rows.append(n)
                            .append(" Benchmark Street\t")
                            .append(site.latitude())
                            .append('\t');
                    rows.append(site.longitude())
                            .append('\t')
                            .append(site.cell())
                            .append("\tretail\tshop\t");
                    rows.append(100 + n % 900)
                            .append("\tSTANDARD\t")
                            .append(now)
                            .append('\t')
                            .append(now);
                    rows.append("\t0\n");
                }
                pg.getCopyAPI()
                        .copyIn(
                                "copy site (id, name, address, latitude, longitude, h3_cell, sector_code, use_type,"
                                        + " capacity, tier, created_at, updated_at, version) from stdin",
                                new StringReader(rows.toString()));
            }
        }
    }

    private String preparePostgis(HikariDataSource pg) {
        try {
            try {
                execute(pg, "create extension if not exists postgis");
            } catch (SQLException missing) {
                if (smoke) {
                    notes.add("PostGIS is not installed; the smoke run does not install it.");
                    return "not installed";
                }
                log("PostGIS missing, installing postgresql-15-postgis-3");
                install();
                execute(pg, "create extension if not exists postgis");
            }
            long start = System.nanoTime();
            execute(pg, "alter table site add column geog geography(Point, 4326)");
            execute(pg, "alter table site add column geom geometry(Point, 4326)");
            execute(
                    pg,
                    "update site set geom = st_setsrid(st_makepoint(longitude, latitude), 4326),"
                            + " geog = st_setsrid(st_makepoint(longitude, latitude), 4326)::geography");
            execute(pg, "create index site_geog_idx on site using gist (geog)");
            execute(pg, "create index site_geom_idx on site using gist (geom)");
            log("PostGIS: columns and GiST indexes built in %.1f s", (System.nanoTime() - start) / 1e9);
            return "PostGIS "
                    + JdbcClient.create(pg)
                            .sql("select postgis_lib_version()")
                            .query(String.class)
                            .single();
        } catch (SQLException | IOException | InterruptedException | RuntimeException e) {
            notes.add("PostGIS was not measured: " + e.getMessage());
            return "not available";
        }
    }

    private static void install() throws IOException, InterruptedException {
        for (List<String> command : List.of(
                List.of("apt-get", "install", "-y", "postgresql-15-postgis-3"),
                List.of("apt-get", "update"),
                List.of("apt-get", "install", "-y", "postgresql-15-postgis-3"))) {
            Process process = new ProcessBuilder(command).inheritIO().start();
            if (process.waitFor() == 0 && command.contains("install")) {
                return;
            }
        }
        throw new IOException("apt-get install -y postgresql-15-postgis-3 failed; install it and run again");
    }

    private static String wkt(Zone.Polygon polygon) {
        StringBuilder wkt = new StringBuilder("POLYGON((");
        for (GeoPoint p : polygon.outer()) {
            if (wkt.charAt(wkt.length() - 1) != '(') {
                wkt.append(',');
            }
            wkt.append(p.longitude()).append(' ').append(p.latitude());
        }
        return wkt.append("))").toString();
    }

    private void write(Instant started, List<Result> results, String pgVersion, String postgisVersion)
            throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("## Sites inside a zone\n\n");
        md.append("Measured by `org.bulwark.sites.SitesInZoneBenchmark`.\n\n");
        md.append(String.format(
                Locale.ROOT,
                "%,d sites of the demo city Port Alder carried on to benchmark scale by its deterministic generator"
                        + " (org.bulwark.demo.DemoCity), with the centre (%s, %s) in its densest district. Zones over"
                        + " the centre: a 2 km circle and a 30-vertex polygon (about 2.4 km"
                        + " across at most); every run moves the zone by up to 30 m so that no result cache can answer."
                        + " %d warm-up runs, then %d measured runs per row, one at a time. A run is one call of"
                        + " SitesInZone.inside, the lookup that gives the identifiers of the sites in a zone: the cell"
                        + " cover, the queries, unpacking the ids and the exact test of border sites (H3 cells); or"
                        + " fetching the ids of an indexed PostGIS query; each in a read-only transaction. The tables are the shipped ones (migrations sites/V1, V3 and V4): the H3 lookup"
                        + " reads site_cell, one row per resolution-10 cell holding the identifier and position of each"
                        + " of its sites, through its primary key; the application keeps it in step with the site table"
                        + " (org.bulwark.sites.internal.SiteCells), and the benchmark fills it from the loaded sites with"
                        + " the same code the migration sites/V5 uses. On PostgreSQL the H3 query runs with JIT compilation off (SitesInZone sets it for its transaction): the"
                        + " planner cannot estimate a join on ranges and would otherwise compile it every time.\n\n",
                sites,
                CITY.latitude(),
                CITY.longitude(),
                warmups,
                runs));
        md.append("| database | method | zone | sites found | p50 ms | p95 ms | p99 ms | max ms |\n");
        md.append("|---|---|---|---:|---:|---:|---:|---:|\n");
        for (Result r : results) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %s | %,d | %.2f | %.2f | %.2f | %.2f |\n",
                    r.database(),
                    r.method(),
                    r.zone(),
                    r.rows(),
                    r.percentile(50),
                    r.percentile(95),
                    r.percentile(99),
                    r.percentile(100)));
        }
        md.append("\n");
        md.append(targets(results));
        md.append("- One run on the machine below; where its cores are shared with other work, the tails (p99, max)"
                + " carry that noise.\n");
        for (String note : notes) {
            md.append("- ").append(note).append('\n');
        }
        md.append("\n### Machine\n\n");
        md.append(BenchmarkReport.machine(
                started,
                List.<String[]>of(
                        new String[] {"H2", org.h2.engine.Constants.FULL_VERSION + " (file database)"},
                        new String[] {"PostgreSQL", pgVersion},
                        new String[] {"PostGIS", postgisVersion})));
        BenchmarkReport.write(report, "sites", md.toString());
        log("wrote %s", report);
    }

    private static HikariDataSource dataSource(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(2);
        return new HikariDataSource(config);
    }

    private static void execute(HikariDataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static void deleteFolder(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static void log(String format, Object... args) {
        System.out.println("[benchmark] " + String.format(Locale.ROOT, format, args));
    }
}
