package org.bulwark.incidents.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.bulwark.geo.GeoJson;
import org.bulwark.geo.Zone;
import org.bulwark.identity.Reader;
import org.bulwark.identity.Readers;
import org.bulwark.identity.Role;
import org.bulwark.incidents.IncidentClosed;
import org.bulwark.incidents.SiteStatus;
import org.bulwark.incidents.ZoneChanged;
import org.bulwark.notify.LiveUpdates;
import org.bulwark.reporting.LocatedReport;
import org.bulwark.reporting.ReportsInZones;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells the open pages of those who may read an incident that something in its picture changed, in a small live
 * update ({@value #EVENT}) that names what: a site's answer, the zones, the escalations, a report placed inside a
 * zone that belongs to an active incident, the incident closing. Pages fetch the rest through their usual, access-checked paths.
 */
@Component
class OperationsFeed {

    static final String EVENT = "incident-update";

    private static final Duration OVERLAP = Duration.ofSeconds(10);

    private static final Set<Role> READ_ALL = Set.of(Role.COORDINATOR, Role.ANALYST, Role.ADVISOR);

    private final LiveUpdates live;
    private final Readers readers;
    private final JdbcClient jdbc;
    private final ReportsInZones reports;
    private final Map<UUID, Instant> announced = new ConcurrentHashMap<>();
    private volatile Instant lookedUntil = Instant.now();

    OperationsFeed(LiveUpdates live, Readers readers, JdbcClient jdbc, ReportsInZones reports) {
        this.live = live;
        this.readers = readers;
        this.jdbc = jdbc;
        this.reports = reports;
    }

    /**
     * Announces a site's new answer once the current transaction commits, to coordinators, analysts and advisors and
     * to the members of the site's organisation.
     */
    void statusChanged(UUID incident, UUID site, @Nullable UUID organisation, SiteStatus status) {
        afterCommit(() -> send(
                organisation,
                "{\"incident\":\"" + incident + "\",\"change\":\"status\",\"site\":\"" + site + "\",\"status\":\""
                        + status + "\"}"));
    }

    /** Announces a change to the incident as a whole once the current transaction commits. */
    void changed(UUID incident, String change) {
        afterCommit(() -> send(null, "{\"incident\":\"" + incident + "\",\"change\":\"" + change + "\"}"));
    }

    @ApplicationModuleListener
    void on(ZoneChanged changed) {
        changed(changed.incident(), "zone");
    }

    @ApplicationModuleListener
    void on(IncidentClosed closed) {
        changed(closed.incident(), "closed");
    }

    /**
     * A report placed inside a zone of an active incident is news for the incident's picture. New reports are looked
     * for every few seconds rather than as each comes, so that intake at volume carries no work for the picture.
     */
    @Scheduled(
            fixedDelayString = "${bulwark.incidents.report-watch-interval:PT2S}",
            initialDelayString = "${bulwark.incidents.report-watch-interval:PT2S}")
    void lookForReports() {
        Instant now = Instant.now();
        // a report commits a little after the time it was received: each look reaches back over the last ones
        Instant since = lookedUntil.minus(OVERLAP);
        lookedUntil = now;
        announced.values().removeIf(received -> received.isBefore(since));
        if (live.connectedAccounts().isEmpty()) {
            return;
        }
        record Drawn(UUID incident, Zone zone) {}
        List<Drawn> zones = jdbc.sql("select z.incident_id, z.geojson from incident_zone z"
                        + " join incident i on i.id = z.incident_id where i.status = 'ACTIVE'")
                .query((rs, n) ->
                        new Drawn(rs.getObject("incident_id", UUID.class), GeoJson.readZone(rs.getString("geojson"))))
                .list();
        if (zones.isEmpty()) {
            return;
        }
        Set<UUID> news = new LinkedHashSet<>();
        for (LocatedReport report : reports.placedSince(since, ReportsInZones.MAX)) {
            if (announced.putIfAbsent(report.id(), report.receivedAt()) != null) {
                continue;
            }
            zones.stream()
                    .filter(drawn -> drawn.zone().contains(report.position()))
                    .map(Drawn::incident)
                    .forEach(news::add);
        }
        news.forEach(incident -> changed(incident, "report"));
    }

    private void send(@Nullable UUID organisation, String data) {
        Set<UUID> connected = live.connectedAccounts();
        if (connected.isEmpty()) {
            return;
        }
        List<UUID> told = readers.readers(connected).stream()
                .filter(reader -> READ_ALL.contains(reader.role())
                        || (organisation != null && organisation.equals(reader.organisation())))
                .map(Reader::account)
                .toList();
        live.send(told, EVENT, data);
    }

    private static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}
