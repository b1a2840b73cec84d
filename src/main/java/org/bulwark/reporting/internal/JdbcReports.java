package org.bulwark.reporting.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bulwark.identity.AccountSummary;
import org.bulwark.identity.Accounts;
import org.bulwark.identity.Reader;
import org.bulwark.identity.Role;
import org.bulwark.reporting.Assignee;
import org.bulwark.reporting.AttachmentContent;
import org.bulwark.reporting.InvalidReport;
import org.bulwark.reporting.InvalidReport.Violation;
import org.bulwark.reporting.Receipt;
import org.bulwark.reporting.ReceiptStatus;
import org.bulwark.reporting.Report;
import org.bulwark.reporting.ReportConflict;
import org.bulwark.reporting.ReportDraft;
import org.bulwark.reporting.ReportDraft.Contact;
import org.bulwark.reporting.ReportDraft.Handle;
import org.bulwark.reporting.ReportDraft.Person;
import org.bulwark.reporting.ReportDraft.Vehicle;
import org.bulwark.reporting.ReportEscalated;
import org.bulwark.reporting.ReportFile;
import org.bulwark.reporting.ReportNotFound;
import org.bulwark.reporting.ReportPage;
import org.bulwark.reporting.ReportQuery;
import org.bulwark.reporting.ReportSource;
import org.bulwark.reporting.ReportState;
import org.bulwark.reporting.ReportSummary;
import org.bulwark.reporting.Reports;
import org.bulwark.reporting.Submission;
import org.bulwark.reporting.Transition;
import org.bulwark.reporting.internal.ReportRows.Stored;
import org.bulwark.sites.Sites;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.Assert;
import tools.jackson.databind.ObjectMapper;

/**
 * Reports in the {@code report} table and its children. Each write runs in one transaction that commits before the
 * method returns, so that what the caller is told was stored is stored.
 */
@Service
@Transactional
class JdbcReports implements Reports {

    private static final String COLUMNS = "r.id, r.reference, r.source, r.state, r.observed_at, r.received_at,"
            + " r.changed_at, r.latitude, r.longitude, r.site_id, r.sector_code, r.category_code, r.description,"
            + " r.reporting_account, r.reporting_name, r.organisation_id, r.public_contact_name,"
            + " r.public_contact_email, r.public_contact_phone, r.assignee, r.articulable_facts, r.escalated_by,"
            + " r.escalated_at, r.merged_into, m.reference as merged_into_reference, r.closing_reason, r.version";
    private static final String FROM = " from report r left join report m on m.id = r.merged_into";
    private static final int EXCERPT = 160;

    private final JdbcClient jdbc;
    private final ReportAccess access;
    private final ReportChecks checks;
    private final Sites sites;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;
    private final TransactionTemplate transactions;
    private final ReportRows rows;
    private final ReportWriter writer;
    private final Clock clock = Clock.systemUTC();

    JdbcReports(
            JdbcClient jdbc,
            ReportAccess access,
            ReportChecks checks,
            Sites sites,
            Accounts accounts,
            ApplicationEventPublisher events,
            ObjectMapper json,
            PlatformTransactionManager transactionManager,
            ReportRows rows,
            ReportWriter writer) {
        this.jdbc = jdbc;
        this.access = access;
        this.checks = checks;
        this.sites = sites;
        this.accounts = accounts;
        this.events = events;
        this.json = json;
        this.transactions = new TransactionTemplate(transactionManager);
        this.rows = rows;
        this.writer = writer;
    }

    @Override
    public boolean maySubmit(Reader reader) {
        return access.maySubmit(reader);
    }

    @Override
    public boolean mayTriage(Reader reader) {
        return access.mayTriage(reader);
    }

    @Override
    public boolean mayRead(Reader reader) {
        return access.mayRead(reader);
    }

    // ---------------------------------------------------------------------------------------------- intake

