package org.bulwark.sites;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.bulwark.geo.CellRange;
import org.bulwark.geo.GeoCells;
import org.bulwark.geo.GeoPoint;
import org.bulwark.geo.Zone;
import org.bulwark.geo.ZoneCover;
import org.bulwark.sites.internal.SiteCells;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;

/**
 * Answers which sites are inside a zone from their H3 cells: the zone's cell cover becomes a short list of index
 * ranges joined against the primary key of {@code site_cell}, which packs the sites of each cell into one row (one
 * index range scan per range on H2 and PostgreSQL alike); sites in inner cells are inside as they are, sites in
 * border cells pass the exact {@link Zone#contains(GeoPoint)} test. The answer is always the same as testing every
 * site exactly.
 */
@Component
public class SitesInZone {

    /** Ranges per statement: keeps the number of bind parameters far below every driver's limit. */
    private static final int RANGES_PER_QUERY = 1_000;

    /** Range lists are padded to a multiple of this, so that statements repeat and their plans are reused. */
    private static final int RANGE_BUCKET = 16;

    private final JdbcClient jdbc;
    private final boolean postgres;

    /**
     * @param jdbc must not be null
     * @param dataSource the database behind {@code jdbc}; must not be null
     */
    public SitesInZone(JdbcClient jdbc, DataSource dataSource) {
        Assert.notNull(jdbc, "jdbc must not be null");
        this.jdbc = jdbc;
        this.postgres = isPostgres(dataSource);
    }

    /**
     * A site found in a zone.
     *
     * @param id the site's identifier
     * @param name the site's name
     * @param position where the site is
     */
    public record Located(UUID id, String name, GeoPoint position) {}

    /**
     * The identifiers of the sites inside a zone, boundary included.
     *
     * @param zone must not be null
     * @return never null, in no particular order
     */
    @Transactional(readOnly = true)
    public List<UUID> inside(Zone zone) {
        ZoneCover cover = coverFor(zone);
        List<UUID> ids = new ArrayList<>();
        // a site_cell row packs every site of one cell: inner cells are inside as they are, border sites are tested
        forEachRow(
                cover.inner(),
                "site_cell",
                "s.sites",
                rs -> SiteCells.forEach(rs.getBytes("sites"), (id, latitude, longitude) -> ids.add(id)));
        forEachRow(
                cover.border(),
                "site_cell",
                "s.sites",
                rs -> SiteCells.forEach(rs.getBytes("sites"), (id, latitude, longitude) -> {
                    if (zone.contains(new GeoPoint(latitude, longitude))) {
                        ids.add(id);
                    }
                }));
        return ids;
    }

    /**
     * The sites inside a zone, boundary included, with their name and position.
     *
     * @param zone must not be null
     * @return never null, ordered by name
     */
    @Transactional(readOnly = true)
    public List<Located> locatedInside(Zone zone) {
        ZoneCover cover = coverFor(zone);
        List<Located> sites = new ArrayList<>();
        String columns = "s.id, s.name, s.latitude, s.longitude";
        forEachRow(cover.inner(), "site", columns, rs -> sites.add(located(rs)));
        forEachRow(cover.border(), "site", columns, rs -> {
            Located site = located(rs);
            if (zone.contains(site.position())) {
                sites.add(site);
            }
        });
        sites.sort(Comparator.comparing(Located::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Located::id));
        return sites;
    }

    private ZoneCover coverFor(Zone zone) {
        Assert.notNull(zone, "zone must not be null");
        if (postgres) {
            // PostgreSQL cannot estimate a join on ranges, guesses a ninth of the table per range and then spends
            // longer compiling the query (JIT) than running it; this is a short indexed lookup
            jdbc.sql("set local jit = off").update();
        }
        return GeoCells.cover(zone);
    }

    private static Located located(ResultSet rs) throws SQLException {
        return new Located(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                new GeoPoint(rs.getDouble("latitude"), rs.getDouble("longitude")));
    }

    private void forEachRow(List<CellRange> ranges, String table, String columns, RowCallbackHandler row) {
        for (int from = 0; from < ranges.size(); from += RANGES_PER_QUERY) {
            List<CellRange> chunk = ranges.subList(from, Math.min(ranges.size(), from + RANGES_PER_QUERY));
            // a few statement shapes rather than one per range count, so that prepared statements are reused
            int rows = (chunk.size() + RANGE_BUCKET - 1) / RANGE_BUCKET * RANGE_BUCKET;
            List<Object> bounds = new ArrayList<>(rows * 2);
            for (int i = 0; i < rows; i++) {
                // padding rows are empty ranges (first > last): they match nothing
                bounds.add(i < chunk.size() ? chunk.get(i).first() : 0L);
                bounds.add(i < chunk.size() ? chunk.get(i).last() : -1L);
            }
            jdbc.sql(candidatesSql(rows, table, columns)).params(bounds).query(row);
        }
    }

    private static String candidatesSql(int rows, String table, String columns) {
        StringBuilder sql = new StringBuilder("select ")
                .append(columns)
                .append(" from (values (cast(? as bigint), cast(? as bigint))");
        for (int i = 1; i < rows; i++) {
            sql.append(", (?, ?)");
        }
        return sql.append(") as r(first_cell, last_cell) join ")
                .append(table)
                .append(" s on s.h3_cell between r.first_cell and r.last_cell")
                .toString();
    }

    private static boolean isPostgres(DataSource dataSource) {
        Assert.notNull(dataSource, "dataSource must not be null");
        try {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
            return product.toLowerCase(Locale.ROOT).contains("postgres");
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("cannot tell which database holds the sites", e);
        }
    }
}
