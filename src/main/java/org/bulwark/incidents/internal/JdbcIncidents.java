package org.bulwark.incidents.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bulwark.geo.GeoJson;
import org.bulwark.geo.Zone;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Readers;
import org.bulwark.identity.Role;
import org.bulwark.incidents.ActiveZone;
import org.bulwark.incidents.AffectedSite;
import org.bulwark.incidents.Incident;
import org.bulwark.incidents.IncidentChangeRefused;
import org.bulwark.incidents.IncidentClosed;
import org.bulwark.incidents.IncidentDeclared;
import org.bulwark.incidents.IncidentDraft;
import org.bulwark.incidents.IncidentNotFound;
import org.bulwark.incidents.IncidentStatus;
import org.bulwark.incidents.IncidentZone;
import org.bulwark.incidents.Incidents;
import org.bulwark.incidents.IncidentsNotPermitted;
import org.bulwark.incidents.InvalidIncident;
import org.bulwark.incidents.TimelineEntry;
import org.bulwark.incidents.ZoneChanged;
import org.bulwark.incidents.ZoneDraft;
import org.bulwark.incidents.ZoneKind;
import org.bulwark.risk.AttackMethods;
import org.bulwark.sites.Site;
import org.bulwark.sites.Sites;
import org.bulwark.sites.SitesInZone;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;

/**
 * Incidents in the database. Affected sites are stored per zone and replaced in the transaction that draws or
 * redraws the zone, so that they always match the zones stored, whatever their validity period; whether a zone
 * applies is worked out when the sites are read.
 */
@Service
@Transactional
class JdbcIncidents implements Incidents {

    /** The most zones one incident may have; more would be unreadable on a map. */
    static final int MAX_ZONES = 20;

    static final int MAX_PLACE = 200;

    private static final int INSERT_BATCH = 1000;

    private static final Set<Role> READ_ALL = Set.of(Role.COORDINATOR, Role.ANALYST, Role.ADVISOR);

    private static final Set<Role> READ_ACTIVE_ZONES =
            Set.of(Role.COORDINATOR, Role.ANALYST, Role.ADVISOR, Role.INTEGRATION);

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final SitesInZone sitesInZone;
    private final Sites sites;
    private final AttackMethods methods;
    private final Readers readers;
    private final ApplicationEventPublisher events;
    private final ZoneWebhooks zoneWebhooks;
    private final RollCallSettings rollCallSettings;
    private final ZoneLimits limits;
    private final Clock clock = Clock.systemUTC();

    JdbcIncidents(
            JdbcClient jdbc,
            JdbcTemplate batches,
            SitesInZone sitesInZone,
            Sites sites,
            AttackMethods methods,
            Readers readers,
            ApplicationEventPublisher events,
            ZoneWebhooks zoneWebhooks,
            RollCallSettings rollCallSettings,
            ZoneLimits limits) {
        this.limits = limits;
        this.jdbc = jdbc;
        this.batches = batches;
        this.sitesInZone = sitesInZone;
        this.sites = sites;
        this.methods = methods;
        this.readers = readers;
        this.events = events;
        this.zoneWebhooks = zoneWebhooks;
        this.rollCallSettings = rollCallSettings;
    }