    @Override
    public Report submit(Reader reporter, ReportDraft draft, List<ReportFile> files) {
        Assert.notNull(reporter, "reporter must not be null");
        mustSubmit(reporter);
        ReportChecks.Checked checked = checks.check(draft, files, false, false);
        Stored stored = insert(checked, sourceOf(reporter), reporter, null, null, null, false);
        return created(reporter, checked, stored);
    }

    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Submission submitOnce(Reader reporter, String key, ReportDraft draft, List<ReportFile> files) {
        Assert.notNull(reporter, "reporter must not be null");
        mustSubmit(reporter);
        String trimmed = ReportChecks.trimmed(key);
        if (trimmed == null || trimmed.length() > 200) {
            throw new InvalidReport(List.of(new Violation(
                    "Idempotency-Key",
                    "reporting.error.idempotencyKey",
                    "The Idempotency-Key must hold 1 to 200 characters.")));
        }
        String hash = requestHash(draft, files);
        if (!files.isEmpty()) {
            return submitOnceWithFiles(reporter, trimmed, hash, draft, files);
        }
        ReportChecks.Checked checked;
        try {
            checked = checks.check(draft, files, false, false);
        } catch (InvalidReport invalid) {
            // a retry of a report stored earlier gets that report, even if, say, its category was retired since
            return earlier(reporter, trimmed, hash).orElseThrow(() -> invalid);
        }
        ReportWriter.Outcome outcome = writer.write(reporter, trimmed, hash, checked);
        if (outcome instanceof ReportWriter.Created created) {
            return new Submission(created(reporter, checked, created.stored()), true);
        }
        return new Submission(get(reporter, ((ReportWriter.Existing) outcome).id()), false);
    }

    /** Reports with attachments are rare and large: each is written in a transaction of its own. */
    private Submission submitOnceWithFiles(
            Reader reporter, String key, String hash, ReportDraft draft, List<ReportFile> files) {
        try {
            Submission submission = transactions.execute(status -> {
                Optional<Submission> earlier = earlier(reporter, key, hash);
                if (earlier.isPresent()) {
                    return earlier.get();
                }
                ReportChecks.Checked checked = checks.check(draft, files, false, false);
                Stored stored = insert(checked, sourceOf(reporter), reporter, key, hash, null, false);
                return new Submission(created(reporter, checked, stored), true);
            });
            return java.util.Objects.requireNonNull(submission);
        } catch (DuplicateKeyException raced) {
            // another request with the same key committed first
            return earlier(reporter, key, hash).orElseThrow(() -> raced);
        }
    }

    private Optional<Submission> earlier(Reader reporter, String key, String hash) {
        return transactions.execute(status -> jdbc.sql("select id, request_hash from report"
                        + " where integration_account = :account and idempotency_key = :key")
                .param("account", reporter.account())
                .param("key", key)
                .query((rs, row) -> {
                    if (!hash.equals(rs.getString("request_hash"))) {
                        throw ReportWriter.reusedKey(key);
                    }
                    return rs.getObject("id", UUID.class);
                })
                .optional()
                .map(id -> new Submission(get(reporter, id), false)));
    }

