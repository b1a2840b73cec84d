package org.bulwark.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Issues, checks and revokes API tokens; the table keeps only their hashes. */
@Component
class ApiTokens {

    // expired and revoked tokens stay a while so that an administrator can see when a token was last used
    private static final Duration KEEP_AFTER_EXPIRY = Duration.ofDays(30);
    // writing the last use on every request would turn each API read into a write
    private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    // a partner system sends many requests a second with one token: each node trusts a valid check this long,
    // and forgets its checks at once when it revokes a token; another node's revocation takes effect within it
    static final Duration TRUSTED_CHECK = Duration.ofSeconds(5);
    private static final int TRUSTED_CHECKS = 10_000;

    private final JdbcClient jdbc;
    private final IdentitySettings settings;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Trusted> trusted = new ConcurrentHashMap<>();

    /** A valid check and when it stops being trusted without asking the database again. */
    private record Trusted(Valid valid, Instant until) {}

    ApiTokens(JdbcClient jdbc, IdentitySettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    record IssuedToken(UUID id, String token, Instant expiresAt) {

        @Override
        public String toString() {
            return "IssuedToken[" + id + ", expires " + expiresAt + "]";
        }
    }

    /** What a presented token turned out to be. */
    sealed interface Check {}

    record Valid(UUID tokenId, BulwarkUser user) implements Check {}

    record Refused(Reason reason, @Nullable Instant at) implements Check {}

    enum Reason {
        UNKNOWN,
        EXPIRED,
        REVOKED,
        ACCOUNT_DISABLED
    }

    @Transactional
    IssuedToken issue(UUID accountId) {
        Instant now = now();
        jdbc.sql("delete from api_token where expires_at < ?")
                .param(utc(now.minus(KEEP_AFTER_EXPIRY)))
                .update();
        String token = TokenHashing.newToken();
        UUID id = UUID.randomUUID();
        Instant expiresAt = now.plus(settings.tokenLifetime());
        jdbc.sql("insert into api_token (id, account_id, token_hash, created_at, expires_at) values (?, ?, ?, ?, ?)")
                .param(id)
                .param(accountId)
                .param(TokenHashing.hash(token))
                .param(utc(now))
                .param(utc(expiresAt))
                .update();
        return new IssuedToken(id, token, expiresAt);
    }

    Check check(String token) {
        String hash = TokenHashing.hash(token);
        Instant now = now();
        Trusted known = trusted.get(hash);
        if (known != null && now.isBefore(known.until())) {
            return known.valid();
        }
        Check check = lookUp(hash, now);
        if (check instanceof Valid valid) {
            if (trusted.size() >= TRUSTED_CHECKS) {
                trusted.clear();
            }
            trusted.put(hash, new Trusted(valid, now.plus(TRUSTED_CHECK)));
        } else {
            trusted.remove(hash);
        }
        return check;
    }

    private Check lookUp(String hash, Instant now) {
        return jdbc.sql("""
                select t.id, t.expires_at, t.revoked_at, a.id account_id, a.username, a.display_name, a.role,
                  a.enabled
                from api_token t join account a on a.id = t.account_id
                where t.token_hash = ?
                """)
                .param(hash)
                .query((rs, row) -> {
                    UUID tokenId = rs.getObject("id", UUID.class);
                    OffsetDateTime revokedAt = rs.getObject("revoked_at", OffsetDateTime.class);
                    Instant expiresAt =
                            rs.getObject("expires_at", OffsetDateTime.class).toInstant();
                    if (revokedAt != null) {
                        return (Check) new Refused(Reason.REVOKED, revokedAt.toInstant());
                    }
                    if (!expiresAt.isAfter(now)) {
                        return new Refused(Reason.EXPIRED, expiresAt);
                    }
                    if (!rs.getBoolean("enabled")) {
                        return new Refused(Reason.ACCOUNT_DISABLED, null);
                    }
                    return new Valid(
                            tokenId,
                            BulwarkUser.of(
                                    rs.getObject("account_id", UUID.class),
                                    rs.getString("username"),
                                    rs.getString("display_name"),
                                    Role.valueOf(rs.getString("role"))));
                })
                .optional()
                .map(check -> {
                    if (check instanceof Valid valid) {
                        markUsed(valid.tokenId(), now);
                    }
                    return check;
                })
                .orElseGet(() -> new Refused(Reason.UNKNOWN, null));
    }

    @Transactional
    void revoke(UUID tokenId) {
        trusted.clear();
        jdbc.sql("update api_token set revoked_at = ? where id = ? and revoked_at is null")
                .param(utc(now()))
                .param(tokenId)
                .update();
    }

    /** Revokes every token of the account, as when it is disabled or its role or password changes. */
    @Transactional
    int revokeAll(UUID accountId) {
        trusted.clear();
        return jdbc.sql("update api_token set revoked_at = ? where account_id = ? and revoked_at is null")
                .param(utc(now()))
                .param(accountId)
                .update();
    }

    private void markUsed(UUID tokenId, Instant now) {
        jdbc.sql("update api_token set last_used_at = ? where id = ? and (last_used_at is null or last_used_at < ?)")
                .param(utc(now))
                .param(tokenId)
                .param(utc(now.minus(LAST_USE_PRECISION)))
                .update();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
