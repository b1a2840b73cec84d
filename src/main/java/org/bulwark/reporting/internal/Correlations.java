package org.bulwark.reporting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bulwark.geo.GeoPoint;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.util.Assert;

/**
 * Links each report to related ones: the same plate, phone number or online handle, or the same site or a position
 * within the radius, within the place window; and the same behaviour category at other sites of its sector within
 * the pattern window.
 *
 * <p>Each report is indexed once, by its keys, by its H3 cell and day, and by sector, category and day; a new report
 * finds related ones through those indexes and only the links it finds are stored. Nothing ever stores every pair of
 * reports that share a key: a key found in more reports than the cap links nothing, because it is too common to mean
 * anything, and a report gets at most the cap's number of links from its place and from its sector pattern, the
 * closest first. Stop-listed keys are not indexed at all.
 *
 * <p>Correlating a report again (after its facts changed, or when its event is delivered twice) replaces its index
 * rows, keeps the links that still hold with their dismissals, adds new ones and removes the undismissed links that
 * no longer hold.
 */
@Component
public class Correlations {

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final TransactionOperations transactions;
    private final CorrelationSettings settings;
    private final ReportKeys keys;
    private final Clock clock = Clock.systemUTC();

    public Correlations(JdbcTemplate jdbc, TransactionOperations transactions, CorrelationSettings settings) {
        this.batches = jdbc;
        this.jdbc = JdbcClient.create(jdbc);
        this.transactions = transactions;
        this.settings = settings;
        this.keys = new ReportKeys(settings.countryCode());
    }

    /**
     * Indexes the report and links it to the related reports found.
     *
     * @param facts must not be null
     * @return the links that hold for the report, seen from it, closest reasons first; never null
     */
    public List<ReportLink> correlate(CorrelationFacts facts) {
        Assert.notNull(facts, "facts must not be null");
        return transactions.execute(status -> correlateNow(facts));
    }

    /**
     * Every link of a report in either direction, seen from it, dismissed ones included.
     *
     * @param report must not be null
     * @return never null; empty for a report that was never correlated
     */
    public List<ReportLink> linksOf(UUID report) {
        Assert.notNull(report, "report must not be null");
        return linksTouching(List.of(report)).stream()
                .map(link -> link.seenFrom(report))
                .sorted(ORDER)
                .toList();
    }

    /** The link with this identifier, seen from the report that made it. */
    public Optional<ReportLink> find(UUID link) {
        Assert.notNull(link, "link must not be null");
        return jdbc.sql("select * from report_link where id = ?")
                .param(link)
                .query(Correlations::link)
                .optional();
    }

    /**
     * Marks a link as wrong. The link stays, flagged, so that correlating again does not bring it back as new.
     *
     * @param link must not be null
     * @param account the analyst dismissing it; must not be null
     * @param note why; must not be blank
     * @throws ReportLinkNotFound when no link has the identifier
     * @throws ReportLinkDismissalRefused when the note is blank or too long, or the link was already dismissed
     */
    public void dismiss(UUID link, UUID account, @Nullable String note) {
        Assert.notNull(link, "link must not be null");
        Assert.notNull(account, "account must not be null");
        String text = note == null ? "" : note.strip();
        if (text.isEmpty()) {
            throw new ReportLinkDismissalRefused(
                    ReportLinkDismissalRefused.Reason.NOTE_REQUIRED, "A dismissal needs a note saying why.");
        }
        if (text.length() > 2000) {
            throw new ReportLinkDismissalRefused(
                    ReportLinkDismissalRefused.Reason.NOTE_TOO_LONG, "The note may be at most 2,000 characters.");
        }
        transactions.executeWithoutResult(status -> {
            ReportLink found = find(link).orElseThrow(() -> new ReportLinkNotFound(link));
            if (found.dismissed()) {
                throw new ReportLinkDismissalRefused(
                        ReportLinkDismissalRefused.Reason.ALREADY_DISMISSED, "The link was already dismissed.");
            }
            int changed = jdbc.sql("update report_link set dismissed_by = ?, dismissed_at = ?, dismissal_note = ?"
                            + " where id = ? and dismissed_at is null")
                    .params(account, utc(clock.instant()), text, link)
                    .update();
            if (changed == 0) {
                throw new ReportLinkDismissalRefused(
                        ReportLinkDismissalRefused.Reason.ALREADY_DISMISSED, "The link was already dismissed.");
            }
        });
    }

