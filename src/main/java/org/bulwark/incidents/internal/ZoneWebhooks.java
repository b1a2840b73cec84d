package org.bulwark.incidents.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.bulwark.geo.GeoJson;
import org.bulwark.incidents.IncidentZone;
import org.bulwark.incidents.ZoneKind;
import org.bulwark.notify.Webhooks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tells the webhook receivers subscribed to {@code zone.changed} of every change of a zone — added, redrawn, expired,
 * or its incident closed — in the transaction of the change itself, so that a partner hears of every decision that
 * was kept and of none that was not. The body's {@code data} holds the change, the incident id and the zone as the
 * zone feed shows it.
 */
@Component
class ZoneWebhooks {

    /** What happened to the zone. */
    enum Change {
        ADDED,
        REDRAWN,
        EXPIRED,
        CLOSED;

        String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(ZoneWebhooks.class);

    private final Webhooks webhooks;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock = Clock.systemUTC();

    ZoneWebhooks(Webhooks webhooks, JdbcClient jdbc, TransactionTemplate transactions) {
        this.webhooks = webhooks;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Queues the event in the caller's transaction. */
    void changed(UUID incident, IncidentZone zone, Change change) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("change", change.wire());
        data.put("incident", incident.toString());
        data.put("zoneId", zone.id().toString());
        data.put("kind", zone.kind().name());
        data.put("validFrom", zone.validFrom().toString());
        data.put(
                "validUntil",
                zone.validUntil() == null ? null : zone.validUntil().toString());
        data.put("version", zone.version());
        data.set("zone", ZoneFeatures.feature(incident, zone));
        webhooks.publish(Webhooks.ZONE_CHANGED, UUID.randomUUID(), data.toString());
    }

    /**
     * Announces the zones of active incidents whose validity ended since the last run, each once across every node:
     * the row is marked in the transaction that queues its event.
     */
    @Scheduled(
            fixedDelayString = "${bulwark.incidents.zone-expiry-check:PT15S}",
            initialDelayString = "${bulwark.incidents.zone-expiry-check:PT15S}")
    void announceExpiries() {
        try {
            OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
            List<UUID> expired = jdbc.sql("select z.id from incident_zone z join incident i on i.id = z.incident_id"
                            + " where i.status = 'ACTIVE' and z.valid_until <= ? and z.expiry_announced_at is null")
                    .param(now)
                    .query(UUID.class)
                    .list();
            for (UUID zone : expired) {
                transactions.executeWithoutResult(status -> announce(zone, now));
            }
        } catch (RuntimeException e) {
            log.warn("Announcing expired zones failed: {}", e.toString());
        }
    }

    private void announce(UUID zone, OffsetDateTime now) {
        int claimed = jdbc.sql("update incident_zone set expiry_announced_at = ? where id = ?"
                        + " and expiry_announced_at is null")
                .params(now, zone)
                .update();
        if (claimed == 0) {
            return;
        }
        jdbc.sql("select incident_id, id, kind, geojson, valid_from, valid_until, version from incident_zone"
                        + " where id = ?")
                .param(zone)
                .query((rs, n) -> {
                    changed(
                            rs.getObject("incident_id", UUID.class),
                            new IncidentZone(
                                    rs.getObject("id", UUID.class),
                                    ZoneKind.valueOf(rs.getString("kind")),
                                    GeoJson.readZone(rs.getString("geojson")),
                                    instant(rs.getObject("valid_from", OffsetDateTime.class)),
                                    instant(rs.getObject("valid_until", OffsetDateTime.class)),
                                    rs.getLong("version")),
                            Change.EXPIRED);
                    return zone;
                })
                .list();
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
