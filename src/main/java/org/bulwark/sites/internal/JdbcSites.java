package org.bulwark.sites.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.bulwark.geo.GeoPoint;
import org.bulwark.partners.PartnerDirectory;
import org.bulwark.partners.Sector;
import org.bulwark.sites.Site;
import org.bulwark.sites.SiteContact;
import org.bulwark.sites.SiteDetails;
import org.bulwark.sites.SiteProfile;
import org.bulwark.sites.Sites;
import org.bulwark.sites.Tier;
import org.bulwark.sites.UseType;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;

/**
 * The site table. Reads for a person take a {@link SiteAccess} and apply its scope in SQL; the {@link Sites}
 * methods act for the system.
 */
@Repository
@Transactional(readOnly = true)
public class JdbcSites implements Sites {

    static final String INSERT = "insert into site (id, name, address, latitude, longitude, h3_cell, sector_code,"
            + " use_type, capacity, tier, organisation_id, contact_name, contact_phone, contact_email, opening_hours,"
            + " created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final RowMapper<Site> SITE = JdbcSites::site;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final PartnerDirectory partners;
    private final TierRules tierRules;
    private final ApplicationEventPublisher events;
    private final SiteCells cells;
    private final Clock clock;
    private final int batchSize;

    public JdbcSites(
            JdbcClient jdbc,
            JdbcTemplate template,
            PartnerDirectory partners,
            TierRules tierRules,
            ApplicationEventPublisher events,
            SiteCells cells,
            SitesSettings settings) {
        this.jdbc = jdbc;
        this.template = template;
        this.partners = partners;
        this.tierRules = tierRules;
        this.events = events;
        this.cells = cells;
        this.clock = Clock.systemUTC();
        this.batchSize = Math.max(1, settings.imports().batchSize());
    }

    @Override
    public Optional<Site> findById(UUID id) {
        Assert.notNull(id, "id must not be null");
        return jdbc.sql("select * from site where id = ?").param(id).query(SITE).optional();
    }

    @Override
    public List<Site> findAllById(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Site> sites = new ArrayList<>(ids.size());
        List<UUID> all = List.copyOf(new HashSet<>(ids));
        for (int from = 0; from < all.size(); from += 1000) {
            sites.addAll(jdbc.sql("select * from site where id in (:ids)")
                    .param("ids", all.subList(from, Math.min(all.size(), from + 1000)))
                    .query(SITE)
                    .list());
        }
        return sites;
    }

    @Override
    public Set<UUID> organisationsOperatingSites(@Nullable String sectorCode) {
        String sql = "select distinct organisation_id from site where organisation_id is not null";
        List<UUID> ids = sectorCode == null
                ? jdbc.sql(sql).query(UUID.class).list()
                : jdbc.sql(sql + " and sector_code = ?")
                        .param(sectorCode)
                        .query(UUID.class)
                        .list();
        return Set.copyOf(ids);
    }

    @Override
    public long count() {
        return jdbc.sql("select count(*) from site").query(Long.class).single();
    }

    @Override
    @Transactional
    public Site register(SiteDetails details) {
        requireKnown(details, knownSectors());
        Site site = Site.register(details, tierRules.tierOf(details.useType(), details.capacity()), clock.instant());
        insert(site);
        return site;
    }

    @Override
    @Transactional
    public List<UUID> registerAll(List<SiteDetails> details) {
        Set<String> sectors = knownSectors();
        Set<UUID> organisations = new HashSet<>(partners.namesOf(details.stream()
                        .map(SiteDetails::organisationId)
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .toList())
                .keySet());
        for (int i = 0; i < details.size(); i++) {
            SiteDetails one = details.get(i);
            if (!sectors.contains(one.sectorCode())) {
                throw new IllegalArgumentException(
                        "site " + (i + 1) + " (" + one.name() + "): unknown sector '" + one.sectorCode() + "'");
            }
            if (one.organisationId() != null && !organisations.contains(one.organisationId())) {
                throw new IllegalArgumentException(
                        "site " + (i + 1) + " (" + one.name() + "): unknown organisation " + one.organisationId());
            }
        }
        return insertAll(details, saved -> {});
    }

