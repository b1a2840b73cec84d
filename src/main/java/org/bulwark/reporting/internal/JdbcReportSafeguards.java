package org.bulwark.reporting.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bulwark.identity.AccountSummary;
import org.bulwark.identity.Accounts;
import org.bulwark.identity.Reader;
import org.bulwark.identity.Role;
import org.bulwark.reporting.AttachmentContent;
import org.bulwark.reporting.InvalidReport;
import org.bulwark.reporting.InvalidReport.Violation;
import org.bulwark.reporting.MonthFigures;
import org.bulwark.reporting.Purge;
import org.bulwark.reporting.PurgeRecord;
import org.bulwark.reporting.PurgeRule;
import org.bulwark.reporting.ReadChannel;
import org.bulwark.reporting.ReaderReads;
import org.bulwark.reporting.Report;
import org.bulwark.reporting.ReportConflict;
import org.bulwark.reporting.ReportNotFound;
import org.bulwark.reporting.ReportRead;
import org.bulwark.reporting.ReportSafeguards;
import org.bulwark.reporting.ReportState;
import org.bulwark.reporting.Reports;
import org.bulwark.reporting.RetentionPeriods;
import org.bulwark.reporting.ReviewDue;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;

/**
 * The read audit, reviews, the purge and the figures, over the reporting tables. The purge takes the row of the
 * {@code purge} job in {@code report_job} with {@code for update skip locked}, so that one run at a time removes
 * reports across every node, and a second run started meanwhile does nothing.
 *
 * <p>A purged report takes the reports merged into it with it: their content is only reachable through it, and
 * keeping them would keep the personal data of a matter the rule says must go. Reports merged into another are
 * never judged on their own for the same reason; they go when the report they were merged into goes.
 */
@Service
@Transactional
class JdbcReportSafeguards implements ReportSafeguards {

    /** The history kinds the figures count, and the measure each one is. */
    private static final Map<String, String> COUNTED = Map.of(
            "ESCALATE", "ESCALATED",
            "REFER", "REFERRED",
            "CLOSE_UNFOUNDED", "CLOSED_UNFOUNDED");

    private static final int CHUNK = 500;
    private static final int DUE_MAX = 500;

    private final Correlations correlations;
    private final JdbcClient jdbc;
    private final Reports reports;
    private final ReportAccess access;
    private final ReportChecks checks;
    private final Accounts accounts;
    private final RetentionSettings retention;
    private final ZoneId zone;
    private final Clock clock = Clock.systemUTC();

    JdbcReportSafeguards(
            JdbcClient jdbc,
            Reports reports,
            ReportAccess access,
            ReportChecks checks,
            Accounts accounts,
            RetentionSettings retention,
            ReportingSettings settings,
            Correlations correlations) {
        this.jdbc = jdbc;
        this.correlations = correlations;
        this.reports = reports;
        this.access = access;
        this.checks = checks;
        this.accounts = accounts;
        this.retention = retention;
        this.zone = settings.timeZone();
    }

    // ---------------------------------------------------------------------------------------------- read audit

    @Override
    public Report read(Reader reader, UUID id, ReadChannel channel) {
        Report report = reports.get(reader, id);
        audit(reader, report, channel);
        return report;
    }

    @Override
    public AttachmentContent readAttachment(Reader reader, UUID report, UUID attachment) {
        AttachmentContent content = reports.attachment(reader, report, attachment);
        audit(reader, reports.get(reader, report), ReadChannel.ATTACHMENT);
        return content;
    }

    private void audit(Reader reader, Report report, ReadChannel channel) {
        if (reader.account().equals(report.reportingAccount())) {
            return;
        }
        jdbc.sql("insert into report_read (id, report_id, reader, reader_role, channel, read_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(
                        UUID.randomUUID(),
                        report.id(),
                        reader.account(),
                        reader.role().name(),
                        channel.name(),
                        utc(clock.instant()))
                .update();
    }

    @Override
    public boolean maySeeRetention(Reader reader) {
        return access.maySeeRetention(reader);
    }

