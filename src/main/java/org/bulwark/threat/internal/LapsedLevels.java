package org.bulwark.threat.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bulwark.threat.Scope;
import org.bulwark.threat.ScopeKind;
import org.bulwark.threat.ScopeLevel;
import org.bulwark.threat.ThreatLevelChanged;
import org.bulwark.threat.ThreatLevels;
import org.bulwark.threat.ThreatScheme;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Announces each lapsed level once, as a {@link ThreatLevelChanged} back to the level now in force, so that the
 * people told of the raise are told that it ended. The event names the change that lapsed.
 */
@Component
public class LapsedLevels {

    private final JdbcClient jdbc;
    private final ThreatLevels levels;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    LapsedLevels(JdbcClient jdbc, ThreatLevels levels, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.levels = levels;
        this.events = events;
    }

    /**
     * Announces the levels of the active scheme that lapsed since the last run and were still in force when they
     * lapsed; a level replaced before its expiry lapses silently.
     *
     * @return the changes announced
     */
    @Scheduled(fixedDelayString = "${bulwark.threat.lapse-check-interval:PT1M}", initialDelayString = "PT30S")
    @Transactional
    public List<ThreatLevelChanged> announceLapsed() {
        ThreatScheme scheme = levels.activeScheme();
        Instant now = clock.instant();
        List<Lapsed> lapsed = jdbc.sql("select id, scope_kind, scope_value, rank, changed_at, expires_at"
                        + " from threat_level_change where scheme_code = ? and expires_at <= ?"
                        + " and lapse_announced_at is null order by expires_at")
                .params(scheme.code(), utc(now))
                .query((rs, row) -> new Lapsed(
                        rs.getObject("id", UUID.class),
                        scope(ScopeKind.valueOf(rs.getString("scope_kind")), rs.getString("scope_value")),
                        rs.getInt("rank"),
                        rs.getObject("changed_at", OffsetDateTime.class),
                        rs.getObject("expires_at", OffsetDateTime.class)))
                .list();
        List<ThreatLevelChanged> announced = new ArrayList<>();
        for (Lapsed level : lapsed) {
            // claimed first, so that two nodes never announce the same lapse
            int claimed = jdbc.sql("update threat_level_change set lapse_announced_at = ?"
                            + " where id = ? and lapse_announced_at is null")
                    .params(utc(now), level.id())
                    .update();
            if (claimed == 0 || replacedBeforeExpiry(scheme, level)) {
                continue;
            }
            ScopeLevel inForce = levels.current(level.scope()).orElse(null);
            ThreatLevelChanged event = new ThreatLevelChanged(
                    level.id(),
                    level.scope().kind(),
                    level.scope().value(),
                    scheme.code(),
                    level.rank(),
                    inForce == null ? 0 : inForce.level().rank(),
                    now);
            events.publishEvent(event);
            announced.add(event);
        }
        return announced;
    }

    private boolean replacedBeforeExpiry(ThreatScheme scheme, Lapsed level) {
        return jdbc.sql("select count(*) from threat_level_change where scheme_code = ? and scope_kind = ?"
                                + " and scope_value = ? and id <> ? and changed_at >= ? and changed_at < ?")
                        .params(
                                scheme.code(),
                                level.scope().kind().name(),
                                level.scope().key(),
                                level.id(),
                                level.changedAt(),
                                level.expiresAt())
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static Scope scope(ScopeKind kind, String value) {
        return kind == ScopeKind.NATIONAL ? Scope.NATIONAL : new Scope(kind, value);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private record Lapsed(UUID id, Scope scope, int rank, OffsetDateTime changedAt, OffsetDateTime expiresAt) {}
}