    /**
     * Removes everything correlation holds on the reports: their index rows, their share of the key counts and their
     * links in both directions. For purges.
     *
     * @param reports must not be null
     */
    public void forget(Collection<UUID> reports) {
        Assert.notNull(reports, "reports must not be null");
        if (reports.isEmpty()) {
            return;
        }
        List<UUID> ids = List.copyOf(new LinkedHashSet<>(reports));
        transactions.executeWithoutResult(status -> {
            for (int from = 0; from < ids.size(); from += 500) {
                List<UUID> batch = ids.subList(from, Math.min(ids.size(), from + 500));
                List<ReportKey> held = jdbc.sql("select kind, norm_key from report_key_index where report_id in (:ids)")
                        .param("ids", batch)
                        .query((rs, n) ->
                                new ReportKey(ReportKeyKind.valueOf(rs.getString("kind")), rs.getString("norm_key")))
                        .list();
                jdbc.sql("delete from report_key_index where report_id in (:ids)")
                        .param("ids", batch)
                        .update();
                Map<ReportKey, Integer> counts = new HashMap<>();
                held.forEach(key -> counts.merge(key, 1, Integer::sum));
                counts.forEach((key, count) -> uncount(key, count));
                jdbc.sql("delete from report_place_index where report_id in (:ids)")
                        .param("ids", batch)
                        .update();
                jdbc.sql("delete from report_pattern_index where report_id in (:ids)")
                        .param("ids", batch)
                        .update();
                jdbc.sql("delete from report_link where report_id in (:ids) or other_report_id in (:ids)")
                        .param("ids", batch)
                        .update();
            }
        });
    }

    /**
     * The reports linked to one report up to two links away, dismissed links included, as a graph of at most the
     * configured number of reports.
     *
     * @param report must not be null
     * @param depth 1 or 2; other values are brought into that range
     * @return never null; a graph of the report alone when it has no links
     */
    public CorrelationGraph graphOf(UUID report, int depth) {
        Assert.notNull(report, "report must not be null");
        int levels = Math.max(1, Math.min(2, depth));
        int room = settings.graphNodes();
        Map<UUID, Integer> nodes = new LinkedHashMap<>();
        nodes.put(report, 0);
        Map<Set<UUID>, List<ReportLink>> edges = new LinkedHashMap<>();
        Map<Set<UUID>, UUID> nearer = new HashMap<>();
        boolean truncated = false;
        List<UUID> frontier = List.of(report);
        for (int level = 1; level <= levels && !frontier.isEmpty(); level++) {
            List<ReportLink> found = linksTouching(frontier).stream()
                    .sorted(Comparator.comparing(ReportLink::dismissed).thenComparing(ORDER))
                    .toList();
            List<UUID> next = new ArrayList<>();
            for (ReportLink link : found) {
                for (UUID end : List.of(link.report(), link.other())) {
                    if (!nodes.containsKey(end)) {
                        if (nodes.size() < room) {
                            nodes.put(end, level);
                            next.add(end);
                        } else {
                            truncated = true;
                        }
                    }
                }
                addEdge(edges, nearer, nodes, link);
            }
            frontier = next;
        }
        if (!frontier.isEmpty()) {
            // links among the outermost reports, which no query above started from
            jdbc.sql("select * from report_link where report_id in (:ids) and other_report_id in (:ids)")
                    .param("ids", frontier)
                    .query(Correlations::link)
                    .list()
                    .forEach(link -> addEdge(edges, nearer, nodes, link));
        }
        List<CorrelationGraph.Node> nodeList = new ArrayList<>();
        nodes.forEach((id, level) -> nodeList.add(new CorrelationGraph.Node(id, level)));
        List<CorrelationGraph.Edge> edgeList = new ArrayList<>();
        edges.forEach((pair, links) -> {
            UUID from = nearer.get(pair);
            UUID to = pair.stream().filter(end -> !end.equals(from)).findFirst().orElseThrow();
            edgeList.add(new CorrelationGraph.Edge(
                    from,
                    to,
                    links.stream()
                            .map(link -> link.seenFrom(from))
                            .sorted(ORDER)
                            .toList()));
        });
        return new CorrelationGraph(report, nodeList, edgeList, truncated);
    }