    @Override
    public List<SiteProfile> profiles(@Nullable UUID organisationId) {
        String sql = "select id, name, sector_code, use_type, tier, organisation_id, latitude, longitude from site"
                + (organisationId == null ? "" : " where organisation_id = ?")
                + " order by name, id";
        var statement = jdbc.sql(sql);
        if (organisationId != null) {
            statement = statement.param(organisationId);
        }
        return statement
                .query((rs, row) -> new SiteProfile(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getString("sector_code"),
                        useType(rs.getString("use_type")),
                        Tier.valueOf(rs.getString("tier")),
                        rs.getObject("organisation_id", UUID.class),
                        new GeoPoint(rs.getDouble("latitude"), rs.getDouble("longitude"))))
                .list();
    }

    @Override
    public Tier tierOf(UseType useType, int capacity) {
        return tierRules.tierOf(useType, capacity);
    }

    /** Inserts already checked sites in batches, reporting how many are saved after each batch. */
    @Transactional
    public List<UUID> insertAll(List<SiteDetails> details, IntConsumer progress) {
        Instant now = clock.instant();
        List<Site> sites = new ArrayList<>(details.size());
        for (SiteDetails one : details) {
            sites.add(Site.register(one, tierRules.tierOf(one.useType(), one.capacity()), now));
        }
        for (int from = 0; from < sites.size(); from += batchSize) {
            List<Site> batch = sites.subList(from, Math.min(sites.size(), from + batchSize));
            template.batchUpdate(INSERT, batch, batch.size(), JdbcSites::bind);
            cells.added(batch.stream().map(JdbcSites::entry).toList());
            progress.accept(from + batch.size());
        }
        List<UUID> ids = new ArrayList<>(sites.size());
        for (Site site : sites) {
            publish(site);
            ids.add(site.id());
        }
        return ids;
    }

    @Transactional
    public void insert(Site site) {
        template.update(INSERT, statement -> bind(statement, site));
        cells.added(List.of(entry(site)));
        publish(site);
    }

