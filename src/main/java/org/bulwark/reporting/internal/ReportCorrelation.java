package org.bulwark.reporting.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bulwark.reporting.ReportEscalated;
import org.bulwark.reporting.ReportSubmitted;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Links each new report to the related ones once it is stored, and again when triage settles its behaviour category
 * (which can add links to reports of the same category across a sector). Runs after the report's commit, and is
 * delivered again after a crash until it has run: correlating a report twice gives the same links.
 */
@Component
public class ReportCorrelation {

    private final JdbcClient jdbc;
    private final Correlations correlations;

    ReportCorrelation(JdbcClient jdbc, Correlations correlations) {
        this.jdbc = jdbc;
        this.correlations = correlations;
    }

    @ApplicationModuleListener
    void on(ReportSubmitted submitted) {
        facts(submitted.report()).ifPresent(correlations::correlate);
    }

    @ApplicationModuleListener
    void on(ReportEscalated escalated) {
        facts(escalated.report()).ifPresent(correlations::correlate);
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