    /** The same content gives the same hash: the draft as JSON, then each file's name and bytes. */
    private String requestHash(ReportDraft draft, List<ReportFile> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(json.writeValueAsBytes(draft));
            for (ReportFile file : files) {
                digest.update((byte) 0);
                digest.update(String.valueOf(file.fileName()).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.content());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public Receipt submitPublic(ReportDraft draft, List<ReportFile> files, boolean usePhotoLocation) {
        ReportChecks.Checked checked = checks.check(draft, files, true, usePhotoLocation);
        String code = ReceiptCodes.next();
        Stored stored = insert(
                checked,
                ReportSource.PUBLIC,
                null,
                null,
                null,
                ReceiptCodes.hash(ReceiptCodes.normalise(code)),
                usePhotoLocation);
        return new Receipt(stored.id(), stored.reference(), code);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ReceiptStatus> receipt(String code) {
        return reportOfReceipt(code).map(this::receiptStatus);
    }

    @Override
    public ReceiptStatus addToReceipt(String code, @Nullable String text, List<ReportFile> files) {
        UUID id = reportOfReceipt(code).orElseThrow(() -> new ReportNotFound("with this receipt code"));
        List<Violation> violations = new ArrayList<>();
        String kept = ReportChecks.trimmed(text);
        List<ReportChecks.StoredFile> accepted = checks.files(files, true, false, violations);
        if (kept == null && accepted.isEmpty() && violations.isEmpty()) {
            violations.add(new Violation("text", "reporting.error.text.blank", "Write what you want to add."));
        }
        if (kept != null && kept.length() > checks.maxDescription()) {
            violations.add(new Violation(
                    "text",
                    "reporting.error.tooLong",
                    "The text is longer than " + checks.maxDescription() + " characters.",
                    checks.maxDescription()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidReport(violations);
        }
        Instant now = clock.instant();
        if (kept != null) {
            jdbc.sql("insert into report_addition (id, report_id, body, added_at) values (?, ?, ?, ?)")
                    .params(UUID.randomUUID(), id, kept, utc(now))
                    .update();
        }
        insertFiles(id, accepted, now);
        jdbc.sql("update report set changed_at = ?, version = version + 1 where id = ?")
                .params(utc(now), id)
                .update();
        event(id, now, null, null, "ADDED", null, null, kept);
        return receiptStatus(id);
    }

    private Optional<UUID> reportOfReceipt(String code) {
        String normalised = ReceiptCodes.normalise(code);
        if (normalised == null) {
            return Optional.empty();
        }
        return jdbc.sql("select id from report where receipt_hash = ?")
                .param(ReceiptCodes.hash(normalised))
                .query(UUID.class)
                .optional();
    }

    private ReceiptStatus receiptStatus(UUID id) {
        return jdbc.sql("select r.reference, r.received_at, r.state,"
                        + " (select count(*) from report_addition a where a.report_id = r.id) as additions,"
                        + " (select count(*) from report_attachment f where f.report_id = r.id) as photos"
                        + " from report r where r.id = ?")
                .param(id)
                .query((rs, row) -> new ReceiptStatus(
                        rs.getString("reference"),
                        instant(rs, "received_at"),
                        ReportState.valueOf(rs.getString("state")),
                        rs.getInt("additions"),
                        rs.getInt("photos")))
                .single();
    }

    /**
     * The report just stored, as a read would return it; built from what was written rather than read back, which
     * would take a query per child table. Attachments are read back, as their order is the database's.
     */
    private Report created(Reader reporter, ReportChecks.Checked report, Stored stored) {
        if (!report.files().isEmpty()) {
            return get(reporter, stored.id());
        }
        boolean triage = access.maySeeTriageDetails(reporter);
        return new Report(
                stored.id(),
                stored.reference(),
                sourceOf(reporter),
                ReportState.RECEIVED,
                report.observedAt(),
                stored.at(),
                stored.at(),
                stored.latitude(),
                stored.longitude(),
                report.site(),
                report.siteName(),
                report.sector(),
                report.category(),
                report.description(),
                report.people(),
                report.vehicles(),
                report.phoneNumbers(),
                report.handles(),
                List.of(),
                List.of(),
                reporter.account(),
                stored.reportingName(),
                reporter.organisation(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                null,
                triage
                        ? List.of(new Report.Entry(
                                stored.at(), "SUBMITTED", stored.reportingName(), null, ReportState.RECEIVED, null))
                        : List.of());
    }

    private Stored insert(
            ReportChecks.Checked report,
            ReportSource source,
            @Nullable Reader reporter,
            @Nullable String idempotencyKey,
            @Nullable String requestHash,
            @Nullable String receiptHash,
            boolean usePhotoLocation) {
        Double latitude = report.latitude();
        Double longitude = report.longitude();
        if (latitude == null && usePhotoLocation) {
            for (ReportChecks.StoredFile file : report.files()) {
                if (file.location() != null) {
                    latitude = file.location().latitude();
                    longitude = file.location().longitude();
                    break;
                }
            }
        }
        String reportingName = reporter == null ? null : displayName(reporter.account());
        Stored stored = rows.insert(List.of(new ReportRows.NewReport(
                        report,
                        source,
                        reporter,
                        reportingName,
                        latitude,
                        longitude,
                        idempotencyKey,
                        requestHash,
                        receiptHash)))
                .get(0);
        insertFiles(stored.id(), report.files(), stored.at());
        return stored;
    }

    private void insertFiles(UUID report, List<ReportChecks.StoredFile> files, Instant now) {
        for (ReportChecks.StoredFile file : files) {
            jdbc.sql("insert into report_attachment (id, report_id, file_name, content_type, file_size, sha256,"
                            + " content, added_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            UUID.randomUUID(),
                            report,
                            file.fileName(),
                            file.contentType(),
                            file.content().length,
                            sha256(file.content()),
                            file.content(),
                            utc(now))
                    .update();
        }
    }

    // ---------------------------------------------------------------------------------------------- reads

    @Override
    @Transactional(readOnly = true)
    public Report get(Reader reader, UUID id) {
        Assert.notNull(reader, "reader must not be null");
        Row row = row(id).orElseThrow(() -> new ReportNotFound(id.toString()));
        if (!access.mayRead(reader, row.reportingAccount, row.organisation)) {
            throw new ReportNotFound(id.toString());
        }
        return report(row, access.maySeeTriageDetails(reader));
    }

    @Override
    @Transactional(readOnly = true)
    public ReportPage search(Reader reader, ReportQuery query) {
        Assert.notNull(reader, "reader must not be null");
        Assert.notNull(query, "query must not be null");
        ReportAccess.Condition condition = access.readCondition(reader, "r");
        StringBuilder where = new StringBuilder(" where ").append(condition.sql());
        Map<String, Object> params = new HashMap<>(condition.params());
        if (!query.withMerged()) {
            where.append(" and r.merged_into is null");
        }
        if (query.state() != null) {
            where.append(" and r.state = :state");
            params.put("state", query.state().name());
        }
        if (query.category() != null && !query.category().isBlank()) {
            where.append(" and r.category_code = :category");
            params.put("category", query.category().strip().toLowerCase(Locale.ROOT));
        }
        if (query.sector() != null && !query.sector().isBlank()) {
            where.append(" and r.sector_code = :sector");
            params.put("sector", query.sector().strip().toLowerCase(Locale.ROOT));
        }
        if (query.source() != null) {
            where.append(" and r.source = :source");
            params.put("source", query.source().name());
        }
        if (query.unassigned()) {
            where.append(" and r.assignee is null");
        } else if (query.assignee() != null) {
            where.append(" and r.assignee = :assignee");
            params.put("assignee", query.assignee());
        }
        if (query.from() != null) {
            where.append(" and r.received_at >= :from");
            params.put("from", utc(query.from()));
        }
        if (query.to() != null) {
            where.append(" and r.received_at < :to");
            params.put("to", utc(query.to()));
        }
        String text = ReportChecks.trimmed(query.text());
        if (text != null) {
            String lower = text.toLowerCase(Locale.ROOT);
            params.put("text", like(lower));
            params.put("plate", like(plateKey(text)));
            params.put("handle", like(handleKey(text)));
            String digits = ReportChecks.digits(text);
            where.append(" and (lower(r.description) like :text escape '\\' or lower(r.reference) like :text escape"
                    + " '\\' or exists (select 1 from report_vehicle v where v.report_id = r.id and (v.plate_key like"
                    + " :plate escape '\\' or lower(v.description) like :text escape '\\'))"
                    + " or exists (select 1 from report_handle h where h.report_id = r.id"
                    + " and h.handle_key like :handle escape '\\')");
            if (digits.length() >= 3) {
                where.append(" or exists (select 1 from report_phone p where p.report_id = r.id"
                        + " and p.number_key like :digits)");
                params.put("digits", "%" + digits + "%");
            }
            where.append(")");
        }
        long total = jdbc.sql("select count(*) from report r" + where)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", query.size());
        params.put("offset", (long) query.page() * query.size());
        List<Row> rows = jdbc.sql("select " + COLUMNS + FROM + where
                        + " order by r.received_at desc, r.id limit :limit offset :offset")
                .params(params)
                .query(JdbcReports::row)
                .list();
        boolean triage = access.maySeeTriageDetails(reader);
        Map<UUID, String> names = triage ? assigneeNames() : Map.of();
        Map<UUID, String> siteNames = siteNames(rows.stream().map(r -> r.site).toList());
        List<ReportSummary> summaries = rows.stream()
                .map(r -> new ReportSummary(
                        r.id,
                        r.reference,
                        r.source,
                        r.state,
                        r.observedAt,
                        r.receivedAt,
                        r.changedAt,
                        r.sector,
                        r.category,
                        r.site == null ? null : siteNames.get(r.site),
                        excerpt(r.description),
                        triage ? r.assignee : null,
                        triage && r.assignee != null ? names.get(r.assignee) : null,
                        r.mergedIntoReference))
                .toList();
        return new ReportPage(summaries, total, query.page(), query.size());
    }

    @Override
    @Transactional(readOnly = true)
    public AttachmentContent attachment(Reader reader, UUID report, UUID attachment) {
        get(reader, report);
        return jdbc.sql("select file_name, content_type, content from report_attachment where id = ? and report_id = ?")
                .params(attachment, report)
                .query((rs, row) -> new AttachmentContent(
                        rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("content")))
                .optional()
                .orElseThrow(() -> new ReportNotFound("attachment " + attachment));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Assignee> assignees() {
        return accounts.all().stream()
                .filter(a -> a.enabled() && (a.role() == Role.ANALYST || a.role() == Role.COORDINATOR))
                .map(a -> new Assignee(a.id(), a.displayName()))
                .sorted((a, b) -> a.displayName().compareToIgnoreCase(b.displayName()))
                .toList();
    }

    // ---------------------------------------------------------------------------------------------- triage

    @Override
    public Report decide(
            Reader reader, UUID id, Transition transition, @Nullable String category, @Nullable String text) {
        mustTriage(reader);
        Assert.notNull(transition, "transition must not be null");
        applyDecision(reader, id, transition, category, text);
        return get(reader, id);
    }

    @Override
    public List<Report> decideAll(
            Reader reader,
            Collection<UUID> ids,
            Transition transition,
            @Nullable String category,
            @Nullable String text) {
        mustTriage(reader);
        List<UUID> distinct = distinct(ids);
        for (UUID id : distinct) {
            applyDecision(reader, id, transition, category, text);
        }
        return distinct.stream().map(id -> get(reader, id)).toList();
    }

    private void applyDecision(
            Reader reader, UUID id, Transition transition, @Nullable String category, @Nullable String text) {
        Row row = lockedRow(id);
        if (row.mergedInto != null) {
            throw new ReportConflict(
                    row.reference + " was merged into " + row.mergedIntoReference + "; decide on that report.");
        }
        if (!transition.allowedFrom(row.state)) {
            throw new ReportConflict(row.reference + " is "
                    + row.state.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + "; it cannot take the decision "
                    + transition.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + ".");
        }
        List<Violation> violations = new ArrayList<>();
        String kept = null;
        String newCategory = row.category;
        if (transition == Transition.ESCALATE) {
            String chosen = ReportChecks.trimmed(category);
            if (chosen != null) {
                newCategory = chosen.toLowerCase(Locale.ROOT);
                if (!checks.isCategory(newCategory)) {
                    violations.add(new Violation(
                            "category",
                            "reporting.error.category",
                            "No behaviour category has the code '" + chosen + "'.",
                            chosen));
                }
            } else if (newCategory == null) {
                violations.add(new Violation(
                        "category",
                        "reporting.error.escalate.category",
                        "Escalation needs the behaviour category the facts show."));
            }
            kept = checks.text(text, "articulableFacts", checks.maxDescription(), violations);
            if (kept != null && kept.length() < ReportChecks.FACTS_MIN) {
                violations.add(new Violation(
                        "articulableFacts",
                        "reporting.error.articulableFacts.short",
                        "Write the articulable facts in at least " + ReportChecks.FACTS_MIN + " characters.",
                        ReportChecks.FACTS_MIN));
            }
        } else if (transition.needsText()) {
            kept = checks.text(text, "reason", ReportChecks.REASON_MAX, violations);
        }
        if (!violations.isEmpty()) {
            throw new InvalidReport(violations);
        }
        Instant now = clock.instant();
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        params.put("state", transition.target().name());
        params.put("now", utc(now));
        String set = " set state = :state, changed_at = :now, version = version + 1";
        switch (transition) {
            case ESCALATE -> {
                set += ", category_code = :category, articulable_facts = :facts, escalated_by = :actor,"
                        + " escalated_at = :now";
                params.put("category", newCategory);
                params.put("facts", kept);
                params.put("actor", reader.account());
            }
            case CLOSE_UNFOUNDED, CLOSE_NOT_RELEVANT -> {
                set += ", closing_reason = :reason";
                params.put("reason", kept);
            }
            case REOPEN -> set += ", closing_reason = null";
            default -> {}
        }
        jdbc.sql("update report" + set + " where id = :id").params(params).update();
        event(
                id,
                now,
                reader.account(),
                displayName(reader.account()),
                transition.name(),
                row.state,
                transition.target(),
                transition == Transition.ESCALATE ? newCategory + ": " + kept : kept);
        if (transition == Transition.ESCALATE) {
            events.publishEvent(new ReportEscalated(id));
        }
    }

    @Override
    public Report assign(Reader reader, UUID id, @Nullable UUID assignee) {
        mustTriage(reader);
        applyAssignment(reader, id, assignee, assigneeName(assignee));
        return get(reader, id);
    }

    @Override
    public List<Report> assignAll(Reader reader, Collection<UUID> ids, @Nullable UUID assignee) {
        mustTriage(reader);
        String name = assigneeName(assignee);
        List<UUID> distinct = distinct(ids);
        for (UUID id : distinct) {
            applyAssignment(reader, id, assignee, name);
        }
        return distinct.stream().map(id -> get(reader, id)).toList();
    }

    private @Nullable String assigneeName(@Nullable UUID assignee) {
        if (assignee == null) {
            return null;
        }
        return assignees().stream()
                .filter(a -> a.account().equals(assignee))
                .map(Assignee::displayName)
                .findFirst()
                .orElseThrow(() -> new InvalidReport(List.of(new Violation(
                        "assignee",
                        "reporting.error.assignee",
                        "Reports are assigned only to analysts and coordinators."))));
    }

    private void applyAssignment(Reader reader, UUID id, @Nullable UUID assignee, @Nullable String name) {
        Row row = lockedRow(id);
        Instant now = clock.instant();
        ReportState next = assignee != null && row.state == ReportState.RECEIVED ? ReportState.UNDER_REVIEW : row.state;
        jdbc.sql("update report set assignee = ?, state = ?, changed_at = ?, version = version + 1 where id = ?")
                .params(assignee, next.name(), utc(now), id)
                .update();
        event(id, now, reader.account(), displayName(reader.account()), "ASSIGNED", row.state, next, name);
    }

    @Override
    public Report merge(Reader reader, UUID target, Collection<UUID> duplicates) {
        mustTriage(reader);
        List<UUID> others = distinct(duplicates);
        if (others.isEmpty() || others.contains(target)) {
            throw new InvalidReport(List.of(new Violation(
                    "duplicates",
                    "reporting.error.merge",
                    "Choose the report to keep and at least one other report to merge into it.")));
        }
        Row kept = lockedRow(target);
        if (kept.mergedInto != null) {
            throw new ReportConflict(kept.reference + " was itself merged into " + kept.mergedIntoReference + ".");
        }
        Instant now = clock.instant();
        String actorName = displayName(reader.account());
        List<String> references = new ArrayList<>();
        for (UUID id : others) {
            Row duplicate = lockedRow(id);
            if (duplicate.mergedInto != null) {
                throw new ReportConflict(
                        duplicate.reference + " was already merged into " + duplicate.mergedIntoReference + ".");
            }
            jdbc.sql("update report set merged_into = ?, state = ?, closing_reason = ?, changed_at = ?,"
                            + " version = version + 1 where id = ?")
                    .params(
                            target,
                            ReportState.CLOSED_NOT_RELEVANT.name(),
                            "Duplicate of " + kept.reference,
                            utc(now),
                            id)
                    .update();
            event(
                    id,
                    now,
                    reader.account(),
                    actorName,
                    "MERGED",
                    duplicate.state,
                    ReportState.CLOSED_NOT_RELEVANT,
                    kept.reference);
            references.add(duplicate.reference);
        }
        jdbc.sql("update report set changed_at = ?, version = version + 1 where id = ?")
                .params(utc(now), target)
                .update();
        event(target, now, reader.account(), actorName, "MERGED_IN", null, null, String.join(", ", references));
        return get(reader, target);
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private void mustSubmit(Reader reader) {
        if (!access.maySubmit(reader)) {
            throw new AccessDeniedException("This account does not send reports.");
        }
    }

    private void mustTriage(Reader reader) {
        Assert.notNull(reader, "reader must not be null");
        if (!access.mayTriage(reader)) {
            throw new AccessDeniedException("Only analysts and coordinators triage reports.");
        }
    }

    private static ReportSource sourceOf(Reader reporter) {
        return reporter.role() == Role.INTEGRATION ? ReportSource.PARTNER : ReportSource.MEMBER;
    }

    private static List<UUID> distinct(Collection<UUID> ids) {
        Assert.notNull(ids, "ids must not be null");
        return List.copyOf(
                new LinkedHashSet<>(ids.stream().filter(id -> id != null).toList()));
    }

    private @Nullable String displayName(UUID account) {
        return accounts.find(account).map(AccountSummary::displayName).orElse(null);
    }

    private Map<UUID, String> assigneeNames() {
        Map<UUID, String> names = new HashMap<>();
        for (Assignee assignee : assignees()) {
            names.put(assignee.account(), assignee.displayName());
        }
        return names;
    }

    private Map<UUID, String> siteNames(Collection<UUID> ids) {
        Set<UUID> wanted = new LinkedHashSet<>(ids);
        wanted.remove(null);
        Map<UUID, String> names = new HashMap<>();
        if (!wanted.isEmpty()) {
            sites.findAllById(wanted)
                    .forEach(site -> names.put(site.id(), site.details().name()));
        }
        return names;
    }

    private void event(
            UUID report,
            Instant at,
            @Nullable UUID actor,
            @Nullable String actorName,
            String kind,
            @Nullable ReportState from,
            @Nullable ReportState to,
            @Nullable String detail) {
        jdbc.sql("insert into report_event (id, report_id, happened_at, actor, actor_name, kind, from_state,"
                        + " to_state, detail) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        UUID.randomUUID(),
                        report,
                        utc(at),
                        actor,
                        actorName,
                        kind,
                        from == null ? null : from.name(),
                        to == null ? null : to.name(),
                        detail)
                .update();
    }

    private Optional<Row> row(UUID id) {
        return jdbc.sql("select " + COLUMNS + FROM + " where r.id = ?")
                .param(id)
                .query(JdbcReports::row)
                .optional();
    }

    private Row lockedRow(UUID id) {
        jdbc.sql("select id from report where id = ? for update")
                .param(id)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new ReportNotFound(id.toString()));
        return row(id).orElseThrow(() -> new ReportNotFound(id.toString()));
    }

    private Report report(Row row, boolean triage) {
        UUID id = row.id;
        List<Person> people = jdbc.sql(
                        "select appearance, behaviour from report_person where report_id = ? order by position")
                .param(id)
                .query((rs, n) -> new Person(rs.getString("appearance"), rs.getString("behaviour")))
                .list();
        List<Vehicle> vehicles = jdbc.sql(
                        "select plate, description from report_vehicle where report_id = ? order by position")
                .param(id)
                .query((rs, n) -> new Vehicle(rs.getString("plate"), rs.getString("description")))
                .list();
        List<String> phones = jdbc.sql("select phone_number from report_phone where report_id = ? order by position")
                .param(id)
                .query(String.class)
                .list();
        List<Handle> handles = jdbc.sql(
                        "select platform, handle from report_handle where report_id = ? order by position")
                .param(id)
                .query((rs, n) -> new Handle(rs.getString("platform"), rs.getString("handle")))
                .list();
        List<Report.Attachment> attachments = jdbc.sql("select id, file_name, content_type, file_size, added_at"
                        + " from report_attachment where report_id = ? order by added_at, file_name")
                .param(id)
                .query((rs, n) -> new Report.Attachment(
                        rs.getObject("id", UUID.class),
                        rs.getString("file_name"),
                        rs.getString("content_type"),
                        rs.getInt("file_size"),
                        instant(rs, "added_at")))
                .list();
        List<Report.Addition> additions = jdbc.sql(
                        "select body, added_at from report_addition where report_id = ? order by added_at, id")
                .param(id)
                .query((rs, n) -> new Report.Addition(rs.getString("body"), instant(rs, "added_at")))
                .list();
        List<String> merged = jdbc.sql("select reference from report where merged_into = ? order by reference")
                .param(id)
                .query(String.class)
                .list();
        List<Report.Entry> history = triage
                ? jdbc.sql("select happened_at, kind, actor_name, from_state, to_state, detail from report_event"
                                + " where report_id = ? order by happened_at, kind")
                        .param(id)
                        .query((rs, n) -> new Report.Entry(
                                instant(rs, "happened_at"),
                                rs.getString("kind"),
                                rs.getString("actor_name"),
                                state(rs.getString("from_state")),
                                state(rs.getString("to_state")),
                                rs.getString("detail")))
                        .list()
                : List.of();
        String siteName = row.site == null
                ? null
                : sites.findById(row.site).map(s -> s.details().name()).orElse(null);
        Contact contact = triage && (row.contactName != null || row.contactEmail != null || row.contactPhone != null)
                ? new Contact(row.contactName, row.contactEmail, row.contactPhone)
                : null;
        return new Report(
                id,
                row.reference,
                row.source,
                row.state,
                row.observedAt,
                row.receivedAt,
                row.changedAt,
                row.latitude,
                row.longitude,
                row.site,
                siteName,
                row.sector,
                row.category,
                row.description,
                people,
                vehicles,
                phones,
                handles,
                attachments,
                additions,
                row.reportingAccount,
                row.reportingName,
                row.organisation,
                contact,
                triage ? row.assignee : null,
                triage && row.assignee != null ? displayName(row.assignee) : null,
                triage ? row.articulableFacts : null,
                triage ? row.escalatedBy : null,
                triage ? row.escalatedAt : null,
                row.mergedInto,
                row.mergedIntoReference,
                merged,
                triage ? row.closingReason : null,
                history);
    }

    private record Row(
            UUID id,
            String reference,
            ReportSource source,
            ReportState state,
            @Nullable Instant observedAt,
            Instant receivedAt,
            Instant changedAt,
            @Nullable Double latitude,
            @Nullable Double longitude,
            @Nullable UUID site,
            @Nullable String sector,
            @Nullable String category,
            String description,
            @Nullable UUID reportingAccount,
            @Nullable String reportingName,
            @Nullable UUID organisation,
            @Nullable String contactName,
            @Nullable String contactEmail,
            @Nullable String contactPhone,
            @Nullable UUID assignee,
            @Nullable String articulableFacts,
            @Nullable UUID escalatedBy,
            @Nullable Instant escalatedAt,
            @Nullable UUID mergedInto,
            @Nullable String mergedIntoReference,
            @Nullable String closingReason) {}

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getString("reference"),
                ReportSource.valueOf(rs.getString("source")),
                ReportState.valueOf(rs.getString("state")),
                instantOrNull(rs, "observed_at"),
                instant(rs, "received_at"),
                instant(rs, "changed_at"),
                doubleOrNull(rs, "latitude"),
                doubleOrNull(rs, "longitude"),
                rs.getObject("site_id", UUID.class),
                rs.getString("sector_code"),
                rs.getString("category_code"),
                rs.getString("description"),
                rs.getObject("reporting_account", UUID.class),
                rs.getString("reporting_name"),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("public_contact_name"),
                rs.getString("public_contact_email"),
                rs.getString("public_contact_phone"),
                rs.getObject("assignee", UUID.class),
                rs.getString("articulable_facts"),
                rs.getObject("escalated_by", UUID.class),
                instantOrNull(rs, "escalated_at"),
                rs.getObject("merged_into", UUID.class),
                rs.getString("merged_into_reference"),
                rs.getString("closing_reason"));
    }

    private static @Nullable ReportState state(@Nullable String name) {
        return name == null ? null : ReportState.valueOf(name);
    }

    private static @Nullable Double doubleOrNull(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static @Nullable Instant instantOrNull(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String excerpt(String description) {
        String oneLine = description.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= EXCERPT ? oneLine : oneLine.substring(0, EXCERPT - 1) + "…";
    }

    static @Nullable String plateKey(@Nullable String plate) {
        return plate == null ? null : plate.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    static @Nullable String handleKey(@Nullable String handle) {
        if (handle == null) {
            return null;
        }
        String lower = handle.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("@") ? lower.substring(1) : lower;
    }

    private static String like(@Nullable String text) {
        String value = text == null ? "" : text;
        return "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
