package org.bulwark.sites.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The stored imports. Progress is written in transactions of its own, so that other requests see it while the
 * sites are still being inserted in the import's single transaction.
 */
@Repository
public class ImportJobs {

    /** A running import whose progress has not moved for this long was cut off by a restart. */
    static final Duration STALLED = Duration.ofMinutes(2);

    private static final RowMapper<ImportJob> JOB = (rs, row) -> new ImportJob(
            rs.getObject("id", UUID.class),
            rs.getString("file_name"),
            ImportFormat.valueOf(rs.getString("format")),
            ImportStatus.valueOf(rs.getString("status")),
            rs.getInt("total_rows"),
            rs.getInt("checked_rows"),
            rs.getInt("valid_rows"),
            rs.getInt("saved_rows"),
            rs.getInt("rejected_rows"),
            rs.getInt("imported_rows"),
            rs.getString("failure"),
            rs.getObject("account_id", UUID.class),
            rs.getString("username"),
            rs.getObject("started_at", OffsetDateTime.class).toInstant(),
            rs.getObject("finished_at", OffsetDateTime.class) == null
                    ? null
                    : rs.getObject("finished_at", OffsetDateTime.class).toInstant());

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate separately;
    private final Clock clock = Clock.systemUTC();

    public ImportJobs(JdbcClient jdbc, JdbcTemplate template, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.template = template;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public UUID create(String fileName, ImportFormat format, SiteAccess access) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = now();
        separately.executeWithoutResult(status -> jdbc.sql(
                        "insert into site_import (id, file_name, format, status, total_rows, checked_rows, valid_rows,"
                                + " saved_rows, rejected_rows, imported_rows, account_id, username, started_at,"
                                + " heartbeat_at) values (?, ?, ?, 'QUEUED', 0, 0, 0, 0, 0, 0, ?, ?, ?, ?)")
                .params(
                        id,
                        truncate(fileName, 300),
                        format.name(),
                        access.user().accountId(),
                        truncate(access.user().getUsername(), 100),
                        now,
                        now)
                .update());
        return id;
    }

    public void progress(UUID id, ImportStatus status, int total, int checked, int valid, int saved, int rejected) {
        separately.executeWithoutResult(tx -> jdbc.sql("update site_import set status = ?, total_rows = ?,"
                        + " checked_rows = ?, valid_rows = ?, saved_rows = ?, rejected_rows = ?, heartbeat_at = ?"
                        + " where id = ?")
                .params(status.name(), total, checked, valid, saved, rejected, now(), id)
                .update());
    }

    public void recordErrors(UUID id, List<ImportError> errors) {
        if (errors.isEmpty()) {
            return;
        }
        separately.executeWithoutResult(tx -> template.batchUpdate(
                "insert into site_import_error (import_id, position, message) values (?, ?, ?)",
                errors,
                1000,
                (statement, error) -> {
                    statement.setObject(1, id);
                    statement.setInt(2, error.position());
                    statement.setString(3, truncate(error.message(), 4000));
                }));
    }

    /** Marks the import done; runs in the caller's transaction so that it commits with the sites. */
    public void completed(UUID id, int imported) {
        OffsetDateTime now = now();
        jdbc.sql("update site_import set status = 'COMPLETED', saved_rows = ?, imported_rows = ?, heartbeat_at = ?,"
                        + " finished_at = ? where id = ?")
                .params(imported, imported, now, now, id)
                .update();
    }

    public void failed(UUID id, String reason) {
        OffsetDateTime now = now();
        separately.executeWithoutResult(tx -> jdbc.sql(
                        "update site_import set status = 'FAILED', imported_rows = 0, saved_rows = 0, failure = ?,"
                                + " heartbeat_at = ?, finished_at = ? where id = ?")
                .params(truncate(reason, 2000), now, now, id)
                .update());
    }

    /** The import if the person may see it: their own, or any for those who see the imports of others. */
    public Optional<ImportJob> find(UUID id, SiteAccess access, String interruptedReason) {
        Optional<ImportJob> job = access.canSeeImportsOfOthers()
                ? jdbc.sql("select * from site_import where id = ?")
                        .param(id)
                        .query(JOB)
                        .optional()
                : jdbc.sql("select * from site_import where id = ? and account_id = ?")
                        .params(id, access.user().accountId())
                        .query(JOB)
                        .optional();
        if (job.isPresent() && job.get().running() && stalled(id)) {
            failed(id, interruptedReason);
            return find(id, access, interruptedReason);
        }
        return job;
    }

    /** The latest imports the person may see, newest first. */
    public List<ImportJob> recent(SiteAccess access, int limit) {
        return access.canSeeImportsOfOthers()
                ? jdbc.sql("select * from site_import order by started_at desc limit ?")
                        .param(limit)
                        .query(JOB)
                        .list()
                : jdbc.sql("select * from site_import where account_id = ? order by started_at desc limit ?")
                        .params(access.user().accountId(), limit)
                        .query(JOB)
                        .list();
    }

    /** Rejected rows in file order; {@code limit} caps how many are returned. */
    public List<ImportError> errors(UUID id, int limit) {
        return jdbc.sql("select position, message from site_import_error where import_id = ? order by position"
                        + " limit ?")
                .params(id, limit)
                .query((rs, row) -> new ImportError(rs.getInt("position"), rs.getString("message")))
                .list();
    }

    private boolean stalled(UUID id) {
        OffsetDateTime heartbeat = jdbc.sql("select heartbeat_at from site_import where id = ?")
                .param(id)
                .query(OffsetDateTime.class)
                .single();
        return heartbeat.toInstant().isBefore(clock.instant().minus(STALLED));
    }

    private OffsetDateTime now() {
        return Instant.now(clock).atOffset(ZoneOffset.UTC);
    }

    private static String truncate(@Nullable String text, int max) {
        String value = text == null ? "" : text;
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