    @Override
    public Incident declare(IncidentDraft draft, BulwarkUser coordinator) {
        Assert.notNull(draft, "draft must not be null");
        onlyCoordinatorsChangeIncidents(coordinator);
        List<InvalidIncident.Problem> problems = new ArrayList<>();
        String type = draft.type() == null ? "" : draft.type().strip();
        if (type.isEmpty()) {
            problems.add(new InvalidIncident.Problem("type", "is required: an attack method code or " + OTHER));
        } else if (!OTHER.equals(type) && !methods.isActive(type)) {
            problems.add(new InvalidIncident.Problem(
                    "type",
                    "'" + type + "' is not an attack method of the catalogue; use one of its codes or " + OTHER));
        }
        String place = draft.place() == null ? "" : draft.place().strip();
        if (place.isEmpty()) {
            problems.add(new InvalidIncident.Problem("place", "is required"));
        } else if (place.length() > MAX_PLACE) {
            problems.add(new InvalidIncident.Problem("place", "must be at most " + MAX_PLACE + " characters"));
        }
        if (draft.occurredAt() == null) {
            problems.add(new InvalidIncident.Problem("occurredAt", "is required"));
        }
        if (draft.zones().isEmpty()) {
            problems.add(new InvalidIncident.Problem("zones", "at least one zone is required"));
        } else if (draft.zones().size() > MAX_ZONES) {
            problems.add(new InvalidIncident.Problem("zones", "at most " + MAX_ZONES + " zones are allowed"));
        }
        List<Zone> zones = new ArrayList<>();
        for (int i = 0; i < draft.zones().size(); i++) {
            zones.add(check(draft.zones().get(i), "zones[" + i + "].", problems));
        }
        if (draft.event() != null && !eventExists(draft.event())) {
            problems.add(new InvalidIncident.Problem("event", "no major event " + draft.event()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidIncident(problems);
        }
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        jdbc.sql(
                        "insert into incident (id, incident_type, place, occurred_at, status, declared_by, declared_by_name,"
                                + " declared_at, escalation_wait_minutes, event_id) values (?, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?, ?)")
                .params(
                        id,
                        type,
                        place,
                        utc(draft.occurredAt()),
                        coordinator.accountId(),
                        coordinator.displayName(),
                        utc(now),
                        rollCallSettings.escalationWait().toMinutes(),
                        draft.event())
                .update();
        record(id, now, coordinator, TimelineEntry.What.DECLARED, null);
        for (int i = 0; i < zones.size(); i++) {
            insertZone(id, i, draft.zones().get(i), zones.get(i));
        }
        events.publishEvent(new IncidentDeclared(id));
        return load(id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Incident> list(BulwarkUser reader) {
        Access access = access(reader);
        List<UUID> ids = access.all()
                ? jdbc.sql("select id from incident").query(UUID.class).list()
                : jdbc.sql("select distinct incident_id from incident_affected_site where organisation_id = ?")
                        .param(access.organisation())
                        .query(UUID.class)
                        .list();
        return ids.stream()
                .map(this::load)
                .sorted(Comparator.comparing(Incident::isClosed)
                        .thenComparing(Incident::declaredAt, Comparator.reverseOrder()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Incident get(UUID id, BulwarkUser reader) {
        Assert.notNull(id, "id must not be null");
        mayRead(id, access(reader));
        return load(id);
    }

    @Override
    public IncidentZone addZone(UUID incident, ZoneDraft draft, BulwarkUser coordinator) {
        onlyCoordinatorsChangeIncidents(coordinator);
        Incident current = activeForUpdate(incident);
        if (current.zones().size() >= MAX_ZONES) {
            throw new InvalidIncident(
                    List.of(new InvalidIncident.Problem("zones", "at most " + MAX_ZONES + " zones are allowed")));
        }
        List<InvalidIncident.Problem> problems = new ArrayList<>();
        Zone zone = check(draft, "", problems);
        if (!problems.isEmpty()) {
            throw new InvalidIncident(problems);
        }
        UUID zoneId = insertZone(incident, current.zones().size(), draft, zone);
        record(incident, clock.instant(), coordinator, TimelineEntry.What.ZONE_ADDED, zoneId);
        return zoneOf(load(incident), zoneId);
    }

    @Override
    public IncidentZone redrawZone(
            UUID incident, UUID zone, ZoneDraft draft, @Nullable Long version, BulwarkUser coordinator) {
        onlyCoordinatorsChangeIncidents(coordinator);
        Incident current = activeForUpdate(incident);
        IncidentZone stored = zoneOf(current, zone);
        List<InvalidIncident.Problem> problems = new ArrayList<>();
        Zone drawn = check(draft, "", problems);
        if (!problems.isEmpty()) {
            throw new InvalidIncident(problems);
        }
        if (version != null && version != stored.version()) {
            throw new IncidentChangeRefused("the zone was redrawn meanwhile (version " + stored.version() + ", not "
                    + version + "); reload it and draw again");
        }
        jdbc.sql("update incident_zone set kind = ?, geojson = ?, valid_from = ?, valid_until = ?,"
                        + " version = version + 1, expiry_announced_at = null where id = ? and incident_id = ?")
                .params(
                        draft.kind().name(),
                        GeoJson.writeZone(drawn).toString(),
                        utc(draft.validFrom()),
                        draft.validUntil() == null ? null : utc(draft.validUntil()),
                        zone,
                        incident)
                .update();
        Map<UUID, OffsetDateTime> since = affectedSince(incident);
        jdbc.sql("delete from incident_affected_site where zone_id = ?")
                .param(zone)
                .update();
        storeAffectedSites(incident, zone, drawn, since);
        record(incident, clock.instant(), coordinator, TimelineEntry.What.ZONE_REDRAWN, zone);
        events.publishEvent(new ZoneChanged(incident, zone));
        IncidentZone redrawn = zoneOf(load(incident), zone);
        zoneWebhooks.changed(incident, redrawn, ZoneWebhooks.Change.REDRAWN);
        return redrawn;
    }

    @Override
    public Incident close(UUID incident, BulwarkUser coordinator) {
        onlyCoordinatorsChangeIncidents(coordinator);
        activeForUpdate(incident);
        Instant now = clock.instant();
        jdbc.sql("update incident set status = 'CLOSED', closed_at = ?, version = version + 1 where id = ?")
                .params(utc(now), incident)
                .update();
        record(incident, now, coordinator, TimelineEntry.What.CLOSED, null);
        events.publishEvent(new IncidentClosed(incident));
        Incident closed = load(incident);
        closed.zones().forEach(zone -> zoneWebhooks.changed(incident, zone, ZoneWebhooks.Change.CLOSED));
        return closed;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AffectedSite> affectedSites(UUID incident, BulwarkUser reader) {
        Access access = access(reader);
        mayRead(incident, access);
        Map<UUID, IncidentZone> zones = new HashMap<>();
        load(incident).zones().forEach(z -> zones.put(z.id(), z));
        Instant now = clock.instant();
        record Row(UUID zone, UUID site, @Nullable UUID organisation) {}
        List<Row> rows = jdbc
                .sql("select zone_id, site_id, organisation_id from incident_affected_site" + " where incident_id = ?")
                .param(incident)
                .query((rs, n) -> new Row(
                        rs.getObject("zone_id", UUID.class),
                        rs.getObject("site_id", UUID.class),
                        rs.getObject("organisation_id", UUID.class)))
                .list()
                .stream()
                .filter(row -> access.all() || access.organisation().equals(row.organisation()))
                .toList();
        Map<UUID, Site> found = new HashMap<>();
        sites.findAllById(rows.stream().map(Row::site).distinct().toList()).forEach(s -> found.put(s.id(), s));
        List<AffectedSite> affected = new ArrayList<>();
        for (Row row : rows) {
            Site site = found.get(row.site());
            // a site removed from the registry since is no longer affected
            if (site != null) {
                affected.add(new AffectedSite(
                        site.id(),
                        site.details().name(),
                        site.details().location(),
                        row.zone(),
                        zones.get(row.zone()).kind(),
                        zones.get(row.zone()).validityAt(now)));
            }
        }
        affected.sort(Comparator.comparing(AffectedSite::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(AffectedSite::site)
                .thenComparing(a -> a.kind().ordinal()));
        return affected;
    }

    @Override
    public Incident linkEvent(UUID incident, @Nullable UUID event, BulwarkUser coordinator) {
        onlyCoordinatorsChangeIncidents(coordinator);
        Assert.notNull(incident, "incident must not be null");
        List<UUID> current = jdbc.sql("select event_id from incident where id = ? for update")
                .param(incident)
                .query((rs, n) -> rs.getObject("event_id", UUID.class))
                .list();
        if (current.isEmpty()) {
            throw new IncidentNotFound(incident);
        }
        String name = null;
        if (event != null) {
            name = jdbc.sql("select name from major_event where id = ?")
                    .param(event)
                    .query(String.class)
                    .optional()
                    .orElseThrow(() -> new InvalidIncident(
                            List.of(new InvalidIncident.Problem("event", "no major event " + event))));
        }
        UUID before = current.get(0);
        if (event == null ? before == null : event.equals(before)) {
            return load(incident);
        }
        jdbc.sql("update incident set event_id = ?, version = version + 1 where id = ?")
                .params(event, incident)
                .update();
        if (event == null) {
            record(incident, clock.instant(), coordinator, TimelineEntry.What.EVENT_UNLINKED, null, null);
        } else {
            record(incident, clock.instant(), coordinator, TimelineEntry.What.EVENT_LINKED, null, name);
        }
        return load(incident);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Incident> linkedTo(UUID event, BulwarkUser reader) {
        Assert.notNull(event, "event must not be null");
        Access access = access(reader);
        List<UUID> ids = access.all()
                ? jdbc.sql("select id from incident where event_id = ?")
                        .param(event)
                        .query(UUID.class)
                        .list()
                : jdbc.sql("select distinct i.id from incident i join incident_affected_site a on a.incident_id = i.id"
                                + " where i.event_id = ? and a.organisation_id = ?")
                        .params(event, access.organisation())
                        .query(UUID.class)
                        .list();
        return ids.stream()
                .map(this::load)
                .sorted(Comparator.comparing(Incident::isClosed)
                        .thenComparing(Incident::declaredAt, Comparator.reverseOrder()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ActiveZone> activeZones(Instant at, BulwarkUser reader) {
        Assert.notNull(at, "at must not be null");
        Assert.notNull(reader, "reader must not be null");
        if (!READ_ACTIVE_ZONES.contains(reader.role())) {
            throw new IncidentsNotPermitted(
                    "the zone feed is for partner systems, coordinators, analysts and advisors");
        }
        return jdbc.sql("select z.incident_id, z.id, z.kind, z.geojson, z.valid_from, z.valid_until, z.version"
                        + " from incident_zone z join incident i on i.id = z.incident_id"
                        + " where i.status = 'ACTIVE' and z.valid_from <= ? and (z.valid_until is null or"
                        + " z.valid_until > ?) order by i.declared_at, i.id, z.position")
                .params(utc(at), utc(at))
                .query((rs, n) -> new ActiveZone(rs.getObject("incident_id", UUID.class), zone(rs)))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(UUID incident, BulwarkUser reader) {
        mayRead(incident, access(reader));
        return jdbc.sql(
                        "select happened_at, actor_name, what, zone_id, site_id, detail from incident_timeline where incident_id = ?"
                                + " order by happened_at, what")
                .param(incident)
                .query((rs, n) -> new TimelineEntry(
                        instant(rs, "happened_at"),
                        rs.getString("actor_name"),
                        TimelineEntry.What.valueOf(rs.getString("what")),
                        rs.getObject("zone_id", UUID.class),
                        rs.getObject("site_id", UUID.class),
                        rs.getString("detail")))
                .list();
    }

    private @Nullable Zone check(ZoneDraft draft, String prefix, List<InvalidIncident.Problem> problems) {
        if (draft == null) {
            problems.add(new InvalidIncident.Problem(prefix.isEmpty() ? "zone" : prefix, "is required"));
            return null;
        }
        if (draft.kind() == null) {
            problems.add(new InvalidIncident.Problem(prefix + "kind", "is required: CORDON, INNER, OUTER or AVOID"));
        }
        if (draft.validFrom() == null) {
            problems.add(new InvalidIncident.Problem(prefix + "validFrom", "is required"));
        } else if (draft.validUntil() != null && !draft.validUntil().isAfter(draft.validFrom())) {
            problems.add(new InvalidIncident.Problem(prefix + "validUntil", "must be after validFrom"));
        }
        if (draft.geoJson() == null || draft.geoJson().isBlank()) {
            problems.add(new InvalidIncident.Problem(prefix + "geometry", "is required"));
            return null;
        }
        Zone zone;
        try {
            zone = GeoJson.readZone(draft.geoJson());
        } catch (IllegalArgumentException e) {
            problems.add(new InvalidIncident.Problem(prefix + "geometry", e.getMessage()));
            return null;
        }
        String size = limits.problem(zone);
        if (size != null) {
            problems.add(new InvalidIncident.Problem(prefix + "geometry", size));
            return null;
        }
        return zone;
    }

    private boolean eventExists(UUID event) {
        return jdbc.sql("select count(*) from major_event where id = ?")
                        .param(event)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private UUID insertZone(UUID incident, int position, ZoneDraft draft, Zone zone) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into incident_zone (id, incident_id, position, kind, geojson, valid_from, valid_until)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        incident,
                        position,
                        draft.kind().name(),
                        GeoJson.writeZone(zone).toString(),
                        utc(draft.validFrom()),
                        draft.validUntil() == null ? null : utc(draft.validUntil()))
                .update();
        storeAffectedSites(incident, id, zone, affectedSince(incident));
        events.publishEvent(new ZoneChanged(incident, id));
        zoneWebhooks.changed(
                incident,
                new IncidentZone(id, draft.kind(), zone, draft.validFrom(), draft.validUntil(), 0),
                ZoneWebhooks.Change.ADDED);
        return id;
    }

    /**
     * Stores the sites inside a zone. A site already inside the incident keeps the time it first came in, from which
     * its roll-call wait counts.
     */
    private void storeAffectedSites(UUID incident, UUID zone, Zone drawn, Map<UUID, OffsetDateTime> since) {
        List<UUID> inside = sitesInZone.inside(drawn);
        List<Site> found = sites.findAllById(inside);
        OffsetDateTime now = utc(clock.instant());
        // a zone over a city centre holds thousands of sites: one statement per site would keep the declaration waiting
        batches.batchUpdate(
                "insert into incident_affected_site (incident_id, zone_id, site_id, organisation_id, affected_at)"
                        + " values (?, ?, ?, ?, ?)",
                found,
                INSERT_BATCH,
                (statement, site) -> {
                    statement.setObject(1, incident);
                    statement.setObject(2, zone);
                    statement.setObject(3, site.id());
                    statement.setObject(4, site.details().organisationId());
                    statement.setObject(5, since.getOrDefault(site.id(), now));
                });
    }

    /** When each site already inside the incident first came in. */
    private Map<UUID, OffsetDateTime> affectedSince(UUID incident) {
        Map<UUID, OffsetDateTime> since = new HashMap<>();
        jdbc.sql("select site_id, min(affected_at) as affected_at from incident_affected_site where incident_id = ?"
                        + " group by site_id")
                .param(incident)
                .query(rs -> {
                    since.put(rs.getObject("site_id", UUID.class), rs.getObject("affected_at", OffsetDateTime.class));
                });
        return since;
    }

    @Override
    @Transactional
    public void recordAlert(UUID incident, TimelineEntry.What what, String detail, BulwarkUser coordinator) {
        Assert.isTrue(
                EnumSet.of(
                                TimelineEntry.What.CAP_ISSUED,
                                TimelineEntry.What.CAP_UPDATED,
                                TimelineEntry.What.CAP_CANCELLED)
                        .contains(what),
                "only alerts in CAP are recorded from outside the incident");
        Assert.notNull(detail, "detail must not be null");
        onlyCoordinatorsChangeIncidents(coordinator);
        mayRead(incident, access(coordinator));
        record(incident, clock.instant(), coordinator, what, null, RollCallRecords.cut(detail.strip(), 2000));
    }

    private void record(UUID incident, Instant at, BulwarkUser actor, TimelineEntry.What what, @Nullable UUID zone) {
        record(incident, at, actor, what, zone, null);
    }

    private void record(
            UUID incident,
            Instant at,
            BulwarkUser actor,
            TimelineEntry.What what,
            @Nullable UUID zone,
            @Nullable String detail) {
        jdbc.sql("insert into incident_timeline (id, incident_id, happened_at, actor_id, actor_name, what, zone_id,"
                        + " detail) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        UUID.randomUUID(),
                        incident,
                        utc(at),
                        actor.accountId(),
                        actor.displayName(),
                        what.name(),
                        zone,
                        detail)
                .update();
    }

    /** The incident, locked against concurrent changes, as long as it is active. */
    private Incident activeForUpdate(UUID incident) {
        Assert.notNull(incident, "incident must not be null");
        List<String> status = jdbc.sql("select status from incident where id = ? for update")
                .param(incident)
                .query(String.class)
                .list();
        if (status.isEmpty()) {
            throw new IncidentNotFound(incident);
        }
        if (IncidentStatus.valueOf(status.get(0)) == IncidentStatus.CLOSED) {
            throw new IncidentChangeRefused("the incident is closed; its zones no longer change");
        }
        return load(incident);
    }

    private Incident load(UUID id) {
        List<IncidentZone> zones = jdbc.sql("select id, kind, geojson, valid_from, valid_until, version"
                        + " from incident_zone where incident_id = ? order by position")
                .param(id)
                .query((rs, n) -> zone(rs))
                .list();
        return jdbc.sql("select id, incident_type, place, occurred_at, status, declared_by_name, declared_at,"
                        + " closed_at, event_id from incident where id = ?")
                .param(id)
                .query((rs, n) -> new Incident(
                        rs.getObject("id", UUID.class),
                        rs.getString("incident_type"),
                        rs.getString("place"),
                        instant(rs, "occurred_at"),
                        IncidentStatus.valueOf(rs.getString("status")),
                        rs.getString("declared_by_name"),
                        instant(rs, "declared_at"),
                        nullableInstant(rs, "closed_at"),
                        zones,
                        rs.getObject("event_id", UUID.class)))
                .optional()
                .orElseThrow(() -> new IncidentNotFound(id));
    }

    private static IncidentZone zone(ResultSet rs) throws SQLException {
        return new IncidentZone(
                rs.getObject("id", UUID.class),
                ZoneKind.valueOf(rs.getString("kind")),
                GeoJson.readZone(rs.getString("geojson")),
                instant(rs, "valid_from"),
                nullableInstant(rs, "valid_until"),
                rs.getLong("version"));
    }

    private static IncidentZone zoneOf(Incident incident, UUID zone) {
        return incident.zones().stream()
                .filter(z -> z.id().equals(zone))
                .findFirst()
                .orElseThrow(() -> new IncidentNotFound(zone));
    }

    private static void onlyCoordinatorsChangeIncidents(BulwarkUser user) {
        Assert.notNull(user, "user must not be null");
        if (user.role() != Role.COORDINATOR) {
            throw new IncidentsNotPermitted("only coordinators declare, change and close incidents");
        }
    }

    /** Who may read what: everything, or the incidents around one organisation's sites. */
    private record Access(boolean all, @Nullable UUID organisation) {}

    private Access access(BulwarkUser user) {
        Assert.notNull(user, "user must not be null");
        if (READ_ALL.contains(user.role())) {
            return new Access(true, null);
        }
        if (user.role() == Role.OPERATOR) {
            UUID organisation = readers.reader(user.accountId(), user.role()).organisation();
            // an operator without an approved organisation has no sites, so no incident concerns them
            return new Access(false, organisation == null ? new UUID(0, 0) : organisation);
        }
        throw new IncidentsNotPermitted("incidents are for coordinators, analysts, advisors and operators");
    }

    private void mayRead(UUID incident, Access access) {
        boolean exists = access.all()
                ? jdbc.sql("select count(*) from incident where id = ?")
                                .param(incident)
                                .query(Long.class)
                                .single()
                        > 0
                : jdbc.sql("select count(*) from incident_affected_site where incident_id = ? and organisation_id = ?")
                                .params(incident, access.organisation())
                                .query(Long.class)
                                .single()
                        > 0;
        if (!exists) {
            throw new IncidentNotFound(incident);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