    private static void addEdge(
            Map<Set<UUID>, List<ReportLink>> edges,
            Map<Set<UUID>, UUID> nearer,
            Map<UUID, Integer> nodes,
            ReportLink link) {
        Integer a = nodes.get(link.report());
        Integer b = nodes.get(link.other());
        if (a == null || b == null) {
            return;
        }
        Set<UUID> pair = Set.of(link.report(), link.other());
        List<ReportLink> links = edges.computeIfAbsent(pair, p -> new ArrayList<>());
        if (links.stream().noneMatch(existing -> existing.id().equals(link.id()))) {
            links.add(link);
        }
        nearer.putIfAbsent(pair, a <= b ? link.report() : link.other());
    }

    /** Strongest reasons first (a shared key before a shared place), then the closest in time. */
    private static final Comparator<ReportLink> ORDER = Comparator.comparing(ReportLink::reason)
            .thenComparing(link -> link.otherLater().abs())
            .thenComparing(ReportLink::id);

    private List<ReportLink> correlateNow(CorrelationFacts facts) {
        Instant now = clock.instant();
        List<Found> found = new ArrayList<>();
        found.addAll(byKeys(facts, now));
        found.addAll(byPlace(facts));
        found.addAll(byPattern(facts));
        return reconcile(facts.report(), found, now);
    }

    // ---- keys

    private List<Found> byKeys(CorrelationFacts facts, Instant now) {
        UUID report = facts.report();
        ReportKeyStopList stopList = stopList();
        Set<ReportKey> wanted = new LinkedHashSet<>();
        facts.plates().forEach(plate -> keys.plate(plate).ifPresent(wanted::add));
        facts.phones().forEach(phone -> keys.phone(phone).ifPresent(wanted::add));
        facts.handles()
                .forEach(handle ->
                        keys.handle(handle.platform(), handle.handle()).ifPresent(wanted::add));
        wanted.removeIf(stopList::stops);

        Set<ReportKey> held = new HashSet<>(jdbc.sql("select kind, norm_key from report_key_index where report_id = ?")
                .param(report)
                .query((rs, n) -> new ReportKey(ReportKeyKind.valueOf(rs.getString("kind")), rs.getString("norm_key")))
                .list());
        OffsetDateTime observed = utc(facts.observedAt());
        for (ReportKey gone : held) {
            if (!wanted.contains(gone)) {
                jdbc.sql("delete from report_key_index where report_id = ? and kind = ? and norm_key = ?")
                        .params(report, gone.kind().name(), gone.value())
                        .update();
                uncount(gone, 1);
            }
        }
        List<Found> found = new ArrayList<>();
        Duration window = settings.placeWindow();
        for (ReportKey key : wanted) {
            if (held.contains(key)) {
                jdbc.sql(
                                "update report_key_index set observed_at = ? where report_id = ? and kind = ? and norm_key = ?")
                        .params(observed, report, key.kind().name(), key.value())
                        .update();
            } else {
                jdbc.sql("insert into report_key_index (report_id, kind, norm_key, observed_at) values (?, ?, ?, ?)")
                        .params(report, key.kind().name(), key.value(), observed)
                        .update();
            }
            // counting first takes the key's row lock, so two reports with the same key correlated at the same
            // moment see each other: the second waits for the first to commit
            int seen = held.contains(key) ? lockedCount(key) : count(key);
            if (seen > settings.keyCap()) {
                jdbc.sql("update report_key_count set over_cap_at = ? where kind = ? and norm_key = ?"
                                + " and over_cap_at is null")
                        .params(utc(now), key.kind().name(), key.value())
                        .update();
                continue;
            }
            jdbc.sql("select report_id, observed_at from report_key_index where kind = ? and norm_key = ?"
                            + " and observed_at between ? and ? and report_id <> ?")
                    .params(
                            key.kind().name(),
                            key.value(),
                            utc(facts.observedAt().minus(window)),
                            utc(facts.observedAt().plus(window)),
                            report)
                    .query((rs, n) -> new Found(
                            rs.getObject("report_id", UUID.class),
                            ReportLinkReason.of(key.kind()),
                            key.value(),
                            null,
                            Duration.between(facts.observedAt(), instant(rs, "observed_at"))))
                    .list()
                    .forEach(found::add);
        }
        return found;
    }

