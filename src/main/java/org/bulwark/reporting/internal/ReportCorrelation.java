package org.bulwark.reporting.internal;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import org.bulwark.geo.GeoPoint;
import org.bulwark.geo.Zone;
import org.bulwark.reporting.ReportEscalated;
import org.bulwark.sites.Site;
import org.bulwark.sites.Sites;
import org.bulwark.sites.SitesInZone;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links each new report to the related ones once it is stored, and again when triage settles its behaviour category
 * (which can add links to reports of the same category across a sector).
 *
 * <p>New reports wait in the {@code report} table itself, as those not yet correlated, for one background worker that
 * takes them in order of arrival, each in its own transaction with the mark that it is done: intake stays as fast as
 * storing a report, a burst of reports is worked off after it, a crash leaves the rest waiting, and several nodes
 * share the work without doing a report twice.
 *
 * <p>A report placed by coordinates alone, as the public's are, counts as a report about the registered site nearest
 * to them within {@value #SITE_REACH_METRES} metres, if any: so that what a passer-by saw at a hotel's door meets
 * what the hotel's staff and other hotels reported.
 */
@Component
public class ReportCorrelation {

    static final double SITE_REACH_METRES = 100;
    static final int BATCH = 100;

    /**
     * Above this many reports stored a second on this node, correlation gives way to intake: it takes one report
     * every {@link #PACE_UNDER_LOAD} and works off the rest when the burst has passed.
     */
    static final int GIVE_WAY_ABOVE = 200;

    static final Duration PACE_UNDER_LOAD = Duration.ofMillis(20);

    private static final Logger log = LoggerFactory.getLogger(ReportCorrelation.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AtomicBoolean working = new AtomicBoolean();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "report-correlation");
        thread.setDaemon(true);
        return thread;
    });
    private final Correlations correlations;
    private final SitesInZone sitesInZone;
    private final Sites sites;
    private final IntakePressure pressure;

    ReportCorrelation(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            Correlations correlations,
            SitesInZone sitesInZone,
            Sites sites,
            IntakePressure pressure) {
        this.pressure = pressure;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.correlations = correlations;
        this.sitesInZone = sitesInZone;
        this.sites = sites;
    }

    /**
     * Starts the worker when reports wait and it is not already at work; never blocks the scheduler, whose other jobs
     * must not wait behind a burst of reports.
     */
    @Scheduled(
            fixedDelayString = "${bulwark.reporting.correlation.poll-interval:PT0.25S}",
            initialDelayString = "${bulwark.reporting.correlation.poll-interval:PT0.25S}")
    void wake() {
        if (!working.compareAndSet(false, true)) {
            return;
        }
        try {
            worker.execute(() -> {
                try {
                    correlateWaiting();
                } finally {
                    working.set(false);
                }
            });
        } catch (RejectedExecutionException e) {
            // shutting down
            working.set(false);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /** Correlates the reports that wait for it, oldest first, until none is left. */
    void correlateWaiting() {
        try {
            correlateAllWaiting();
        } catch (RuntimeException e) {
            // the database is away, most likely: the next round tries again
            log.warn("Correlating waiting reports stopped: {}", e.toString());
        }
    }

    private void correlateAllWaiting() {
        List<UUID> waiting;
        do {
            waiting = jdbc.sql("select id from report where correlated_at is null order by received_at limit " + BATCH)
                    .query(UUID.class)
                    .list();
            for (UUID report : waiting) {
                if (!giveWayToIntake()) {
                    return;
                }
                try {
                    correlateOnce(report);
                } catch (RuntimeException e) {
                    // left waiting, to be tried again at the next round
                    log.warn("Could not correlate report {}: {}", report, e.toString());
                }
            }
        } while (waiting.size() == BATCH);
    }

    /**
     * Waits a moment while reports pour in, so that storing and answering them keeps the processor.
     *
     * @return false when the worker is being stopped
     */
    private boolean giveWayToIntake() {
        if (pressure.perSecond() > GIVE_WAY_ABOVE) {
            LockSupport.parkNanos(PACE_UNDER_LOAD.toNanos());
        }
        return !Thread.currentThread().isInterrupted();
    }

    /**
     * Correlates a waiting report and marks it done, together; nothing when another node took it first.
     *
     * @return whether this call correlated it
     */
    public boolean correlateOnce(UUID report) {
        Boolean done = transactions.execute(status -> {
            int taken = jdbc.sql("update report set correlated_at = ? where id = ? and correlated_at is null")
                    .params(OffsetDateTime.now(ZoneOffset.UTC), report)
                    .update();
            if (taken == 0) {
                return false;
            }
            facts(report).map(this::placed).ifPresent(correlations::correlate);
            return true;
        });
        return Boolean.TRUE.equals(done);
    }

    @ApplicationModuleListener
    void on(ReportEscalated escalated) {
        facts(escalated.report()).map(this::placed).ifPresent(correlations::correlate);
    }

    /** The facts with the nearest registered site, when they name none but give a position close to one. */
    public CorrelationFacts placed(CorrelationFacts facts) {
        if (facts.site() != null || !facts.hasPosition()) {
            return facts;
        }
        GeoPoint seen = new GeoPoint(facts.latitude(), facts.longitude());
        Optional<SitesInZone.Located> nearest = sitesInZone.locatedInside(Zone.circle(seen, SITE_REACH_METRES)).stream()
                .min(Comparator.comparingDouble(site -> site.position().distanceMetres(seen)));
        if (nearest.isEmpty()) {
            return facts;
        }
        Optional<Site> site = sites.findById(nearest.get().id());
        if (site.isEmpty()) {
            return facts;
        }
        return new CorrelationFacts(
                facts.report(),
                facts.observedAt(),
                facts.latitude(),
                facts.longitude(),
                site.get().id(),
                facts.sector() != null ? facts.sector() : site.get().details().sectorCode(),
                facts.category(),
                facts.plates(),
                facts.phones(),
                facts.handles());
    }

    /** The references of these reports, by id, to name them in lists and graphs; reports no longer stored are left out. */
    public Map<UUID, String> references(Collection<UUID> reports) {
        if (reports.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select id, reference from report where id in (:ids)")
                .param("ids", List.copyOf(reports))
                .query((rs, row) -> Map.entry(rs.getObject("id", UUID.class), rs.getString("reference")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** What correlation needs of a stored report; empty when it is no longer stored (merged away or purged). */
    Optional<CorrelationFacts> facts(UUID report) {
        Optional<Seen> seen = jdbc.sql("select observed_at, received_at, latitude, longitude, site_id, sector_code,"
                        + " category_code from report where id = ?")
                .param(report)
                .query((rs, row) -> {
                    OffsetDateTime observed = rs.getObject("observed_at", OffsetDateTime.class);
                    double latitude = rs.getDouble("latitude");
                    boolean placed = !rs.wasNull();
                    double longitude = rs.getDouble("longitude");
                    return new Seen(
                            (observed != null ? observed : rs.getObject("received_at", OffsetDateTime.class))
                                    .toInstant(),
                            placed ? latitude : null,
                            placed ? longitude : null,
                            rs.getObject("site_id", UUID.class),
                            rs.getString("sector_code"),
                            rs.getString("category_code"));
                })
                .optional();
        return seen.map(at -> new CorrelationFacts(
                report,
                at.at(),
                at.latitude(),
                at.longitude(),
                at.site(),
                at.sector(),
                at.category(),
                jdbc.sql("select plate from report_vehicle where report_id = ? and plate is not null order by position")
                        .param(report)
                        .query(String.class)
                        .list(),
                jdbc.sql("select phone_number from report_phone where report_id = ? order by position")
                        .param(report)
                        .query(String.class)
                        .list(),
                jdbc.sql("select platform, handle from report_handle where report_id = ? order by position")
                        .param(report)
                        .query((rs, n) -> new CorrelationFacts.Handle(rs.getString("platform"), rs.getString("handle")))
                        .list()));
    }

    /** When and where a report's activity was seen, and what it is about. */
    private record Seen(
            Instant at,
            @Nullable Double latitude,
            @Nullable Double longitude,
            @Nullable UUID site,
            @Nullable String sector,
            @Nullable String category) {}
}
