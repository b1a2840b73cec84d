package org.bulwark.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.bulwark.identity.AccountRegistered;
import org.bulwark.identity.AccountRejectedException;
import org.bulwark.identity.AccountRejectedException.Problem;
import org.bulwark.identity.AccountSummary;
import org.bulwark.identity.Accounts;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.NewAccount;
import org.bulwark.identity.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;

/** Accounts in the {@code account} table; the one place that reads or writes it. */
@Component
@Transactional(readOnly = true)
class JdbcAccounts implements Accounts {

    static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{3,60}");
    // deliberately loose: the address is checked by the person who receives mail, not by a pattern
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private static final String SUMMARY_COLUMNS = "select id, username, display_name, email, role, enabled, "
            + "locked_until, created_at, last_login_at from account";

    private static final RowMapper<AccountSummary> SUMMARY = (rs, row) -> new AccountSummary(
            rs.getObject("id", UUID.class),
            rs.getString("username"),
            rs.getString("display_name"),
            rs.getString("email"),
            Role.valueOf(rs.getString("role")),
            rs.getBoolean("enabled"),
            instant(rs, "locked_until"),
            java.util.Objects.requireNonNull(instant(rs, "created_at")),
            instant(rs, "last_login_at"));

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final IdentitySettings settings;
    private final Clock clock = Clock.systemUTC();