    private ReportKeyStopList stopList() {
        List<ReportKeyStopList.Entry> entries = jdbc.sql("select kind, entry from report_key_stop")
                .query((rs, n) ->
                        new ReportKeyStopList.Entry(ReportKeyKind.valueOf(rs.getString("kind")), rs.getString("entry")))
                .list();
        return new ReportKeyStopList(entries, keys);
    }

    /** Counts one more report with the key; returns how many carry it now. */
    private int count(ReportKey key) {
        int changed = jdbc.sql("update report_key_count set seen = seen + 1 where kind = ? and norm_key = ?")
                .params(key.kind().name(), key.value())
                .update();
        if (changed == 0) {
            jdbc.sql("insert into report_key_count (kind, norm_key, seen) values (?, ?, 0) on conflict do nothing")
                    .params(key.kind().name(), key.value())
                    .update();
            jdbc.sql("update report_key_count set seen = seen + 1 where kind = ? and norm_key = ?")
                    .params(key.kind().name(), key.value())
                    .update();
        }
        return seen(key);
    }

    /** How many reports carry a key this report already counted, holding the key's row lock as counting does. */
    private int lockedCount(ReportKey key) {
        jdbc.sql("update report_key_count set seen = seen where kind = ? and norm_key = ?")
                .params(key.kind().name(), key.value())
                .update();
        return seen(key);
    }

    private int seen(ReportKey key) {
        return jdbc.sql("select seen from report_key_count where kind = ? and norm_key = ?")
                .params(key.kind().name(), key.value())
                .query(Integer.class)
                .optional()
                .orElse(0);
    }

    private void uncount(ReportKey key, int reports) {
        jdbc.sql("update report_key_count set seen = seen - ? where kind = ? and norm_key = ?")
                .params(reports, key.kind().name(), key.value())
                .update();
        jdbc.sql("delete from report_key_count where kind = ? and norm_key = ? and seen <= 0")
                .params(key.kind().name(), key.value())
                .update();
        // a key back within the cap links again
        jdbc.sql("update report_key_count set over_cap_at = null where kind = ? and norm_key = ? and seen <= ?")
                .params(key.kind().name(), key.value(), settings.keyCap())
                .update();
    }

    // ---- place

