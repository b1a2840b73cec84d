package org.bulwark.incidents.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.bulwark.incidents.TimelineEntry;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What the roll-call and its escalations share: incident rows, timeline entries and signed links. */
@Component
class RollCallRecords {

    private final JdbcClient jdbc;
    private final StatusLinkTokens tokens;
    private final RollCallSettings settings;
    private final Clock clock = Clock.systemUTC();

    RollCallRecords(JdbcClient jdbc, StatusLinkTokens tokens, RollCallSettings settings) {
        this.jdbc = jdbc;
        this.tokens = tokens;
        this.settings = settings;
    }

    /** What the roll-call needs of an incident row. */
    record IncidentRow(String type, String place, boolean closed, Duration escalationWait) {}

    Optional<IncidentRow> incident(UUID id) {
        return jdbc.sql("select incident_type, place, status, escalation_wait_minutes from incident where id = ?")
                .param(id)
                .query((rs, n) -> new IncidentRow(
                        rs.getString("incident_type"),
                        rs.getString("place"),
                        "CLOSED".equals(rs.getString("status")),
                        Duration.ofMinutes(rs.getInt("escalation_wait_minutes"))))
                .optional();
    }

    /** Records an entry on the incident's timeline, now. */
    void timeline(
            UUID incident,
            @Nullable UUID account,
            String name,
            TimelineEntry.What what,
            @Nullable UUID site,
            @Nullable String detail) {
        jdbc.sql("insert into incident_timeline (id, incident_id, happened_at, actor_id, actor_name, what, site_id,"
                        + " detail) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        UUID.randomUUID(),
                        incident,
                        utc(clock.instant()),
                        account,
                        cut(name, 200),
                        what.name(),
                        site,
                        detail == null ? null : cut(detail, 2000))
                .update();
    }

    /** An absolute status link, valid from now for the configured time. */
    String link(UUID incident, UUID site, StatusLinkTokens.Holder kind, UUID holder) {
        Instant expires = clock.instant().plus(settings.statusLinkValidity());
        return settings.link("/status/" + tokens.sign(incident, site, kind, holder, expires));
    }

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
