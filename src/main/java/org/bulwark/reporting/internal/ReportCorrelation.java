package org.bulwark.reporting.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bulwark.geo.GeoPoint;
import org.bulwark.geo.Zone;
import org.bulwark.reporting.ReportEscalated;
import org.bulwark.reporting.ReportSubmitted;
import org.bulwark.sites.Site;
import org.bulwark.sites.Sites;
import org.bulwark.sites.SitesInZone;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Links each new report to the related ones once it is stored, and again when triage settles its behaviour category
 * (which can add links to reports of the same category across a sector). Runs after the report's commit, and is
 * delivered again after a crash until it has run: correlating a report twice gives the same links.
 *
 * <p>A report placed by coordinates alone, as the public's are, counts as a report about the registered site nearest
 * to them within {@value #SITE_REACH_METRES} metres, if any: so that what a passer-by saw at a hotel's door meets
 * what the hotel's staff and other hotels reported.
 */
@Component
public class ReportCorrelation {

    static final double SITE_REACH_METRES = 100;

    private final JdbcClient jdbc;
    private final Correlations correlations;
    private final SitesInZone sitesInZone;
    private final Sites sites;

    ReportCorrelation(JdbcClient jdbc, Correlations correlations, SitesInZone sitesInZone, Sites sites) {
        this.jdbc = jdbc;
        this.correlations = correlations;
        this.sitesInZone = sitesInZone;
        this.sites = sites;
    }

    @ApplicationModuleListener
    void on(ReportSubmitted submitted) {
        facts(submitted.report()).map(this::placed).ifPresent(correlations::correlate);
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
        Map<UUID, String> references = new LinkedHashMap<>();
        if (reports.isEmpty()) {
            return references;
        }
        jdbc.sql("select id, reference from report where id in (:ids)")
                .param("ids", List.copyOf(reports))
                .query((rs, row) -> references.put(rs.getObject("id", UUID.class), rs.getString("reference")))
                .list();
        return references;
    }

    /** What correlation needs of a stored report; empty when it is no longer stored (merged away or purged). */
    Optional<CorrelationFacts> facts(UUID report) {
        return jdbc.sql("select id, observed_at, received_at, latitude, longitude, site_id, sector_code, category_code"
                        + " from report where id = ?")
                .param(report)
                .query((rs, row) -> {
                    OffsetDateTime observed = rs.getObject("observed_at", OffsetDateTime.class);
                    Instant at = observed != null
                            ? observed.toInstant()
                            : rs.getObject("received_at", OffsetDateTime.class).toInstant();
                    double latitude = rs.getDouble("latitude");
                    boolean placed = !rs.wasNull();
                    double longitude = rs.getDouble("longitude");
                    return new CorrelationFacts(
                            report,
                            at,
                            placed ? latitude : null,
                            placed ? longitude : null,
                            rs.getObject("site_id", UUID.class),
                            rs.getString("sector_code"),
                            rs.getString("category_code"),
                            jdbc.sql("select plate from report_vehicle where report_id = ? and plate is not null"
                                            + " order by position")
                                    .param(report)
                                    .query(String.class)
                                    .list(),
                            jdbc.sql("select phone_number from report_phone where report_id = ? order by position")
                                    .param(report)
                                    .query(String.class)
                                    .list(),
                            jdbc.sql("select platform, handle from report_handle where report_id = ? order by position")
                                    .param(report)
                                    .query((h, n) ->
                                            new CorrelationFacts.Handle(h.getString("platform"), h.getString("handle")))
                                    .list());
                })
                .optional();
    }
}