    private List<Found> byPlace(CorrelationFacts facts) {
        UUID report = facts.report();
        Instant at = facts.observedAt();
        int day = dayOf(at);
        jdbc.sql("delete from report_place_index where report_id = ?")
                .param(report)
                .update();
        if (!facts.hasPosition() && facts.site() == null) {
            return List.of();
        }
        Long cell = facts.hasPosition() ? CorrelationCells.cellOf(facts.latitude(), facts.longitude()) : null;
        jdbc.sql("insert into report_place_index (report_id, h3_cell, day_bucket, latitude, longitude, site_id,"
                        + " observed_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(report, cell, day, facts.latitude(), facts.longitude(), facts.site(), utc(at))
                .update();

        Duration window = settings.placeWindow();
        int from = dayOf(at.minus(window));
        int to = dayOf(at.plus(window));
        StringBuilder sql = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        params.put("from", from);
        params.put("to", to);
        params.put("report", report);
        String columns = "select report_id, latitude, longitude, site_id, observed_at from report_place_index";
        if (facts.hasPosition()) {
            sql.append(columns)
                    .append(" where h3_cell in (:cells) and day_bucket between :from and :to and report_id <> :report");
            params.put("cells", CorrelationCells.around(facts.latitude(), facts.longitude(), settings.radiusMetres()));
        }
        if (facts.site() != null) {
            if (!sql.isEmpty()) {
                sql.append(" union ");
            }
            sql.append(columns)
                    .append(" where site_id = :site and day_bucket between :from and :to and report_id <> :report");
            params.put("site", facts.site());
        }
        List<Found> found = new ArrayList<>();
        jdbc.sql(sql.toString()).params(params).query((ResultSet rs) -> {
            UUID other = rs.getObject("report_id", UUID.class);
            Duration apart = Duration.between(at, instant(rs, "observed_at"));
            if (apart.abs().compareTo(window) > 0) {
                return;
            }
            UUID site = rs.getObject("site_id", UUID.class);
            double latitude = rs.getDouble("latitude");
            boolean positioned = !rs.wasNull();
            double longitude = rs.getDouble("longitude");
            Integer distance = positioned && facts.hasPosition()
                    ? (int) Math.round(new GeoPoint(facts.latitude(), facts.longitude())
                            .distanceMetres(new GeoPoint(latitude, longitude)))
                    : null;
            if (facts.site() != null && facts.site().equals(site)) {
                found.add(new Found(other, ReportLinkReason.SAME_SITE, site.toString(), distance, apart));
            } else if (distance != null && distance <= settings.radiusMetres()) {
                found.add(new Found(other, ReportLinkReason.NEARBY, Integer.toString(distance), distance, apart));
            }
        });
        return closest(
                found,
                Comparator.comparing(Found::reason)
                        .thenComparing(f -> f.distanceMetres() == null ? 0 : f.distanceMetres())
                        .thenComparing(f -> f.apart().abs()));
    }

    // ---- sector pattern

    private List<Found> byPattern(CorrelationFacts facts) {
        UUID report = facts.report();
        Instant at = facts.observedAt();
        jdbc.sql("delete from report_pattern_index where report_id = ?")
                .param(report)
                .update();
        if (facts.sector() == null || facts.category() == null || facts.site() == null) {
            return List.of();
        }
        jdbc.sql("insert into report_pattern_index (report_id, sector, category, day_bucket, site_id, observed_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(report, facts.sector(), facts.category(), dayOf(at), facts.site(), utc(at))
                .update();
        Duration window = settings.patternWindow();
        String detail = facts.sector() + "/" + facts.category();
        List<Found> found = new ArrayList<>();
        jdbc.sql("select report_id, observed_at from report_pattern_index where sector = ? and category = ?"
                        + " and day_bucket between ? and ? and site_id <> ?")
                .params(facts.sector(), facts.category(), dayOf(at.minus(window)), dayOf(at.plus(window)), facts.site())
                .query((ResultSet rs) -> {
                    Duration apart = Duration.between(at, instant(rs, "observed_at"));
                    if (apart.abs().compareTo(window) <= 0) {
                        found.add(new Found(
                                rs.getObject("report_id", UUID.class),
                                ReportLinkReason.SECTOR_PATTERN,
                                detail,
                                null,
                                apart));
                    }
                });
        return closest(found, Comparator.comparing(f -> f.apart().abs()));
    }

    private List<Found> closest(List<Found> found, Comparator<Found> order) {
        return found.stream().sorted(order).limit(settings.keyCap()).toList();
    }

    // ---- links

    private List<ReportLink> reconcile(UUID report, List<Found> found, Instant now) {
        Map<String, ReportLink> existing = new HashMap<>();
        for (ReportLink link : linksTouching(List.of(report))) {
            ReportLink mine = link.seenFrom(report);
            existing.put(identity(mine.other(), mine.reason(), mine.detail()), mine);
        }
        Map<String, Found> wanted = new LinkedHashMap<>();
        for (Found f : found) {
            wanted.putIfAbsent(identity(f.other(), f.reason(), f.detail()), f);
        }
        List<ReportLink> holding = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        for (Map.Entry<String, Found> entry : wanted.entrySet()) {
            Found f = entry.getValue();
            ReportLink link = existing.remove(entry.getKey());
            if (link == null) {
                UUID id = UUID.randomUUID();
                inserts.add(new Object[] {
                    id,
                    report,
                    f.other(),
                    f.reason().name(),
                    f.detail(),
                    f.distanceMetres(),
                    (int) f.apart().toMinutes(),
                    utc(now)
                });
                holding.add(new ReportLink(
                        id,
                        report,
                        f.other(),
                        f.reason(),
                        f.detail(),
                        f.distanceMetres(),
                        Duration.ofMinutes(f.apart().toMinutes()),
                        now,
                        null,
                        null,
                        null));
            } else if (!f.detail().equals(link.detail())
                    || !java.util.Objects.equals(f.distanceMetres(), link.distanceMetres())
                    || f.apart().toMinutes() != link.otherLater().toMinutes()) {
                // the same link with a moved position or time: stored from the side that made it
                boolean made = link.report().equals(report);
                long minutes = f.apart().toMinutes();
                jdbc.sql("update report_link set detail = ?, distance_metres = ?, minutes_apart = ? where id = ?")
                        .params(f.detail(), f.distanceMetres(), (int) (made ? minutes : -minutes), link.id())
                        .update();
                holding.add(new ReportLink(
                        link.id(),
                        report,
                        link.other(),
                        link.reason(),
                        f.detail(),
                        f.distanceMetres(),
                        Duration.ofMinutes(minutes),
                        link.createdAt(),
                        link.dismissedBy(),
                        link.dismissedAt(),
                        link.dismissalNote()));
            } else {
                holding.add(link);
            }
        }
        if (!inserts.isEmpty()) {
            // one round trip for all of them: a report at a busy site finds dozens
            batches.batchUpdate(
                    "insert into report_link (id, report_id, other_report_id, reason, detail, distance_metres,"
                            + " minutes_apart, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
                    inserts,
                    inserts.size(),
                    (ps, row) -> {
                        for (int i = 0; i < row.length; i++) {
                            if (row[i] == null) {
                                ps.setNull(i + 1, Types.INTEGER);
                            } else {
                                ps.setObject(i + 1, row[i]);
                            }
                        }
                    });
        }
        List<UUID> stale = existing.values().stream()
                .filter(link -> !link.dismissed())
                .map(ReportLink::id)
                .toList();
        if (!stale.isEmpty()) {
            jdbc.sql("delete from report_link where id in (:ids)")
                    .param("ids", stale)
                    .update();
        }
        return holding.stream().sorted(ORDER).toList();
    }

    /** What makes two links the same: a key link is one per key, a place or pattern link one per pair. */
    private static String identity(UUID other, ReportLinkReason reason, String detail) {
        return other + " " + reason + (reason.isKey() ? " " + detail : "");
    }

    private List<ReportLink> linksTouching(List<UUID> reports) {
        return jdbc.sql("select * from report_link where report_id in (:ids) union"
                        + " select * from report_link where other_report_id in (:ids)")
                .param("ids", reports)
                .query(Correlations::link)
                .list();
    }

    private static ReportLink link(ResultSet rs, int row) throws SQLException {
        int distance = rs.getInt("distance_metres");
        Integer distanceMetres = rs.wasNull() ? null : distance;
        OffsetDateTime dismissedAt = rs.getObject("dismissed_at", OffsetDateTime.class);
        return new ReportLink(
                rs.getObject("id", UUID.class),
                rs.getObject("report_id", UUID.class),
                rs.getObject("other_report_id", UUID.class),
                ReportLinkReason.valueOf(rs.getString("reason")),
                rs.getString("detail"),
                distanceMetres,
                Duration.ofMinutes(rs.getInt("minutes_apart")),
                instant(rs, "created_at"),
                rs.getObject("dismissed_by", UUID.class),
                dismissedAt == null ? null : dismissedAt.toInstant(),
                rs.getString("dismissal_note"));
    }

    private static int dayOf(Instant instant) {
        return (int) Math.floorDiv(instant.getEpochSecond(), 86_400);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** A related report found through one of the indexes. */
    private record Found(
            UUID other,
            ReportLinkReason reason,
            String detail,
            @Nullable Integer distanceMetres,
            Duration apart) {}
}
