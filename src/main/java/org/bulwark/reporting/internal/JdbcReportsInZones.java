package org.bulwark.reporting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bulwark.geo.GeoPoint;
import org.bulwark.geo.Zone;
import org.bulwark.identity.Reader;
import org.bulwark.reporting.LocatedReport;
import org.bulwark.reporting.ReportState;
import org.bulwark.reporting.ReportsInZones;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;

/**
 * Reports by place. The window asked for is short (the hours of an incident), so the reports received in it with a
 * place are read by their time and tested against the zones exactly.
 */
@Service
@Transactional(readOnly = true)
class JdbcReportsInZones implements ReportsInZones {

    // reports tested per call; an area with more reports in the window shows the newest
    private static final int SCANNED = 5_000;

    private final JdbcClient jdbc;
    private final ReportAccess access;

    JdbcReportsInZones(JdbcClient jdbc, ReportAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    @Override
    public List<LocatedReport> inside(Reader reader, Collection<Zone> zones, Instant since, int limit) {
        Assert.notNull(reader, "reader must not be null");
        Assert.notNull(zones, "zones must not be null");
        Assert.notNull(since, "since must not be null");
        Assert.isTrue(limit >= 1 && limit <= MAX, "limit must be between 1 and " + MAX);
        if (zones.isEmpty() || !access.mayRead(reader)) {
            return List.of();
        }
        ReportAccess.Condition condition = access.readCondition(reader, "r");
        Map<String, Object> params = new HashMap<>(condition.params());
        params.put("since", since.atOffset(ZoneOffset.UTC));
        params.put("scanned", SCANNED);
        List<LocatedReport> found = new ArrayList<>();
        jdbc
                .sql("select r.id, r.reference, r.state, r.received_at, r.category_code, r.latitude, r.longitude"
                        + " from report r where " + condition.sql() + " and r.merged_into is null"
                        + " and r.latitude is not null and r.received_at >= :since"
                        + " order by r.received_at desc limit :scanned")
                .params(params)
                .query((rs, n) -> located(rs))
                .list()
                .stream()
                .filter(report -> zones.stream().anyMatch(zone -> zone.contains(report.position())))
                .limit(limit)
                .forEach(found::add);
        return found;
    }

    @Override
    public List<LocatedReport> placedSince(Instant since, int limit) {
        Assert.notNull(since, "since must not be null");
        Assert.isTrue(limit >= 1 && limit <= MAX, "limit must lie between 1 and " + MAX);
        return jdbc.sql("select r.id, r.reference, r.state, r.received_at, r.category_code, r.latitude, r.longitude"
                        + " from report r where r.received_at >= ? and r.latitude is not null"
                        + " order by r.received_at limit ?")
                .params(since.atOffset(ZoneOffset.UTC), limit)
                .query((rs, n) -> located(rs))
                .list();
    }

    private static LocatedReport located(ResultSet rs) throws SQLException {
        return new LocatedReport(
                rs.getObject("id", UUID.class),
                rs.getString("reference"),
                ReportState.valueOf(rs.getString("state")),
                rs.getObject("received_at", OffsetDateTime.class).toInstant(),
                rs.getString("category_code"),
                new GeoPoint(rs.getDouble("latitude"), rs.getDouble("longitude")));
    }
}