    JdbcAccounts(
            JdbcClient jdbc, PasswordEncoder passwords, ApplicationEventPublisher events, IdentitySettings settings) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.events = events;
        this.settings = settings;
    }

    static String key(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }

    @Override
    @Transactional
    public UUID register(NewAccount account) {
        Assert.notNull(account, "account must not be null");
        List<Problem> problems = problemsOf(account);
        if (!problems.isEmpty()) {
            throw new AccountRejectedException(problems);
        }
        String username = account.username().trim();
        UUID id = UUID.randomUUID();
        Instant now = now();
        try {
            jdbc.sql("""
                    insert into account (id, username, username_key, display_name, email, role, password_hash,
                      enabled, failed_logins, locked_until, created_at, last_login_at, version)
                    values (:id, :username, :key, :displayName, :email, :role, :hash, true, 0, null, :now, null, 0)
                    """)
                    .param("id", id)
                    .param("username", username)
                    .param("key", key(username))
                    .param("displayName", account.displayName().trim())
                    .param("email", account.email().trim())
                    .param("role", account.role().name())
                    .param("hash", passwords.encode(account.rawPassword()))
                    .param("now", timestamp(now))
                    .update();
        } catch (DuplicateKeyException raced) {
            throw new AccountRejectedException(Problem.of(
                    "username",
                    "account.username.taken",
                    "The username '" + username + "' is already taken; choose another one.",
                    username));
        }
        events.publishEvent(new AccountRegistered(id, now));
        return id;
    }

    /** Every reason why the account cannot be registered; empty when it can. */
    List<Problem> problemsOf(NewAccount account) {
        String username = account.username().trim();
        List<Problem> problems = new ArrayList<>();
        if (!USERNAME.matcher(username).matches()) {
            problems.add(Problem.of(
                    "username",
                    "account.username.invalid",
                    "The username must have 3 to 60 characters: letters, digits, dot, dash, underscore or @."));
        } else if (exists(username)) {
            problems.add(Problem.of(
                    "username",
                    "account.username.taken",
                    "The username '" + username + "' is already taken; choose another one.",
                    username));
        }
        problems.addAll(detailProblems(account.displayName(), account.email()));
        problems.addAll(PasswordPolicy.check(username, account.rawPassword()));
        return problems;
    }

    @Override
    public boolean exists(String username) {
        return jdbc.sql("select count(*) from account where username_key = ?")
                        .param(key(username))
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Override
    public Optional<AccountSummary> find(UUID id) {
        return jdbc.sql(SUMMARY_COLUMNS + " where id = ?")
                .param(id)
                .query(SUMMARY)
                .optional();
    }

    @Override
    public Optional<AccountSummary> findByUsername(String username) {
        return jdbc.sql(SUMMARY_COLUMNS + " where username_key = ?")
                .param(key(username))
                .query(SUMMARY)
                .optional();
    }

    @Override
    public List<AccountSummary> all() {
        return jdbc.sql(SUMMARY_COLUMNS + " order by username_key")
                .query(SUMMARY)
                .list();
    }

    /** Accounts whose username, display name or e-mail contains the text, ignoring case; all when it is blank. */
    List<AccountSummary> search(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return all();
        }
        String like = "%" + escapeLike(text.trim().toLowerCase(Locale.ROOT)) + "%";
        return jdbc.sql(SUMMARY_COLUMNS + " where username_key like :like escape '\\' "
                        + "or lower(display_name) like :like escape '\\' "
                        + "or lower(email) like :like escape '\\' order by username_key")
                .param("like", like)
                .query(SUMMARY)
                .list();
    }

    /** The account as the login needs it, with its password hash; empty when no such username exists. */
    Optional<BulwarkUser> loginOf(String username) {
        Instant now = now();
        return jdbc.sql("select id, username, display_name, role, enabled, locked_until, password_hash "
                        + "from account where username_key = ?")
                .param(key(username))
                .query((rs, row) -> {
                    Instant lockedUntil = instant(rs, "locked_until");
                    return new BulwarkUser(
                            rs.getObject("id", UUID.class),
                            rs.getString("username"),
                            rs.getString("display_name"),
                            Role.valueOf(rs.getString("role")),
                            rs.getBoolean("enabled"),
                            lockedUntil == null || !lockedUntil.isAfter(now),
                            rs.getString("password_hash"));
                })
                .optional();
    }

    /** The signed-in view of an account, without credentials; empty when the account no longer exists. */
    Optional<BulwarkUser> userOf(UUID id) {
        return jdbc.sql("select id, username, display_name, role, enabled from account where id = ?")
                .param(id)
                .query((rs, row) -> new BulwarkUser(
                        rs.getObject("id", UUID.class),
                        rs.getString("username"),
                        rs.getString("display_name"),
                        Role.valueOf(rs.getString("role")),
                        rs.getBoolean("enabled"),
                        null))
                .optional();
    }

    /**
     * Counts a failed login; the failure that reaches the limit locks the account and starts a fresh count for
     * after the lock. Failures while the account is locked change nothing, so a lock cannot be prolonged by anyone.
     */
    @Transactional
    void recordFailedLogin(String username) {
        Instant now = now();
        jdbc.sql("""
                update account set
                  failed_logins = case when failed_logins + 1 >= :max then 0 else failed_logins + 1 end,
                  locked_until = case when failed_logins + 1 >= :max then :until else locked_until end
                where username_key = :key and (locked_until is null or locked_until <= :now)
                """)
                .param("max", settings.maxFailedLogins())
                .param("until", timestamp(now.plus(settings.lockDuration())))
                .param("key", key(username))
                .param("now", timestamp(now))
                .update();
    }

    @Transactional
    void recordSuccessfulLogin(UUID id) {
        jdbc.sql("update account set failed_logins = 0, locked_until = null, last_login_at = ? where id = ?")
                .param(timestamp(now()))
                .param(id)
                .update();
    }

    /** Changes the display name, e-mail and role; the username never changes. */
    @Transactional
    void update(UUID id, String displayName, String email, Role role) {
        List<Problem> problems = detailProblems(displayName, email);
        if (!problems.isEmpty()) {
            throw new AccountRejectedException(problems);
        }
        requireUpdated(jdbc.sql("update account set display_name = ?, email = ?, role = ?, version = version + 1 "
                        + "where id = ?")
                .param(displayName.trim())
                .param(email.trim())
                .param(role.name())
                .param(id)
                .update());
    }

    @Transactional
    void setEnabled(UUID id, boolean enabled) {
        requireUpdated(jdbc.sql("update account set enabled = ?, version = version + 1 where id = ?")
                .param(enabled)
                .param(id)
                .update());
    }

    /** Sets a new password and lifts any lock, so that the person can sign in at once. */
    @Transactional
    void resetPassword(UUID id, String rawPassword) {
        AccountSummary account = find(id).orElseThrow(() -> new AccountNotFoundException(id));
        List<Problem> problems = PasswordPolicy.check(account.username(), rawPassword);
        if (!problems.isEmpty()) {
            throw new AccountRejectedException(problems);
        }
        jdbc.sql("update account set password_hash = ?, failed_logins = 0, locked_until = null, "
                        + "version = version + 1 where id = ?")
                .param(passwords.encode(rawPassword))
                .param(id)
                .update();
    }

    @Transactional
    void unlock(UUID id) {
        requireUpdated(jdbc.sql("update account set failed_logins = 0, locked_until = null, version = version + 1 "
                        + "where id = ?")
                .param(id)
                .update());
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static List<Problem> detailProblems(String displayName, String email) {
        List<Problem> problems = new ArrayList<>();
        if (displayName.isBlank()) {
            problems.add(Problem.of(
                    "displayName",
                    "account.displayName.required",
                    "Enter the name other people will see, such as 'Casey Morgan'."));
        } else if (displayName.trim().length() > 200) {
            problems.add(Problem.of(
                    "displayName",
                    "account.displayName.tooLong",
                    "The display name must have at most 200 characters."));
        }
        if (email.isBlank()
                || email.trim().length() > 200
                || !EMAIL.matcher(email.trim()).matches()) {
            problems.add(Problem.of(
                    "email",
                    "account.email.invalid",
                    "Enter an e-mail address such as 'name@example.org' (at most 200 characters)."));
        }
        return problems;
    }

    private static void requireUpdated(int rows) {
        if (rows == 0) {
            throw new AccountNotFoundException(null);
        }
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static java.time.OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(java.time.ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        java.time.OffsetDateTime value = rs.getObject(column, java.time.OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
