package org.bulwark.threat.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.partners.PartnerDirectory;
import org.bulwark.partners.Partners;
import org.bulwark.threat.InvalidThreatLevelChange;
import org.bulwark.threat.InvalidThreatScheme;
import org.bulwark.threat.LevelChange;
import org.bulwark.threat.LevelHistory;
import org.bulwark.threat.NewThreatScheme;
import org.bulwark.threat.Scope;
import org.bulwark.threat.ScopeKind;
import org.bulwark.threat.ScopeLevel;
import org.bulwark.threat.ThreatLevel;
import org.bulwark.threat.ThreatLevelChanged;
import org.bulwark.threat.ThreatLevels;
import org.bulwark.threat.ThreatScheme;
import org.bulwark.threat.Visibility;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;

/** Threat levels in the {@code threat_*} tables. */
@Repository
@Transactional(readOnly = true)
public class JdbcThreatLevels implements ThreatLevels {

    static final int REASON_MAX = 2_000;
    static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,39}");

    private final JdbcClient jdbc;
    private final PartnerDirectory directory;
    private final Partners partners;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    public JdbcThreatLevels(
            JdbcClient jdbc, PartnerDirectory directory, Partners partners, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.partners = partners;
        this.events = events;
    }

    @Override
    public List<ThreatScheme> schemes() {
        Map<String, List<ThreatLevel>> levels = new LinkedHashMap<>();
        jdbc.sql("select * from threat_scheme_level order by scheme_code, rank").query(rs -> {
            String scheme = rs.getString("scheme_code");
            levels.computeIfAbsent(scheme, s -> new ArrayList<>())
                    .add(new ThreatLevel(
                            scheme,
                            rs.getInt("rank"),
                            rs.getString("code"),
                            rs.getString("name"),
                            rs.getString("meaning")));
        });
        return jdbc
                .sql("select * from threat_scheme order by position, name")
                .query((rs, row) -> new ThreatScheme(
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getBoolean("preset"),
                        rs.getBoolean("active"),
                        levels.getOrDefault(rs.getString("code"), List.of())))
                .list()
                .stream()
                .filter(scheme -> !scheme.levels().isEmpty())
                .toList();
    }

    @Override
    public ThreatScheme activeScheme() {
        return schemes().stream()
                .filter(ThreatScheme::active)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no threat-level scheme is active"));
    }

    @Override
    public Optional<ScopeLevel> current(Scope scope) {
        Assert.notNull(scope, "scope must not be null");
        return current(activeScheme(), scope);
    }

    private Optional<ScopeLevel> current(ThreatScheme scheme, Scope scope) {
        return jdbc.sql("select * from threat_level_change where scheme_code = ? and scope_kind = ? and scope_value = ?"
                        + " and (expires_at is null or expires_at > ?) order by changed_at desc, id limit 1")
                .params(scheme.code(), scope.kind().name(), scope.key(), utc(clock.instant()))
                .query((rs, row) -> scopeLevel(rs, scheme))
                .optional();
    }

    @Override
    public List<ScopeLevel> allCurrent() {
        ThreatScheme scheme = activeScheme();
        Map<Scope, ScopeLevel> latest = new LinkedHashMap<>();
        jdbc.sql("select * from threat_level_change where scheme_code = ? and (expires_at is null or expires_at > ?)"
                        + " order by changed_at desc, id")
                .params(scheme.code(), utc(clock.instant()))
                .query((rs, row) -> scopeLevel(rs, scheme))
                .list()
                .forEach(level -> latest.putIfAbsent(level.scope(), level));
        return latest.values().stream()
                .sorted(Comparator.comparing((ScopeLevel l) -> l.scope().kind())
                        .thenComparing(l -> l.scope().key(), String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    @Override
    public ThreatLevel effectiveFor(String sectorCode, @Nullable String region) {
        ThreatScheme scheme = activeScheme();
        // the latest change of each of the three scopes that has not lapsed, read in one query
        Map<Scope, ScopeLevel> latest = new LinkedHashMap<>();
        jdbc.sql("select * from threat_level_change where scheme_code = ? and (expires_at is null or expires_at > ?)"
                        + " and (scope_kind = 'NATIONAL' or (scope_kind = 'SECTOR' and scope_value = ?)"
                        + " or (scope_kind = 'REGION' and scope_value = ?)) order by changed_at desc, id")
                .params(scheme.code(), utc(clock.instant()), sectorCode, region == null ? "" : region)
                .query((rs, row) -> scopeLevel(rs, scheme))
                .list()
                .forEach(level -> latest.putIfAbsent(level.scope(), level));
        ThreatLevel highest = scheme.lowest();
        for (ScopeLevel level : latest.values()) {
            if (level.level().rank() > highest.rank()) {
                highest = level.level();
            }
        }
        return highest;
    }

    @Override
    @Transactional
    public ScopeLevel change(LevelChange change, BulwarkUser author) {
        Assert.notNull(change, "change must not be null");
        Assert.notNull(author, "author must not be null");
        ThreatScheme scheme = activeScheme();
        ThreatLevel level = scheme.level(change.levelCode())
                .orElseThrow(() -> new InvalidThreatLevelChange("'" + change.levelCode() + "' is not a level of "
                        + scheme.name() + "; choose one of "
                        + String.join(
                                ", ",
                                scheme.levels().stream().map(ThreatLevel::code).toList()) + "."));
        String reason = change.reason().strip();
        if (reason.isEmpty()) {
            throw new InvalidThreatLevelChange("Give the reason for the change: the people told will read it.");
        }
        if (reason.length() > REASON_MAX) {
            throw new InvalidThreatLevelChange(
                    "The reason is " + reason.length() + " characters long; shorten it to " + REASON_MAX + ".");
        }
        Instant now = clock.instant();
        if (change.expiresAt() != null && !change.expiresAt().isAfter(now)) {
            throw new InvalidThreatLevelChange("The expiry must be in the future.");
        }
        Scope scope = known(change.scope());
        int previous = current(scheme, scope).map(l -> l.level().rank()).orElse(0);
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into threat_level_change (id, scheme_code, scope_kind, scope_value, rank, level_code, reason,"
                        + " author_id, author_name, changed_at, expires_at, visibility)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        scheme.code(),
                        scope.kind().name(),
                        scope.key(),
                        level.rank(),
                        level.code(),
                        reason,
                        author.accountId(),
                        author.displayName(),
                        utc(now),
                        change.expiresAt() == null ? null : utc(change.expiresAt()),
                        change.visibility().name())
                .update();
        events.publishEvent(
                new ThreatLevelChanged(id, scope.kind(), scope.value(), scheme.code(), previous, level.rank(), now));
        return new ScopeLevel(
                id, scope, level, reason, author.displayName(), now, change.expiresAt(), change.visibility());
    }

    @Override
    public LevelHistory history(@Nullable Scope scope, int page, int size) {
        int capped = Math.max(1, Math.min(size, 100));
        int from = Math.max(0, page);
        Map<String, ThreatScheme> schemes = new LinkedHashMap<>();
        schemes().forEach(scheme -> schemes.put(scheme.code(), scheme));
        String where = scope == null ? "" : " where scope_kind = :kind and scope_value = :value";
        Map<String, Object> params = new LinkedHashMap<>();
        if (scope != null) {
            params.put("kind", scope.kind().name());
            params.put("value", scope.key());
        }
        long total = jdbc.sql("select count(*) from threat_level_change" + where)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", capped);
        params.put("offset", (long) from * capped);
        List<ScopeLevel> changes = jdbc.sql("select * from threat_level_change" + where
                        + " order by changed_at desc, id limit :limit offset :offset")
                .params(params)
                .query((rs, row) -> scopeLevel(rs, schemes.get(rs.getString("scheme_code"))))
                .list();
        return new LevelHistory(changes, from, capped, total);
    }

    @Override
    public Optional<ScopeLevel> findChange(UUID changeId) {
        Map<String, ThreatScheme> schemes = new LinkedHashMap<>();
        schemes().forEach(scheme -> schemes.put(scheme.code(), scheme));
        return jdbc.sql("select * from threat_level_change where id = ?")
                .param(changeId)
                .query((rs, row) -> scopeLevel(rs, schemes.get(rs.getString("scheme_code"))))
                .optional();
    }

    @Override
    public Optional<ThreatScheme> scheme(String code) {
        return schemes().stream().filter(s -> s.code().equalsIgnoreCase(code)).findFirst();
    }

    @Override
    @Transactional
    public ThreatScheme createScheme(NewThreatScheme scheme) {
        Assert.notNull(scheme, "scheme must not be null");
        String code = scheme.code().strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw new InvalidThreatScheme(
                    "code", "Give the scheme a code of up to 40 letters, digits, '-' or '_', such as CITY.", false);
        }
        if (scheme(code).isPresent()) {
            throw new InvalidThreatScheme("code", "A scheme with the code " + code + " exists; choose another.", true);
        }
        String name = scheme.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new InvalidThreatScheme("name", "Give the scheme a name of at most 200 characters.", false);
        }
        if (scheme.levels().size() < 2) {
            throw new InvalidThreatScheme("levels", "A scheme needs at least two levels, from the lowest up.", false);
        }
        List<ThreatLevel> levels = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (NewThreatScheme.Level level : scheme.levels()) {
            int rank = levels.size() + 1;
            String levelCode = level.code().strip().toUpperCase(Locale.ROOT);
            String levelName = level.name().strip();
            String meaning = level.meaning().strip();
            if (!CODE.matcher(levelCode).matches()) {
                throw new InvalidThreatScheme(
                        "levels",
                        "Level " + rank + " needs a code of letters, digits, '-' or '_', such as HIGH.",
                        false);
            }
            if (!codes.add(levelCode)) {
                throw new InvalidThreatScheme(
                        "levels", "The code " + levelCode + " is used by two levels; give each level its own.", false);
            }
            if (levelName.isEmpty() || levelName.length() > 200) {
                throw new InvalidThreatScheme(
                        "levels", "Level " + rank + " needs a name of at most 200 characters.", false);
            }
            if (meaning.isEmpty() || meaning.length() > 500) {
                throw new InvalidThreatScheme(
                        "levels", "Level " + rank + " needs a meaning of at most 500 characters.", false);
            }
            levels.add(new ThreatLevel(code, rank, levelCode, levelName, meaning));
        }
        int position = jdbc.sql("select coalesce(max(position), 0) + 1 from threat_scheme")
                .query(Integer.class)
                .single();
        jdbc.sql("insert into threat_scheme (code, name, preset, active, position) values (?, ?, false, false, ?)")
                .params(code, name, position)
                .update();
        for (ThreatLevel level : levels) {
            jdbc.sql("insert into threat_scheme_level (scheme_code, rank, code, name, meaning) values (?, ?, ?, ?, ?)")
                    .params(code, level.rank(), level.code(), level.name(), level.meaning())
                    .update();
        }
        return new ThreatScheme(code, name, false, false, levels);
    }

    @Override
    @Transactional
    public void deleteScheme(String code) {
        ThreatScheme scheme = scheme(code)
                .orElseThrow(() -> new InvalidThreatScheme("scheme", "There is no scheme " + code + ".", false));
        if (scheme.preset()) {
            throw new InvalidThreatScheme("scheme", scheme.name() + " is shipped with the platform and stays.", true);
        }
        if (scheme.active()) {
            throw new InvalidThreatScheme(
                    "scheme", scheme.name() + " is active; make another scheme active first.", true);
        }
        long used = jdbc.sql("select count(*) from threat_level_change where scheme_code = ?")
                .param(scheme.code())
                .query(Long.class)
                .single();
        if (used > 0) {
            throw new InvalidThreatScheme(
                    "scheme", "Levels were set in " + scheme.name() + "; it stays for the record.", true);
        }
        jdbc.sql("delete from threat_scheme_level where scheme_code = ?")
                .param(scheme.code())
                .update();
        jdbc.sql("delete from threat_scheme where code = ?")
                .param(scheme.code())
                .update();
    }

    @Override
    @Transactional
    public ThreatScheme activateScheme(String code) {
        ThreatScheme scheme = scheme(code)
                .orElseThrow(() -> new InvalidThreatScheme("scheme", "There is no scheme " + code + ".", false));
        jdbc.sql("update threat_scheme set active = (code = ?)")
                .param(scheme.code())
                .update();
        return new ThreatScheme(scheme.code(), scheme.name(), scheme.preset(), true, scheme.levels());
    }

    /**
     * The scope as the catalogue and the directory spell it, so that a level set for "harbourside" applies to the
     * sites of organisations in "Harbourside".
     */
    private Scope known(Scope scope) {
        if (scope.kind() == ScopeKind.SECTOR) {
            return directory
                    .sector(scope.key())
                    .map(sector -> Scope.sector(sector.code()))
                    .orElseThrow(() ->
                            new InvalidThreatLevelChange("'" + scope.key() + "' is not a sector of the catalogue."));
        }
        if (scope.kind() == ScopeKind.REGION) {
            List<String> regions = partners.regions();
            return regions.stream()
                    .filter(region -> region.equalsIgnoreCase(scope.key()))
                    .findFirst()
                    .map(Scope::region)
                    .orElseThrow(() -> new InvalidThreatLevelChange("'" + scope.key()
                            + "' is not a region of any partner organisation; choose one of "
                            + String.join(", ", regions) + "."));
        }
        return scope;
    }

    private static ScopeLevel scopeLevel(ResultSet rs, ThreatScheme scheme) throws SQLException {
        ScopeKind kind = ScopeKind.valueOf(rs.getString("scope_kind"));
        Scope scope = kind == ScopeKind.NATIONAL ? Scope.NATIONAL : new Scope(kind, rs.getString("scope_value"));
        Timestamp expires = rs.getTimestamp("expires_at");
        return new ScopeLevel(
                rs.getObject("id", UUID.class),
                scope,
                scheme.level(rs.getInt("rank")).orElseThrow(),
                rs.getString("reason"),
                rs.getString("author_name"),
                rs.getTimestamp("changed_at").toInstant(),
                expires == null ? null : expires.toInstant(),
                Visibility.valueOf(rs.getString("visibility")));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