    @Override
    public boolean mayAuditReads(Reader reader) {
        return access.mayAuditReads(reader);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReportRead> reads(Reader reader, UUID id) {
        mustTriage(reader);
        Map<UUID, String> names = new HashMap<>();
        return jdbc.sql("select reader, reader_role, channel, read_at from report_read where report_id = ?"
                        + " order by read_at desc, id")
                .param(id)
                .query((rs, n) -> {
                    UUID account = rs.getObject("reader", UUID.class);
                    return new ReportRead(
                            account,
                            names.computeIfAbsent(account, this::displayName),
                            Role.valueOf(rs.getString("reader_role")),
                            ReadChannel.valueOf(rs.getString("channel")),
                            instant(rs.getObject("read_at", OffsetDateTime.class)));
                })
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReaderReads> readsByReader(Reader reader) {
        Assert.notNull(reader, "reader must not be null");
        if (!access.mayAuditReads(reader)) {
            throw new AccessDeniedException("Only coordinators and overseers audit the reads of reports.");
        }
        return jdbc.sql("select reader, reader_role, count(*) as reads, count(distinct report_id) as reports,"
                        + " max(read_at) as last_read from report_read group by reader, reader_role"
                        + " order by count(*) desc, max(read_at) desc")
                .query((rs, n) -> {
                    UUID account = rs.getObject("reader", UUID.class);
                    return new ReaderReads(
                            account,
                            displayName(account),
                            Role.valueOf(rs.getString("reader_role")),
                            rs.getLong("reads"),
                            rs.getLong("reports"),
                            instant(rs.getObject("last_read", OffsetDateTime.class)));
                })
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public long readCount(Reader reader) {
        mustSeeRetention(reader);
        return jdbc.sql("select count(*) from report_read").query(Long.class).single();
    }

    // ---------------------------------------------------------------------------------------------- reviews

    @Override
    public Report review(Reader reader, UUID id, String justification) {
        mustTriage(reader);
        jdbc.sql("select id from report where id = ? for update")
                .param(id)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new ReportNotFound(id.toString()));
        Locked row = jdbc.sql("select r.reference, r.state, m.reference as merged_into_reference from report r"
                        + " left join report m on m.id = r.merged_into where r.id = ?")
                .param(id)
                .query((rs, n) -> new Locked(
                        rs.getString("reference"),
                        ReportState.valueOf(rs.getString("state")),
                        rs.getString("merged_into_reference")))
                .optional()
                .orElseThrow(() -> new ReportNotFound(id.toString()));
        if (row.mergedIntoReference() != null) {
            throw new ReportConflict(
                    row.reference() + " was merged into " + row.mergedIntoReference() + "; review that report.");
        }
        List<Violation> violations = new ArrayList<>();
        String kept = checks.text(justification, "justification", ReportChecks.REASON_MAX, violations);
        if (!violations.isEmpty()) {
            throw new InvalidReport(violations);
        }
        Instant now = clock.instant();
        jdbc.sql("update report set reviewed_at = ?, changed_at = ?, version = version + 1 where id = ?")
                .params(utc(now), utc(now), id)
                .update();
        jdbc.sql("insert into report_event (id, report_id, happened_at, actor, actor_name, kind, from_state,"
                        + " to_state, detail) values (?, ?, ?, ?, ?, 'REVIEWED', null, null, ?)")
                .params(UUID.randomUUID(), id, utc(now), reader.account(), displayName(reader.account()), kept)
                .update();
        return reports.get(reader, id);
    }

    private record Locked(
            String reference, ReportState state, @Nullable String mergedIntoReference) {}

    @Override
    @Transactional(readOnly = true)
    public List<ReviewDue> reviewsDue(Reader reader) {
        mustTriage(reader);
        Instant now = clock.instant();
        Instant warnFrom = now.minus(retention.review()).plus(retention.reviewWarning());
        return jdbc.sql("select id, reference, state, category_code, changed_at, reviewed_at from report"
                        + " where merged_into is null and changed_at < ? order by changed_at, id limit ?")
                .params(utc(warnFrom), DUE_MAX)
                .query((rs, n) -> {
                    Instant changed = instant(rs.getObject("changed_at", OffsetDateTime.class));
                    OffsetDateTime reviewed = rs.getObject("reviewed_at", OffsetDateTime.class);
                    return new ReviewDue(
                            rs.getObject("id", UUID.class),
                            rs.getString("reference"),
                            ReportState.valueOf(rs.getString("state")),
                            rs.getString("category_code"),
                            changed,
                            reviewed == null ? null : reviewed.toInstant(),
                            changed.plus(retention.review()));
                })
                .list();
    }

    // ---------------------------------------------------------------------------------------------- purge

    @Override
    public Purge purge(Reader reader) {
        Assert.notNull(reader, "reader must not be null");
        if (!access.mayRunPurge(reader)) {
            throw new AccessDeniedException("Only coordinators run the purge.");
        }
        return run(false);
    }

    /** Runs both rules now for the scheduled job. */
    public Purge runForJob() {
        return run(true);
    }

    private Purge run(boolean byJob) {
        Optional<String> held = jdbc.sql("select name from report_job where name = 'purge' for update skip locked")
                .query(String.class)
                .optional();
        if (held.isEmpty()) {
            return new Purge(false, List.of());
        }
        Instant now = clock.instant();
        Set<UUID> taken = new LinkedHashSet<>();
        List<PurgeRecord> records = new ArrayList<>();
        for (PurgeRule rule : PurgeRule.values()) {
            List<UUID> roots = switch (rule) {
                case UNFOUNDED ->
                    jdbc.sql("select id from report where merged_into is null and state = ? and changed_at < ?")
                            .params(ReportState.CLOSED_UNFOUNDED.name(), utc(now.minus(retention.unfounded())))
                            .query(UUID.class)
                            .list();
                case REVIEW_LAPSED ->
                    jdbc.sql("select id from report where merged_into is null and changed_at < ?")
                            .param(utc(now.minus(retention.review())))
                            .query(UUID.class)
                            .list();
            };
            List<UUID> fresh = roots.stream().filter(id -> !taken.contains(id)).toList();
            // merged reports first, the deepest first, so that no reference is left pointing at a deleted report
            List<List<UUID>> layers = new ArrayList<>();
            layers.add(fresh);
            List<UUID> layer = fresh;
            while (!layer.isEmpty()) {
                List<UUID> next = new ArrayList<>();
                for (List<UUID> chunk : chunks(layer)) {
                    next.addAll(jdbc.sql("select id from report where merged_into in (:ids)")
                            .param("ids", chunk)
                            .query(UUID.class)
                            .list());
                }
                next.removeAll(taken);
                if (!next.isEmpty()) {
                    layers.add(next);
                }
                layer = next;
            }
            List<UUID> all = layers.stream().flatMap(List::stream).toList();
            taken.addAll(all);
            int attachments = count("report_attachment", all);
            int reads = count("report_read", all);
            tally(all);
            // what correlation holds on them (keys, places, links) goes with them
            correlations.forget(all);
            for (int i = layers.size() - 1; i >= 0; i--) {
                for (List<UUID> chunk : chunks(layers.get(i))) {
                    jdbc.sql("delete from report where id in (:ids)")
                            .param("ids", chunk)
                            .update();
                }
            }
            PurgeRecord record = new PurgeRecord(now, rule, all.size(), attachments, reads, byJob);
            jdbc.sql("insert into report_purge (id, purged_at, rule, reports, attachments, reads, triggered_by)"
                            + " values (?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            UUID.randomUUID(),
                            utc(now),
                            rule.name(),
                            record.reports(),
                            attachments,
                            reads,
                            byJob ? "JOB" : "PERSON")
                    .update();
            records.add(record);
        }
        jdbc.sql("update report_job set last_run_at = ? where name = 'purge'")
                .param(utc(now))
                .update();
        return new Purge(true, records);
    }

    private int count(String table, List<UUID> reports) {
        long total = 0;
        for (List<UUID> chunk : chunks(reports)) {
            total += jdbc.sql("select count(*) from " + table + " where report_id in (:ids)")
                    .param("ids", chunk)
                    .query(Long.class)
                    .single();
        }
        return Math.toIntExact(total);
    }

    /** Carries what the reports counted for in each month's figures into the tally, before they go. */
    private void tally(List<UUID> reports) {
        Map<String, Long> amounts = new HashMap<>();
        for (List<UUID> chunk : chunks(reports)) {
            jdbc.sql("select received_at from report where id in (:ids)")
                    .param("ids", chunk)
                    .query(OffsetDateTime.class)
                    .list()
                    .forEach(at -> amounts.merge(month(at.toInstant()) + "|RECEIVED", 1L, Long::sum));
            jdbc.sql("select kind, happened_at from report_event where report_id in (:ids) and kind in (:kinds)")
                    .param("ids", chunk)
                    .param("kinds", COUNTED.keySet())
                    .query((rs, n) -> month(instant(rs.getObject("happened_at", OffsetDateTime.class))) + "|"
                            + COUNTED.get(rs.getString("kind")))
                    .list()
                    .forEach(key -> amounts.merge(key, 1L, Long::sum));
        }
        amounts.forEach((key, amount) -> {
            String month = key.substring(0, key.indexOf('|'));
            String measure = key.substring(key.indexOf('|') + 1);
            int updated = jdbc.sql(
                            "update report_month_tally set amount = amount + ? where month_key = ? and measure = ?")
                    .params(amount, month, measure)
                    .update();
            if (updated == 0) {
                jdbc.sql("insert into report_month_tally (month_key, measure, amount) values (?, ?, ?)")
                        .params(month, measure, amount)
                        .update();
            }
        });
    }

    @Override
    @Transactional(readOnly = true)
    public List<PurgeRecord> purges(Reader reader, int limit) {
        mustSeeRetention(reader);
        return jdbc.sql("select purged_at, rule, reports, attachments, reads, triggered_by from report_purge"
                        + " order by purged_at desc, rule limit ?")
                .param(Math.max(1, Math.min(limit, 1000)))
                .query((rs, n) -> new PurgeRecord(
                        instant(rs.getObject("purged_at", OffsetDateTime.class)),
                        PurgeRule.valueOf(rs.getString("rule")),
                        rs.getInt("reports"),
                        rs.getInt("attachments"),
                        rs.getInt("reads"),
                        "JOB".equals(rs.getString("triggered_by"))))
                .list();
    }

    @Override
    public RetentionPeriods periods() {
        String cron = retention.purgeCron().strip();
        return new RetentionPeriods(
                retention.unfounded(), retention.review(), retention.reviewWarning(), "-".equals(cron) ? null : cron);
    }

    @Override
    public void moveIntoPast(UUID id, Duration by) {
        Assert.isTrue(!by.isNegative() && !by.isZero(), "by must be positive");
        long seconds = by.toSeconds();
        for (String[] table : new String[][] {
            {"report", "id", "received_at"},
            {"report", "id", "changed_at"},
            {"report", "id", "escalated_at"},
            {"report", "id", "reviewed_at"},
            {"report_event", "report_id", "happened_at"},
            {"report_attachment", "report_id", "added_at"},
            {"report_addition", "report_id", "added_at"},
            {"report_read", "report_id", "read_at"}
        }) {
            jdbc.sql("select id as row_id, " + table[2] + " as at from " + table[0] + " where " + table[1] + " = ?"
                            + " and " + table[2] + " is not null")
                    .param(id)
                    .query((rs, n) ->
                            Map.entry(rs.getObject("row_id", UUID.class), rs.getObject("at", OffsetDateTime.class)))
                    .list()
                    .forEach(row -> jdbc.sql("update " + table[0] + " set " + table[2] + " = ? where id = ?")
                            .params(row.getValue().minusSeconds(seconds), row.getKey())
                            .update());
        }
    }

    // ---------------------------------------------------------------------------------------------- figures

    @Override
    @Transactional(readOnly = true)
    public List<MonthFigures> figures(Reader reader) {
        mustSeeRetention(reader);
        YearMonth last = YearMonth.now(clock.withZone(zone));
        YearMonth first = last.minusMonths(11);
        Map<String, Long> tally = new HashMap<>();
        jdbc.sql("select month_key, measure, amount from report_month_tally where month_key >= ?")
                .param(first.toString())
                .query((rs, n) ->
                        Map.entry(rs.getString("month_key") + "|" + rs.getString("measure"), rs.getLong("amount")))
                .list()
                .forEach(e -> tally.put(e.getKey(), e.getValue()));
        List<MonthFigures> figures = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            OffsetDateTime from = utc(month.atDay(1).atStartOfDay(zone).toInstant());
            OffsetDateTime to =
                    utc(month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
            String key = month + "|";
            long received = jdbc.sql("select count(*) from report where received_at >= ? and received_at < ?")
                            .params(from, to)
                            .query(Long.class)
                            .single()
                    + tally.getOrDefault(key + "RECEIVED", 0L);
            long purged = jdbc.sql("select coalesce(sum(reports), 0) from report_purge where purged_at >= ?"
                            + " and purged_at < ?")
                    .params(from, to)
                    .query(Long.class)
                    .single();
            figures.add(new MonthFigures(
                    month,
                    received,
                    events("ESCALATE", from, to) + tally.getOrDefault(key + "ESCALATED", 0L),
                    events("REFER", from, to) + tally.getOrDefault(key + "REFERRED", 0L),
                    events("CLOSE_UNFOUNDED", from, to) + tally.getOrDefault(key + "CLOSED_UNFOUNDED", 0L),
                    purged));
        }
        return figures;
    }

    private long events(String kind, OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql("select count(*) from report_event where kind = ? and happened_at >= ? and happened_at < ?")
                .params(kind, from, to)
                .query(Long.class)
                .single();
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private void mustTriage(Reader reader) {
        Assert.notNull(reader, "reader must not be null");
        if (!access.mayTriage(reader)) {
            throw new AccessDeniedException("Only analysts and coordinators triage reports.");
        }
    }

    private void mustSeeRetention(Reader reader) {
        Assert.notNull(reader, "reader must not be null");
        if (!access.maySeeRetention(reader)) {
            throw new AccessDeniedException("Only coordinators, analysts and overseers see retention.");
        }
    }

    private @Nullable String displayName(UUID account) {
        return accounts.find(account).map(AccountSummary::displayName).orElse(null);
    }

    private String month(Instant at) {
        return YearMonth.from(at.atZone(zone)).toString();
    }

    private static List<List<UUID>> chunks(List<UUID> ids) {
        List<List<UUID>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + CHUNK)));
        }
        return chunks;
    }

    private static Instant instant(OffsetDateTime value) {
        return value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