    /** Stores a changed site if it is still at the version it was read at and, for operators, still theirs. */
    @Transactional
    public void update(Site site, SiteAccess access) {
        SiteDetails d = site.details();
        GeoPoint point = d.location();
        GeoPoint stored = storedPosition(site.id());
        String sql = "update site set name = :name, address = :address, latitude = :latitude, longitude = :longitude,"
                + " h3_cell = :cell, sector_code = :sector, use_type = :useType, capacity = :capacity, tier = :tier,"
                + " organisation_id = :organisation, contact_name = :contactName, contact_phone = :contactPhone,"
                + " contact_email = :contactEmail, opening_hours = :openingHours, updated_at = :updatedAt,"
                + " version = version + 1 where id = :id and version = :version"
                + (access.limitedToOwnOrganisation() ? " and organisation_id = :own" : "");
        int rows = jdbc.sql(sql)
                .param("name", d.name())
                .param("address", d.address())
                .param("latitude", point.latitude())
                .param("longitude", point.longitude())
                .param("cell", site.h3Cell())
                .param("sector", d.sectorCode())
                .param("useType", d.useType().code())
                .param("capacity", d.capacity())
                .param("tier", site.tier().name())
                .param("organisation", d.organisationId(), Types.OTHER)
                .param("contactName", d.contact().name(), Types.VARCHAR)
                .param("contactPhone", d.contact().phone(), Types.VARCHAR)
                .param("contactEmail", d.contact().email(), Types.VARCHAR)
                .param("openingHours", d.openingHours(), Types.VARCHAR)
                .param("updatedAt", utc(site.updatedAt()))
                .param("id", site.id())
                .param("version", site.version())
                .param("own", access.ownOrganisation(), Types.OTHER)
                .update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("site " + site.id() + " was changed by someone else");
        }
        site.stored(site.version() + 1);
        if (stored != null) {
            cells.moved(site.id(), stored, point);
        }
        publish(site);
    }

    @Transactional
    public void delete(Site site) {
        site.remove(clock.instant());
        GeoPoint stored = storedPosition(site.id());
        if (stored != null) {
            jdbc.sql("delete from site where id = ?").param(site.id()).update();
            cells.removed(new SiteCells.Entry(site.id(), stored));
        }
        publish(site);
    }

    /** Where the stored site is, its row locked until the transaction ends; null if there is no such site. */
    private @Nullable GeoPoint storedPosition(UUID id) {
        return jdbc.sql("select latitude, longitude from site where id = ? for update")
                .param(id)
                .query((rs, row) -> new GeoPoint(rs.getDouble("latitude"), rs.getDouble("longitude")))
                .optional()
                .orElse(null);
    }

    private static SiteCells.Entry entry(Site site) {
        return new SiteCells.Entry(site.id(), site.details().location());
    }

    /** The site if it exists and the person may read it. */
    public Optional<Site> findVisible(UUID id, SiteAccess access) {
        if (!access.canRead()) {
            return Optional.empty();
        }
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        String sql = "select * from site s where s.id = :id" + scope(access, params);
        return jdbc.sql(sql).params(params).query(SITE).optional();
    }

    /** One page of the sites the person may read that match the filter, ordered as asked. */
    public SitePage search(SiteFilter filter, SiteAccess access, int page, int size, SiteOrder order) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, access, params);
        long total = jdbc.sql("select count(*) from site s" + where)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<Site> sites = jdbc.sql("select * from site s" + where + " order by " + order.sql
                        + ", s.id limit :limit offset :offset")
                .params(params)
                .query(SITE)
                .list();
        Map<UUID, String> names = partners.namesOf(sites.stream()
                .map(site -> site.details().organisationId())
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList());
        return new SitePage(sites, names, page, size, total);
    }

    /** Up to {@code limit} markers of the sites the person may read that match the filter. */
    public List<Marker> markers(SiteFilter filter, SiteAccess access, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, access, params);
        params.put("limit", limit);
        return jdbc.sql("select s.id, s.name, s.latitude, s.longitude, s.tier, s.use_type, s.sector_code, s.capacity"
                        + " from site s" + where + " order by s.capacity desc, s.id limit :limit")
                .params(params)
                .query((rs, row) -> new Marker(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getDouble("latitude"),
                        rs.getDouble("longitude"),
                        Tier.valueOf(rs.getString("tier")),
                        useType(rs.getString("use_type")),
                        rs.getString("sector_code"),
                        rs.getInt("capacity")))
                .list();
    }

    /** Counts of the readable sites by tier, for the map legend and the home page. */
    public Map<Tier, Long> countByTier(SiteAccess access) {
        Map<String, Object> params = new HashMap<>();
        String where = where(SiteFilter.ALL, access, params);
        Map<Tier, Long> counts = new java.util.EnumMap<>(Tier.class);
        for (Tier tier : Tier.values()) {
            counts.put(tier, 0L);
        }
        jdbc.sql("select s.tier, count(*) as n from site s" + where + " group by s.tier")
                .params(params)
                .query(rs -> {
                    counts.put(Tier.valueOf(rs.getString("tier")), rs.getLong("n"));
                });
        return counts;
    }

    /** A site on the map. */
    public record Marker(
            UUID id,
            String name,
            double latitude,
            double longitude,
            Tier tier,
            UseType useType,
            String sector,
            int capacity) {}

    /** The orders the list offers. */
    public enum SiteOrder {
        NAME("s.name"),
        CAPACITY("s.capacity desc"),
        UPDATED("s.updated_at desc");

        final String sql;

        SiteOrder(String sql) {
            this.sql = sql;
        }

        public static SiteOrder parse(@Nullable String value) {
            for (SiteOrder order : values()) {
                if (order.name().equalsIgnoreCase(value == null ? "" : value.strip())) {
                    return order;
                }
            }
            return NAME;
        }
    }

    private static String where(SiteFilter filter, SiteAccess access, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder(" where 1 = 1");
        if (!access.canRead()) {
            sql.append(" and 1 = 0");
        }
        sql.append(scope(access, params));
        if (filter.text() != null && !filter.text().isBlank()) {
            params.put("text", "%" + likeEscaped(filter.text().strip().toLowerCase(Locale.ROOT)) + "%");
            sql.append(" and (lower(s.name) like :text or lower(s.address) like :text)");
        }
        if (filter.sector() != null && !filter.sector().isBlank()) {
            params.put("sector", filter.sector());
            sql.append(" and s.sector_code = :sector");
        }
        if (filter.tier() != null) {
            params.put("tier", filter.tier().name());
            sql.append(" and s.tier = :tier");
        }
        if (filter.useType() != null) {
            params.put("useType", filter.useType().code());
            sql.append(" and s.use_type = :useType");
        }
        if (filter.organisation() != null) {
            params.put("organisation", filter.organisation());
            sql.append(" and s.organisation_id = :organisation");
        }
        SiteFilter.BoundingBox box = filter.box();
        if (box != null) {
            params.put("south", box.south());
            params.put("north", box.north());
            params.put("west", box.west());
            params.put("east", box.east());
            sql.append(" and s.latitude between :south and :north");
            sql.append(
                    box.west() <= box.east()
                            ? " and s.longitude between :west and :east"
                            : " and (s.longitude >= :west or s.longitude <= :east)");
        }
        return sql.toString();
    }

    private static String scope(SiteAccess access, Map<String, Object> params) {
        if (!access.limitedToOwnOrganisation()) {
            return "";
        }
        if (access.ownOrganisation() == null) {
            return " and 1 = 0";
        }
        params.put("own", access.ownOrganisation());
        return " and s.organisation_id = :own";
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private void publish(Site site) {
        for (Object event : site.events()) {
            events.publishEvent(event);
        }
        site.clearEvents();
    }

    private Set<String> knownSectors() {
        Set<String> codes = new HashSet<>();
        for (Sector sector : partners.sectors()) {
            codes.add(sector.code());
        }
        return codes;
    }

    private void requireKnown(SiteDetails details, Set<String> sectors) {
        if (!sectors.contains(details.sectorCode())) {
            throw new IllegalArgumentException("unknown sector '" + details.sectorCode() + "'");
        }
        if (details.organisationId() != null
                && partners.organisation(details.organisationId()).isEmpty()) {
            throw new IllegalArgumentException("unknown organisation " + details.organisationId());
        }
    }

    private static void bind(PreparedStatement statement, Site site) throws SQLException {
        SiteDetails d = site.details();
        statement.setObject(1, site.id());
        statement.setString(2, d.name());
        statement.setString(3, d.address());
        statement.setDouble(4, d.location().latitude());
        statement.setDouble(5, d.location().longitude());
        statement.setLong(6, site.h3Cell());
        statement.setString(7, d.sectorCode());
        statement.setString(8, d.useType().code());
        statement.setInt(9, d.capacity());
        statement.setString(10, site.tier().name());
        if (d.organisationId() == null) {
            statement.setNull(11, Types.OTHER);
        } else {
            statement.setObject(11, d.organisationId());
        }
        statement.setString(12, d.contact().name());
        statement.setString(13, d.contact().phone());
        statement.setString(14, d.contact().email());
        statement.setString(15, d.openingHours());
        statement.setObject(16, utc(site.createdAt()));
        statement.setObject(17, utc(site.updatedAt()));
        statement.setLong(18, site.version());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Site site(ResultSet rs, int row) throws SQLException {
        SiteDetails details = new SiteDetails(
                rs.getString("name"),
                rs.getString("address"),
                new GeoPoint(rs.getDouble("latitude"), rs.getDouble("longitude")),
                rs.getString("sector_code"),
                useType(rs.getString("use_type")),
                rs.getInt("capacity"),
                rs.getObject("organisation_id", UUID.class),
                new SiteContact(
                        rs.getString("contact_name"), rs.getString("contact_phone"), rs.getString("contact_email")),
                rs.getString("opening_hours"));
        return Site.restore(
                rs.getObject("id", UUID.class),
                details,
                Tier.valueOf(rs.getString("tier")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
                rs.getLong("version"));
    }

    private static UseType useType(String code) {
        UseType type = UseType.parse(code);
        return type == null ? UseType.OTHER : type;
    }
}
